import type { SessionStage } from '@zhifa/shared';
import { App, Button, Form, Input } from 'antd';
import { applyFieldErrors } from '../../../lib/form-errors';
import { showError } from '../../../lib/show-error';
import { useChangePassword } from '../api';
import { PasswordRules } from './PasswordRules';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** Current password, new password twice; the server checks the policy and the password history. */
export function ChangePasswordForm({ onChanged, submitText = '修改密码', size }: { onChanged: (stage: SessionStage) => void; submitText?: string; size?: 'large' }) {
  const [form] = Form.useForm<Values>();
  const change = useChangePassword();
  const { message } = App.useApp();

  const onFinish = ({ currentPassword, newPassword }: Values) => {
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: (r) => {
          message.success('密码已修改');
          form.resetFields();
          onChanged(r.stage);
        },
        onError: (err) => {
          if (!applyFieldErrors(form, err)) showError(message, err);
        },
      },
    );
  };

  return (
    <Form name="changePassword" form={form} layout="vertical" onFinish={onFinish} requiredMark={false} size={size} className="password-form">
      <PasswordRules />
      <Form.Item label="当前密码" name="currentPassword" rules={[{ required: true, message: '请输入当前密码' }]} className="password-form-first">
        <Input.Password autoComplete="current-password" maxLength={256} />
      </Form.Item>
      <Form.Item
        label="新密码"
        name="newPassword"
        rules={[
          { required: true, message: '请输入新密码' },
          { min: 8, message: '长度至少 8 位' },
          { max: 128, message: '长度不能超过 128 位' },
          ({ getFieldValue }) => ({
            validator: (_r, v: string | undefined) => (v && v === getFieldValue('currentPassword') ? Promise.reject(new Error('新密码不能与当前密码相同')) : Promise.resolve()),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" maxLength={128} />
      </Form.Item>
      <Form.Item
        label="确认新密码"
        name="confirmPassword"
        dependencies={['newPassword']}
        rules={[
          { required: true, message: '请再次输入新密码' },
          ({ getFieldValue }) => ({
            validator: (_r, v: string | undefined) => (!v || v === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error('两次输入的新密码不一致'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" maxLength={128} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={change.isPending} block={size === 'large'}>
        {submitText}
      </Button>
    </Form>
  );
}
