import type { Permission } from '@zhifa/shared';
import type { ReactNode } from 'react';
import { ForbiddenPage } from '../components/ForbiddenPage';
import { hasPermission, useSession } from '../features/auth/session';

/** Renders the page only when the user holds `permission` (null = every signed-in user), else 403. */
export function RequirePermission({ permission, children }: { permission: Permission | null; children: ReactNode }) {
  return hasPermission(useSession(), permission) ? children : <ForbiddenPage />;
}
