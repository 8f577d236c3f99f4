import { App, Button, Form, Input, Typography } from 'antd';
import { applyFieldErrors } from '../../../lib/form-errors';
import { showError } from '../../../lib/show-error';
import { useVerifySecondFactor } from '../api';

export const TOTP_CODE_PATTERN = /^(\d{6}|[a-zA-Z0-9]{4}-[a-zA-Z0-9]{4})$/;

/** Second login step: a 6-digit code from the authenticator app, or a one-time recovery code. */
export function SecondFactorForm({ onVerified }: { onVerified: () => Promise<unknown> }) {
  const [form] = Form.useForm<{ code: string }>();
  const verify = useVerifySecondFactor();
  const { message } = App.useApp();

  const onFinish = ({ code }: { code: string }) => {
    verify.mutate(code.trim().toLowerCase(), {
      onSuccess: () => void onVerified(),
      onError: (err) => {
        form.setFieldValue('code', '');
        if (!applyFieldErrors(form, err)) showError(message, err);
      },
    });
  };

  return (
    <Form name="secondFactor" form={form} layout="vertical" size="large" onFinish={onFinish} requiredMark={false}>
      <Typography.Paragraph type="secondary">请打开手机上的身份验证器应用，输入本系统账户对应的 6 位动态码。手机丢失时可输入一个恢复码（形如 abcd-1234，每个只能用一次）。</Typography.Paragraph>
      <Form.Item
        label="动态码"
        name="code"
        rules={[
          { required: true, whitespace: true, message: '请输入动态码' },
          { pattern: TOTP_CODE_PATTERN, message: '请输入 6 位数字动态码，或形如 abcd-1234 的恢复码' },
        ]}
      >
        <Input autoComplete="one-time-code" autoFocus maxLength={9} placeholder="6 位数字" className="code-input" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={verify.isPending || verify.isSuccess}>
        验证
      </Button>
    </Form>
  );
}
