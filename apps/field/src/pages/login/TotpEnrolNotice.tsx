import { Button } from 'antd-mobile';
import { useSession } from '../../session/session-context';

/** Enrolment needs a second screen for the QR code, so it is done on the PC portal, not here. */
export function TotpEnrolNotice() {
  const { signOut } = useSession();
  const portal = `${window.location.origin}/`;
  return (
    <div className="enrol-notice" role="alert">
      <h2 className="form-title">请先在电脑上绑定动态口令</h2>
      <p>按照本单位的安全策略，您的账户必须启用动态口令（第二重身份验证）后才能使用。</p>
      <ol>
        <li>
          在电脑上打开执法门户 <strong className="portal-url">{portal}</strong> 并登录；
        </li>
        <li>按提示用手机上的身份验证器扫码，完成动态口令绑定；</li>
        <li>回到这里重新登录。</li>
      </ol>
      <Button block color="primary" size="large" onClick={() => void signOut()}>
        返回登录
      </Button>
    </div>
  );
}
