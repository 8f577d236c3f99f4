import { Outlet } from 'react-router-dom';
import { UpdateBanner } from '../pwa/UpdateBanner';
import { BottomTabs } from './BottomTabs';
import { OfflineNotice } from './OfflineNotice';
import { TopBar } from './TopBar';

/** The logged-in frame: top bar, page, update banner, tab bar. */
export function AppShell() {
  return (
    <div className="app-shell">
      <TopBar />
      <OfflineNotice />
      <main className="app-main">
        <Outlet />
      </main>
      <UpdateBanner />
      <BottomTabs />
    </div>
  );
}
