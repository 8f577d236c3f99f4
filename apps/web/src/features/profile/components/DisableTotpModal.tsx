import { App, Form, Input, Modal, Typography } from 'antd';
import { applyFieldErrors } from '../../../lib/form-errors';
import { showError } from '../../../lib/show-error';
import { useDisableTotp } from '../../auth/api';

/** Turning 动态口令 off needs a current code; the server refuses when the policy requires it. */
export function DisableTotpModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<{ code: string }>();
  const disable = useDisableTotp();
  const { message } = App.useApp();
  const close = () => {
    form.resetFields();
    onClose();
  };
  const onFinish = ({ code }: { code: string }) =>
    disable.mutate(code.trim(), {
      onSuccess: () => {
        message.success('动态口令已停用');
        close();
      },
      onError: (err) => {
        if (!applyFieldErrors(form, err)) showError(message, err);
      },
    });
  return (
    <Modal open={open} title="停用动态口令" okText="停用" okButtonProps={{ danger: true }} confirmLoading={disable.isPending} onOk={() => form.submit()} onCancel={close} destroyOnHidden>
      <Form name="totpDisable" form={form} layout="vertical" onFinish={onFinish}>
        <Typography.Paragraph type="secondary">请输入身份验证器应用上当前的 6 位动态码以确认。安全策略要求启用动态口令的账户不能停用。</Typography.Paragraph>
        <Form.Item
          label="动态码"
          name="code"
          rules={[
            { required: true, message: '请输入动态码' },
            { pattern: /^\d{6}$/, message: '动态码为 6 位数字' },
          ]}
        >
          <Input autoComplete="one-time-code" inputMode="numeric" maxLength={6} className="code-input" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
