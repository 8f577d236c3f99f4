import { Button, Form, Input } from 'antd-mobile';
import { useState } from 'react';
import { login } from '../../api/auth-api';
import { errorMessage } from '../../api/error-message';
import { ApiError } from '../../api/http';
import { useSession } from '../../session/session-context';
import { FormError } from './FormError';
import { lastUsername, rememberUsername } from './last-username';
import { PasswordInput } from './PasswordInput';

interface Values {
  username: string;
  password: string;
}

/** Login step 1: 用户名 and 密码. The username is remembered on this phone; the password never. */
export function PasswordForm({ notice }: { notice: string | null }) {
  const { advance } = useSession();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [remembered] = useState(lastUsername);

  const submit = async ({ username, password }: Values) => {
    setBusy(true);
    setError(null);
    try {
      const name = username.trim();
      const stage = await login(name, password);
      rememberUsername(name);
      await advance(stage);
    } catch (e) {
      setError(errorMessage(e));
      if (e instanceof ApiError && e.status === 401) form.setFieldValue('password', '');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form
      form={form}
      name="login"
      layout="vertical"
      requiredMarkStyle="none"
      initialValues={{ username: remembered, password: '' }}
      onFinish={(v) => void submit(v)}
      footer={
        <Button block type="submit" color="primary" size="large" loading={busy} loadingText="正在登录">
          登录
        </Button>
      }
    >
      {error ? <FormError message={error} /> : notice && <p className="form-notice" role="status">{notice}</p>}
      <Form.Item name="username" label="用户名" rules={[{ required: true, whitespace: true, message: '请输入用户名' }]}>
        <Input placeholder="请输入用户名" autoComplete="username" autoCapitalize="off" autoCorrect="off" enterKeyHint="next" clearable autoFocus={!remembered} />
      </Form.Item>
      <Form.Item name="password" label="密码" rules={[{ required: true, message: '请输入密码' }]}>
        <PasswordInput placeholder="请输入密码" autoComplete="current-password" enterKeyHint="go" autoFocus={Boolean(remembered)} />
      </Form.Item>
    </Form>
  );
}
