import { Button, Form, Toast } from 'antd-mobile';
import { useState } from 'react';
import { changePassword } from '../../api/auth-api';
import { errorMessage } from '../../api/error-message';
import { useSession } from '../../session/session-context';
import { applyFieldErrors } from './apply-field-errors';
import { FormError } from './FormError';
import { PasswordInput } from './PasswordInput';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** Forced password change (first login after an account was created or reset, or an expired password). */
export function ChangePasswordForm() {
  const { advance, signOut } = useSession();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async ({ currentPassword, newPassword }: Values) => {
    setBusy(true);
    setError(null);
    try {
      const stage = await changePassword(currentPassword, newPassword);
      Toast.show({ icon: 'success', content: '密码已修改' });
      await advance(stage);
    } catch (e) {
      if (!applyFieldErrors(form, e, ['currentPassword', 'newPassword'])) setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form
      form={form}
      name="password"
      layout="vertical"
      requiredMarkStyle="none"
      onFinish={(v) => void submit(v)}
      footer={
        <>
          <Button block type="submit" color="primary" size="large" loading={busy} loadingText="正在提交">
            修改密码
          </Button>
          <div className="form-links">
            <Button fill="none" size="large" onClick={() => void signOut()}>
              返回重新登录
            </Button>
          </div>
        </>
      }
    >
      <h2 className="form-title">请修改密码</h2>
      <p className="form-help">首次登录、密码被重置或已到期时，须先设置新密码才能使用。</p>
      <FormError message={error} />
      <Form.Item name="currentPassword" label="当前密码" rules={[{ required: true, message: '请输入当前密码' }]}>
        <PasswordInput placeholder="请输入当前密码" autoComplete="current-password" autoFocus />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label="新密码"
        description="至少 8 位，含大写字母、小写字母、数字、特殊字符中的 3 类，不含用户名（以本单位安全策略为准）"
        rules={[{ required: true, message: '请输入新密码' }]}
      >
        <PasswordInput placeholder="请输入新密码" autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label="确认新密码"
        dependencies={['newPassword']}
        rules={[
          { required: true, message: '请再次输入新密码' },
          ({ getFieldValue }) => ({
            validator: async (_rule, value) => {
              if (value && value !== getFieldValue('newPassword')) throw new Error('两次输入的新密码不一致');
            },
          }),
        ]}
      >
        <PasswordInput placeholder="请再次输入新密码" autoComplete="new-password" />
      </Form.Item>
    </Form>
  );
}
