import type { DataScope, Permission } from '@zhifa/shared';
import type { Actor } from './actor';

/**
 * The records a caller may reach with one permission: the union of the data scopes of the
 * role assignments that grant it. Computed here and only here; repositories turn it into SQL.
 */
export type Scope =
  | { all: true }
  | {
      all: false;
      agencyIds: string[];
      agencyPaths: string[];
      unitIds: string[];
      unitPaths: string[];
      userIds: string[];
    };

export const emptyScope = (): Extract<Scope, { all: false }> => ({ all: false, agencyIds: [], agencyPaths: [], unitIds: [], unitPaths: [], userIds: [] });

function addScope(s: Extract<Scope, { all: false }>, actor: Actor, scope: DataScope): void {
  switch (scope) {
    case 'self':
      s.userIds.push(actor.id);
      return;
    case 'unit':
      if (actor.unitId) s.unitIds.push(actor.unitId);
      else s.userIds.push(actor.id);
      return;
    case 'unitAndBelow':
      if (actor.unitPath) s.unitPaths.push(actor.unitPath);
      else s.userIds.push(actor.id);
      return;
    case 'agency':
      s.agencyIds.push(actor.agencyId);
      return;
    case 'agencyAndBelow':
      s.agencyPaths.push(actor.agencyPath);
      return;
    case 'all':
      return;
  }
}

export function scopeFor(actor: Actor, permission: Permission): Scope {
  const granting = actor.roles.filter((r) => r.permissions.has(permission));
  if (granting.some((r) => r.dataScope === 'all')) return { all: true };
  const s = emptyScope();
  for (const r of granting) addScope(s, actor, r.dataScope);
  return s;
}

/** Whether a record of `agencyPath` (and optional unit/owner) lies inside the scope; for checks in code. */
export function inScope(scope: Scope, rec: { agencyId: string; agencyPath: string; unitId?: string | null; unitPath?: string | null; ownerId?: string | null }): boolean {
  if (scope.all) return true;
  if (scope.agencyIds.includes(rec.agencyId)) return true;
  if (scope.agencyPaths.some((p) => rec.agencyPath.startsWith(p))) return true;
  if (rec.unitId && scope.unitIds.includes(rec.unitId)) return true;
  if (rec.unitPath && scope.unitPaths.some((p) => rec.unitPath!.startsWith(p))) return true;
  if (rec.ownerId && scope.userIds.includes(rec.ownerId)) return true;
  return false;
}
