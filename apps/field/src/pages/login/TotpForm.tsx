import { Button, Form, Input } from 'antd-mobile';
import { useRef, useState } from 'react';
import { verifyTotp } from '../../api/auth-api';
import { errorMessage } from '../../api/error-message';
import { useSession } from '../../session/session-context';
import { applyFieldErrors } from './apply-field-errors';
import { FormError } from './FormError';

const TOTP = /^\d{6}$/;
const RECOVERY = /^[a-z0-9]{4}-[a-z0-9]{4}$/i;

/** Login step 2: the 6-digit 动态码 on the number pad, or a recovery code for a lost phone. */
export function TotpForm() {
  const { advance, signOut } = useSession();
  const [form] = Form.useForm<{ code: string }>();
  const [recovery, setRecovery] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The sixth digit and the 验证 button can both submit; one request at a time.
  const inFlight = useRef(false);

  const submit = async (raw: string) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    setError(null);
    try {
      await advance(await verifyTotp(raw.trim().toLowerCase()));
    } catch (e) {
      form.setFieldValue('code', '');
      if (!applyFieldErrors(form, e, ['code'])) setError(errorMessage(e));
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  };

  const switchMode = () => {
    setRecovery((r) => !r);
    form.resetFields();
    setError(null);
  };

  return (
    <Form
      form={form}
      name="totp"
      layout="vertical"
      requiredMarkStyle="none"
      onFinish={({ code }) => void submit(code)}
      footer={
        <>
          <Button block type="submit" color="primary" size="large" loading={busy} loadingText="正在验证">
            验证
          </Button>
          <div className="form-links">
            <Button fill="none" size="large" onClick={switchMode}>
              {recovery ? '使用动态码' : '手机丢失？使用恢复码'}
            </Button>
            <Button fill="none" size="large" onClick={() => void signOut()}>
              返回重新登录
            </Button>
          </div>
        </>
      }
    >
      <h2 className="form-title">第二重身份验证</h2>
      <p className="form-help">
        {recovery ? '请输入绑定动态口令时保存的恢复码（形如 abcd-1234），每个恢复码只能用一次。' : '请打开手机上的身份验证器应用，输入显示的 6 位动态码。'}
      </p>
      <FormError message={error} />
      {recovery ? (
        <Form.Item key="recovery" name="code" label="恢复码" rules={[{ required: true, message: '请输入恢复码' }, { pattern: RECOVERY, message: '恢复码形如 abcd-1234' }]}>
          <Input placeholder="abcd-1234" autoComplete="off" autoCapitalize="off" autoCorrect="off" maxLength={9} enterKeyHint="go" autoFocus />
        </Form.Item>
      ) : (
        <Form.Item key="totp" name="code" label="动态码" rules={[{ required: true, message: '请输入 6 位动态码' }, { pattern: TOTP, message: '动态码为 6 位数字' }]}>
          <Input
            className="otp-input"
            placeholder="6 位数字"
            inputMode="numeric"
            pattern="[0-9]*"
            autoComplete="one-time-code"
            maxLength={6}
            enterKeyHint="go"
            autoFocus
            onChange={(v) => {
              // Six digits typed: send at once, no need to find the button with gloves on.
              if (TOTP.test(v)) void submit(v);
            }}
          />
        </Form.Item>
      )}
    </Form>
  );
}
