import { useOnline } from '../network/use-online';

/** A strip under the top bar while offline, so a stale screen is never mistaken for a live one. */
export function OfflineNotice() {
  const online = useOnline();
  if (online) return null;
  return (
    <div className="offline-notice" role="status">
      当前离线：显示的是本机保存的信息，恢复网络后自动更新
    </div>
  );
}
