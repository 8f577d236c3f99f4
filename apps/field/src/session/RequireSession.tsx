import { Navigate, Outlet } from 'react-router-dom';
import { LoadingScreen } from '../layout/LoadingScreen';
import { paths } from '../paths';
import { useSession } from './session-context';

/** Renders the child routes for a logged-in officer; everyone else goes to /login. */
export function RequireSession() {
  const { state } = useSession();
  if (state.status === 'loading') return <LoadingScreen />;
  if (state.status !== 'signedIn') return <Navigate to={paths.login} replace />;
  return <Outlet />;
}
