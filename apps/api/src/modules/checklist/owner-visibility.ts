import { sql, type Expression, type SqlBool } from 'kysely';
import type { Scope } from '../../platform/auth/scope';
import { scopeWhere } from '../../platform/auth/scope-sql';

/**
 * Who sees reference records that belong to an agency (check items, checklists, campaigns):
 * ministry records (owner null) are visible to everyone; a local record to the callers whose data
 * scope covers its owner; and a published (or retired) record of a superior agency reaches down to
 * the agencies below it, so a county officer uses the city's and province's published items.
 */
export interface Visibility {
  scope: Scope;
  /** Ids of the caller's superior agencies (from its path). */
  superiorAgencyIds: readonly string[];
}

export function ownerVisible(v: Visibility, ownerCol: string, statusCol?: string): Expression<SqlBool> {
  const owner = sql.ref(ownerCol);
  const parts: Expression<SqlBool>[] = [sql<SqlBool>`${owner} is null`, scopeWhere(v.scope, { agencyId: ownerCol })];
  if (v.superiorAgencyIds.length) {
    const inherited = sql<SqlBool>`${owner} in (${sql.join(v.superiorAgencyIds)})`;
    parts.push(statusCol ? sql<SqlBool>`(${inherited} and ${sql.ref(statusCol)} in ('published', 'retired'))` : inherited);
  }
  return sql<SqlBool>`(${sql.join(parts, sql` or `)})`;
}

/** The record is local and its owner lies in the scope (may be changed with the scope's permission). */
export function ownerInScope(scope: Scope, ownerCol: string): Expression<SqlBool> {
  return sql<SqlBool>`(${sql.ref(ownerCol)} is not null and ${scopeWhere(scope, { agencyId: ownerCol })})`;
}

/** The caller's visibility for a permission's scope (superiors from the caller's agency path). */
export function visibilityFor(actor: { agencyId: string; agencyPath: string } | null, scope: Scope): Visibility {
  return { scope, superiorAgencyIds: actor ? actor.agencyPath.split('/').filter((id) => id && id !== actor.agencyId) : [] };
}
