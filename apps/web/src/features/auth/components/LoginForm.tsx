import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { errorMessage } from '../../../lib/api-client';
import { useLogin, type LoginInput } from '../api';

/** Username and password; `onLoggedIn` runs after the server accepted them (more steps may follow). */
export function LoginForm({ onLoggedIn }: { onLoggedIn: () => Promise<unknown> }) {
  const [form] = Form.useForm<LoginInput>();
  const login = useLogin();

  const onFinish = (values: LoginInput) => {
    login.mutate(values, {
      onSuccess: () => void onLoggedIn(),
      onError: () => form.setFieldValue('password', ''),
    });
  };

  return (
    <Form name="login" form={form} layout="vertical" size="large" onFinish={onFinish} requiredMark={false} disabled={login.isPending || login.isSuccess}>
      {login.isError ? <Alert className="login-alert" type="error" showIcon title={errorMessage(login.error)} /> : null}
      <Form.Item label="用户名" name="username" rules={[{ required: true, whitespace: true, message: '请输入用户名' }]}>
        <Input prefix={<UserOutlined />} autoComplete="username" autoFocus maxLength={64} />
      </Form.Item>
      <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" maxLength={256} />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={login.isPending || login.isSuccess}>
        登录
      </Button>
    </Form>
  );
}
