import { Layout, Menu } from 'antd';
import { createElement, useMemo } from 'react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { hasPermission, useSession } from '../features/auth/session';
import { useIdleTimeout } from '../features/auth/use-idle-timeout';
import { AppHeader } from './AppHeader';
import { activeMenuEntry, menuEntries } from './menu';

/** The portal frame: header, the side menu built from the user's permissions, and the page. */
export function AppLayout() {
  const me = useSession();
  const location = useLocation();
  useIdleTimeout(me.idleTimeoutMinutes);

  const items = useMemo(
    () =>
      menuEntries
        .filter((e) => hasPermission(me, e.permission))
        .map((e) => ({ key: e.key, icon: createElement(e.icon), label: <Link to={e.path}>{e.label}{e.badge ? createElement(e.badge) : null}</Link> })),
    [me],
  );
  const active = activeMenuEntry(location.pathname);

  return (
    <Layout className="app-shell">
      <Layout.Header className="app-header-bar">
        <AppHeader />
      </Layout.Header>
      <Layout>
        <Layout.Sider width={208} theme="light" className="app-sider" breakpoint="lg" collapsedWidth={64}>
          <nav aria-label="主菜单">
            <Menu mode="inline" selectedKeys={active ? [active.key] : []} items={items} className="app-menu" />
          </nav>
        </Layout.Sider>
        <Layout.Content className="app-content">
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
