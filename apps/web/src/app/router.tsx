import type { Permission } from '@zhifa/shared';
import type { ReactElement } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router-dom';
import { NotFoundPage } from '../components/NotFoundPage';
import { ApiTokensPage } from '../features/api-tokens/routes/ApiTokensPage';
import { AuditLogPage } from '../features/audit/routes/AuditLogPage';
import { approvalPages } from '../features/approval/routes';
import { checklistPages } from '../features/checklist/routes';
import { LoginPage } from '../features/auth/routes/LoginPage';
import { DashboardPage } from '../features/dashboard/routes/DashboardPage';
import { documentPages } from '../features/document/routes';
import { PublicVerifyPage } from '../features/public-verify/PublicVerifyPage';
import { planningPages } from '../features/planning/routes';
import { PublicDrawPage } from '../features/public-draws/PublicDrawPage';
import { PublicDrawsPage } from '../features/public-draws/PublicDrawsPage';
import { OrgPage } from '../features/org/routes/OrgPage';
import { ProfilePage } from '../features/profile/routes/ProfilePage';
import { registryPages } from '../features/registry/routes';
import { RolesPage } from '../features/roles/routes/RolesPage';
import { SecurityPolicyPage } from '../features/security/routes/SecurityPolicyPage';
import { UserGrantsPage } from '../features/users/routes/UserGrantsPage';
import { UsersPage } from '../features/users/routes/UsersPage';
import { AppLayout } from './AppLayout';
import { activeMenuEntry, menuEntryFor } from './menu';
import { RequirePermission } from './RequirePermission';
import { RequireSession } from './RequireSession';

/**
 * A page behind the permission of its menu entry (menu.ts): the entry with the same path, or for a
 * sub-page such as `/laws/:id` the entry it belongs to (`/laws`). Pass `permission` to override.
 */
function page(path: string, element: ReactElement, permission?: Permission | null): RouteObject {
  const needed = permission !== undefined ? permission : (menuEntryFor(path) ?? activeMenuEntry(path))?.permission;
  if (needed === undefined) throw new Error(`route ${path}: no menu entry, pass its permission`);
  return { path, element: <RequirePermission permission={needed}>{element}</RequirePermission> };
}

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  { path: '/public/verify/:token', element: <PublicVerifyPage /> },
  { path: '/public/draws', element: <PublicDrawsPage /> },
  { path: '/public/draws/:id', element: <PublicDrawPage /> },
  {
    path: '/',
    element: (
      <RequireSession>
        <AppLayout />
      </RequireSession>
    ),
    children: [
      { index: true, element: <DashboardPage /> },
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
