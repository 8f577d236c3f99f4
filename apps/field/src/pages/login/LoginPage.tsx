import { Navigate } from 'react-router-dom';
import { appVersion } from '../../app-version';
import { LoadingScreen } from '../../layout/LoadingScreen';
import { useOnline } from '../../network/use-online';
import { paths } from '../../paths';
import { UpdateBanner } from '../../pwa/UpdateBanner';
import { useSession } from '../../session/session-context';
import { ChangePasswordForm } from './ChangePasswordForm';
import { PasswordForm } from './PasswordForm';
import { TotpEnrolNotice } from './TotpEnrolNotice';
import { TotpForm } from './TotpForm';

/** /m/login: password, then the second factor or a forced password change, as the server asks. */
export function LoginPage() {
  const { state } = useSession();
  const online = useOnline();
  if (state.status === 'loading') return <LoadingScreen />;
  if (state.status === 'signedIn') return <Navigate to={paths.tasks} replace />;

  return (
    <div className="login-page">
      <UpdateBanner />
      <header className="login-hero">
        <img src={`${import.meta.env.BASE_URL}icon-192.png`} alt="" width="64" height="64" />
        <div>
          <h1>移动执法</h1>
          <p>应急管理综合行政执法</p>
        </div>
      </header>
      <main className="login-card">
        {!online && (
          <p className="offline-notice login-offline" role="status">
            当前离线，登录需要联网
          </p>
        )}
        {state.status === 'signedOut' && <PasswordForm notice={state.notice} />}
        {state.status === 'pending' && state.stage === 'totp' && <TotpForm />}
        {state.status === 'pending' && state.stage === 'totpEnrol' && <TotpEnrolNotice />}
        {state.status === 'pending' && state.stage === 'passwordChange' && <ChangePasswordForm />}
      </main>
      <footer className="login-footer">版本 {appVersion}</footer>
    </div>
  );
}
