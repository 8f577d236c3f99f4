import { Toast } from 'antd-mobile';
import { useMemo, type ReactNode } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { PwaUpdateContext, type PwaUpdate } from './pwa-update-context';

const CHECK_EVERY_MS = 60 * 60 * 1000;

function watchForUpdates(registration: ServiceWorkerRegistration): void {
  const check = () => {
    if (navigator.onLine && !registration.installing) void registration.update().catch(() => undefined);
  };
  // The browser only checks on navigation; a phone may keep the app open for days.
  setInterval(check, CHECK_EVERY_MS);
  window.addEventListener('online', check);
}

/** Registers the service worker (scope /m/) once and tells the app when a new version waits. */
export function PwaUpdateProvider({ children }: { children: ReactNode }) {
  const {
    needRefresh: [needRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW: (_url, registration) => {
      if (registration) watchForUpdates(registration);
    },
    onOfflineReady: () => {
      Toast.show({ content: '已可离线使用', position: 'bottom' });
    },
  });
  const value = useMemo<PwaUpdate>(() => ({ needRefresh, update: () => void updateServiceWorker(true) }), [needRefresh, updateServiceWorker]);
  return <PwaUpdateContext value={value}>{children}</PwaUpdateContext>;
}
