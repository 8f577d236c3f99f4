import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { FullPageSpin } from '../components/FullPageSpin';
import { QueryErrorAlert } from '../components/QueryErrorAlert';
import { useMe } from '../features/auth/api';
import { SessionContext } from '../features/auth/session';
import { ApiError } from '../lib/api-client';

/** Lets a fully signed-in user through; anyone else goes to the login page (and back afterwards). */
export function RequireSession({ children }: { children: ReactNode }) {
  const location = useLocation();
  const me = useMe();
  const from = location.pathname + location.search;

  if (me.isPending) return <FullPageSpin />;
  if (me.isError) {
    if (me.error instanceof ApiError && me.error.status === 401) return <Navigate to="/login" replace state={{ from }} />;
    return (
      <div className="center-box">
        <QueryErrorAlert error={me.error} onRetry={() => void me.refetch()} title="无法获取登录信息" />
      </div>
    );
  }
  if (me.data.stage !== 'full') return <Navigate to="/login" replace state={{ from }} />;
  return <SessionContext.Provider value={me.data}>{children}</SessionContext.Provider>;
}
