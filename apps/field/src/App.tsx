import { ConfigProvider } from 'antd-mobile';
import zhCN from 'antd-mobile/es/locales/zh-CN';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { AppShell } from './layout/AppShell';
import { LoginPage } from './pages/login/LoginPage';
import { MinePage } from './pages/mine/MinePage';
import { paths } from './paths';
import { TasksPage } from './pages/tasks/TasksPage';
import { PwaUpdateProvider } from './pwa/PwaUpdateProvider';
import { RequireSession } from './session/RequireSession';
import { SessionProvider } from './session/SessionProvider';

/** Routes: /m/login, and behind the session /m/ (我的任务) and /m/mine (我的). */
export function App() {
  return (
    <ConfigProvider locale={zhCN}>
      <PwaUpdateProvider>
        <SessionProvider>
          <BrowserRouter>
            <Routes>
              <Route path={paths.login} element={<LoginPage />} />
              <Route element={<RequireSession />}>
                <Route element={<AppShell />}>
                  <Route path={paths.tasks} element={<TasksPage />} />
                  <Route path={paths.mine} element={<MinePage />} />
                </Route>
              </Route>
              <Route path="*" element={<Navigate to={paths.tasks} replace />} />
            </Routes>
          </BrowserRouter>
        </SessionProvider>
      </PwaUpdateProvider>
    </ConfigProvider>
  );
}
