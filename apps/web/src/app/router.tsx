import type { Permission } from '@zhifa/shared';
import type { ReactElement } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router-dom';
import { NotFoundPage } from '../components/NotFoundPage';
import { approvalPages } from '../features/approval/routes';
import { checklistPages } from '../features/checklist/routes';
import { documentPages } from '../features/document/routes';
import { planningPages } from '../features/planning/routes';
import { registryPages } from '../features/registry/routes';
import { RequirePermission } from './RequirePermission';
import { RequireSession } from './RequireSession';
import { lazyPage, PageSuspense } from './lazy-page';
import { activeMenuEntry, menuEntryFor } from './menu';

const ApiTokensPage = lazyPage(() => import('../features/api-tokens/routes/ApiTokensPage'), 'ApiTokensPage');
const AuditLogPage = lazyPage(() => import('../features/audit/routes/AuditLogPage'), 'AuditLogPage');
const LoginPage = lazyPage(() => import('../features/auth/routes/LoginPage'), 'LoginPage');
const DashboardPage = lazyPage(() => import('../features/dashboard/routes/DashboardPage'), 'DashboardPage');
const PublicVerifyPage = lazyPage(() => import('../features/public-verify/PublicVerifyPage'), 'PublicVerifyPage');
const OrgPage = lazyPage(() => import('../features/org/routes/OrgPage'), 'OrgPage');
const ProfilePage = lazyPage(() => import('../features/profile/routes/ProfilePage'), 'ProfilePage');
const RolesPage = lazyPage(() => import('../features/roles/routes/RolesPage'), 'RolesPage');
const SecurityPolicyPage = lazyPage(() => import('../features/security/routes/SecurityPolicyPage'), 'SecurityPolicyPage');
const UsersPage = lazyPage(() => import('../features/users/routes/UsersPage'), 'UsersPage');
const UserGrantsPage = lazyPage(() => import('../features/users/routes/UserGrantsPage'), 'UserGrantsPage');
const PublicDrawsPage = lazyPage(() => import('../features/public-draws/PublicDrawsPage'), 'PublicDrawsPage');
const PublicDrawPage = lazyPage(() => import('../features/public-draws/PublicDrawPage'), 'PublicDrawPage');
const AppLayout = lazyPage(() => import('./AppLayout'), 'AppLayout');

/**
 * A page behind the permission of its menu entry (menu.ts): the entry with the same path, or for a
 * sub-page such as `/laws/:id` the entry it belongs to (`/laws`). Pass `permission` to override.
 */
function page(path: string, element: ReactElement, permission?: Permission | null): RouteObject {
  const needed = permission !== undefined ? permission : (menuEntryFor(path) ?? activeMenuEntry(path))?.permission;
  if (needed === undefined) throw new Error(`route ${path}: no menu entry, pass its permission`);
  return { path, element: <RequirePermission permission={needed}><PageSuspense>{element}</PageSuspense></RequirePermission> };
}

export const routes: RouteObject[] = [
  { path: '/login', element: <PageSuspense><LoginPage /></PageSuspense> },
  { path: '/public/verify/:token', element: <PageSuspense><PublicVerifyPage /></PageSuspense> },
  { path: '/public/draws', element: <PageSuspense><PublicDrawsPage /></PageSuspense> },
  { path: '/public/draws/:id', element: <PageSuspense><PublicDrawPage /></PageSuspense> },
  {
    path: '/',
    element: (
      <RequireSession>
        <PageSuspense>
          <AppLayout />
        </PageSuspense>
      </RequireSession>
    ),
    children: [
      { index: true, element: <PageSuspense><DashboardPage /></PageSuspense> },
      page('/org', <OrgPage />),
      page('/users', <UsersPage />),
      page('/roles', <RolesPage />),
      page('/security/policy', <SecurityPolicyPage />),
      page('/security/api-tokens', <ApiTokensPage view="all" />),
      page('/my/api-tokens', <ApiTokensPage view="mine" />),
      page('/user-grants', <UserGrantsPage />),
      page('/audit', <AuditLogPage />),
      ...checklistPages.map(([path, element]) => page(path, element)),
      ...registryPages.map(([path, element, permission]) => page(path, element, permission)),
      ...approvalPages.map(([path, element, permission]) => page(path, element, permission)),
      ...documentPages.map(([path, element, permission]) => page(path, element, permission)),
      ...planningPages.map(([path, element, permission]) => page(path, element, permission)),
      page('/profile', <ProfilePage />),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export const router = createBrowserRouter(routes);
