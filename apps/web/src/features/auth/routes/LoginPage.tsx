import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Spin, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { SYSTEM_NAME } from '../../../lib/brand';
import { clearSessionNotice, getSessionNotice } from '../../../lib/api-client';
import { refreshMe, useLogout, useMe } from '../api';
import { ChangePasswordForm } from '../components/ChangePasswordForm';
import { LoginForm } from '../components/LoginForm';
import { SecondFactorForm } from '../components/SecondFactorForm';
import { TotpEnrolment } from '../components/TotpEnrolment';

interface LoginState {
  from?: string;
  notice?: string;
  /** A timeout warns; a deliberate logout just confirms. */
  noticeType?: 'success' | 'warning';
}

const stepTitle = {
  login: '用户登录',
  totp: '第二重身份验证',
  totpEnrol: '绑定动态口令',
  passwordChange: '修改密码',
} as const;

const stepHint: Partial<Record<keyof typeof stepTitle, string>> = {
  totpEnrol: '按安全策略，您的账户须启用动态口令（第二重身份验证）后才能使用系统。',
  passwordChange: '首次登录、密码被重置或已过有效期，请先设置新密码。',
};

/**
 * `/login`: username and password, then whatever the server asks for next (动态码, binding the
 * authenticator, a forced password change). The step shown is the session's stage on the server,
 * so a reload in the middle resumes where the user was.
 */
export function LoginPage() {
  const location = useLocation();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const me = useMe();
  const logout = useLogout();
  const state = (location.state ?? {}) as LoginState;
  const from = state.from && !state.from.startsWith('/login') ? state.from : '/';
  const notice = state.notice ?? getSessionNotice();

  const next = () => {
    clearSessionNotice();
    return refreshMe(qc);
  };
  const restart = () =>
    logout.mutate(undefined, {
      onSettled: () => {
        void me.refetch();
        void navigate('/login', { replace: true, state: { from } });
      },
    });

  if (me.isPending) {
    return (
      <LoginFrame title="用户登录">
        <Flex justify="center" className="login-loading">
          <Spin />
        </Flex>
      </LoginFrame>
    );
  }

  const step = me.isSuccess ? me.data.stage : 'login';
  if (step === 'full') return <Navigate to={from} replace />;

  let body: ReactNode;
  if (step === 'login') body = <LoginForm onLoggedIn={next} />;
  else if (step === 'totp') body = <SecondFactorForm onVerified={next} />;
  else if (step === 'totpEnrol') body = <TotpEnrolment username={me.data?.username ?? ''} onDone={() => void next()} />;
  else body = <ChangePasswordForm size="large" submitText="修改密码并进入系统" onChanged={() => void next()} />;

  return (
    <LoginFrame title={stepTitle[step]} hint={stepHint[step]}>
      {notice && step === 'login' ? <Alert className="login-alert" type={state.notice ? (state.noticeType ?? 'warning') : 'warning'} showIcon title={notice} /> : null}
      {body}
      {step !== 'login' ? (
        <Flex justify="center" className="login-restart">
          <Button type="link" onClick={restart} loading={logout.isPending}>
            返回，使用其他账户登录
          </Button>
        </Flex>
      ) : null}
    </LoginFrame>
  );
}

function LoginFrame({ title, hint, children }: { title: string; hint?: string | undefined; children: ReactNode }) {
  return (
    <div className="login-page">
      <div className="login-brand">
        <img src="/favicon.svg" alt="" width={48} height={48} />
        <div>
          <div className="login-brand-name">{SYSTEM_NAME}</div>
          <div className="login-brand-sub">互联网 + 执法 · 执法检查 · 行政处罚 · 执法监督</div>
        </div>
      </div>
      <Card className="login-card" variant="borderless">
        <Typography.Title level={3} className="login-title">
          {title}
        </Typography.Title>
        {hint ? <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph> : null}
        {children}
      </Card>
      <div className="login-footer">本系统仅供授权人员使用，所有操作均记入审计日志。</div>
    </div>
  );
}
