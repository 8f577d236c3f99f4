import { useOnline } from './use-online';

/** 在线 / 离线 pill for the top bar; high contrast so it reads in sunlight. */
export function NetworkBadge() {
  const online = useOnline();
  return (
    <span className={`network-badge ${online ? 'is-online' : 'is-offline'}`} role="status" aria-live="polite" data-testid="network-status">
      <span className="network-badge-dot" aria-hidden="true" />
      {online ? '在线' : '离线'}
    </span>
  );
}
