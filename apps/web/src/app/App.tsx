import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { useEffect } from 'react';
import { RouterProvider } from 'react-router-dom';
import { meKey } from '../features/auth/api';
import { onSessionEvent } from '../lib/api-client';
import { queryClient } from './query-client';
import { router } from './router';
import { theme } from './theme';

/** Sends the user to the login page when the server ends the session or asks for another step. */
function useSessionEvents(): void {
  useEffect(
    () =>
      onSessionEvent((e) => {
        const { pathname, search } = router.state.location;
        const from = pathname === '/login' ? '/' : pathname + search;
        if (e.kind === 'expired') {
          void router.navigate('/login', { replace: true, state: { from, notice: e.message } }).then(() => queryClient.clear());
        } else {
          void router.navigate('/login', { replace: true, state: { from } }).then(() => queryClient.invalidateQueries({ queryKey: meKey }));
        }
      }),
    [],
  );
}

export function App() {
  useSessionEvents();
  return (
    <ConfigProvider locale={zhCN} theme={theme} button={{ autoInsertSpace: false }}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
