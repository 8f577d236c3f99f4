import { sql, type Expression, type SqlBool } from 'kysely';
import type { Scope } from './scope';

export interface ScopeColumns {
  /** Column holding the record's agency id (required: every scoped record belongs to an agency). */
  agencyId: string;
  unitId?: string;
  ownerId?: string;
}

const like = (prefix: string) => prefix.replace(/[\\%_]/g, (c) => '\\' + c) + '%';

/** The WHERE fragment for a scope; repositories add it to every scoped query. */
export function scopeWhere(scope: Scope, cols: ScopeColumns): Expression<SqlBool> {
  if (scope.all) return sql<SqlBool>`1 = 1`;
  const parts: ReturnType<typeof sql<SqlBool>>[] = [];
  const agency = sql.ref(cols.agencyId);
  if (scope.agencyIds.length) parts.push(sql<SqlBool>`${agency} in (${sql.join(scope.agencyIds)})`);
  for (const p of scope.agencyPaths) {
    parts.push(sql<SqlBool>`${agency} in (select id from agencies where path like ${like(p)} escape '\\')`);
  }
  if (cols.unitId) {
    const unit = sql.ref(cols.unitId);
    if (scope.unitIds.length) parts.push(sql<SqlBool>`${unit} in (${sql.join(scope.unitIds)})`);
    for (const p of scope.unitPaths) parts.push(sql<SqlBool>`${unit} in (select id from units where path like ${like(p)} escape '\\')`);
  }
  if (cols.ownerId && scope.userIds.length) parts.push(sql<SqlBool>`${sql.ref(cols.ownerId)} in (${sql.join(scope.userIds)})`);
  if (parts.length === 0) return sql<SqlBool>`1 = 0`;
  return sql<SqlBool>`(${sql.join(parts, sql` or `)})`;
}
