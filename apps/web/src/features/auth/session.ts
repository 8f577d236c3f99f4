import type { Me, Permission } from '@zhifa/shared';
import { createContext, useContext } from 'react';

/** The signed-in user, provided by `RequireSession` to every page inside the portal layout. */
export const SessionContext = createContext<Me | null>(null);

export function useSession(): Me {
  const me = useContext(SessionContext);
  if (!me) throw new Error('useSession() outside <RequireSession>');
  return me;
}

export function hasPermission(me: Me, permission: Permission | null | undefined): boolean {
  return !permission || me.permissions.includes(permission);
}

export function useCan(permission: Permission): boolean {
  return hasPermission(useSession(), permission);
}
