import { usePwaUpdate } from './pwa-update-context';

/** A full-width button shown while a new version waits: 有新版本，点击更新. */
export function UpdateBanner() {
  const { needRefresh, update } = usePwaUpdate();
  if (!needRefresh) return null;
  return (
    <button type="button" className="update-banner" onClick={update}>
      <span aria-hidden="true" className="update-banner-icon">↻</span>
      有新版本，点击更新
    </button>
  );
}
