import { NetworkBadge } from '../network/NetworkBadge';
import { useSignedIn } from '../session/session-context';

/** Who is working (name, agency) and whether the phone is online. */
export function TopBar() {
  const { me } = useSignedIn();
  return (
    <header className="app-topbar">
      <div className="app-topbar-who">
        <div className="app-topbar-name" data-testid="officer-name">{me.displayName}</div>
        <div className="app-topbar-agency">{me.agency.name}</div>
      </div>
      <NetworkBadge />
    </header>
  );
}
