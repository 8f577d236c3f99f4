import { dataScopes, Permission, permissionKind, type DataScope } from '@zhifa/shared';
import type { ActorRole } from './actor';

/**
 * What an API token may do: it acts for one business account and never carries more than that
 * account has *now* — its permissions are the token's ∩ the account's current ones, and the scope of
 * each role assignment is narrowed to the token's scope. An account holding any 三员 role makes its
 * tokens worthless (null), so no administrator reaches enforcement data through a token.
 */
export function tokenRoles(accountRoles: readonly ActorRole[], tokenPermissions: readonly string[], tokenScope: DataScope): ActorRole[] | null {
  if (accountRoles.some((r) => r.adminKind)) return null;
  const wanted = new Set(tokenPermissions.filter(mayTokenCarry));
  const out: ActorRole[] = [];
  for (const r of accountRoles) {
    const permissions = new Set([...r.permissions].filter((p) => wanted.has(p)));
    if (permissions.size) out.push({ ...r, dataScope: narrowerScope(r.dataScope, tokenScope), permissions });
  }
  return out;
}

/** The narrower of two data scopes (`dataScopes` runs from narrowest to widest). */
export const narrowerScope = (a: DataScope, b: DataScope): DataScope => (dataScopes.indexOf(a) <= dataScopes.indexOf(b) ? a : b);

/** Business and common permissions only, and never the right to make further tokens. */
export const mayTokenCarry = (p: string): boolean => {
  if (p === Permission.ApiTokenOwn) return false;
  try {
    const kind = permissionKind(p as Permission);
    return kind === 'business' || kind === 'common';
  } catch {
    return false;
  }
};
