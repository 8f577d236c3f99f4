import { sql, type SqlBool } from 'kysely';
import type { Scope } from '../../platform/auth/scope';
import { scopeWhere } from '../../platform/auth/scope-sql';
import type { Db } from '../../platform/db/connect';
import { likeContains, likePrefix } from '../../platform/db/like';
import type { AuditLogTable } from '../../platform/db/schema';

export interface AuditFilter {
  from?: string | undefined;
  to?: string | undefined;
  actor?: string | undefined;
  action?: string | undefined;
  result?: 'success' | 'failure' | 'denied' | undefined;
  objectType?: string | undefined;
  objectId?: string | undefined;
}

/** An auditor sees the records of agencies in scope, plus agency-less system and anonymous events. */
const scoped = (scope: Scope) => sql<SqlBool>`(agency_id is null or ${scopeWhere(scope, { agencyId: 'agency_id' })})`;

function filtered(db: Db, scope: Scope, f: AuditFilter) {
  let q = db.selectFrom('audit_log').where(scoped(scope));
  if (f.from) q = q.where('at', '>=', new Date(f.from).toISOString());
  if (f.to) q = q.where('at', '<=', new Date(f.to).toISOString());
  if (f.actor) q = q.where(likeContains('actor_name', f.actor));
  if (f.action) q = q.where(likePrefix('action', f.action));
  if (f.result) q = q.where('result', '=', f.result);
  if (f.objectType) q = q.where('object_type', '=', f.objectType);
  if (f.objectId) q = q.where('object_id', '=', f.objectId);
  return q;
}

export async function listAudit(db: Db, scope: Scope, f: AuditFilter, page: number, pageSize: number): Promise<{ rows: AuditLogTable[]; total: number }> {
  const [rows, total] = await Promise.all([
    filtered(db, scope, f).selectAll().orderBy('seq', 'desc').limit(pageSize).offset((page - 1) * pageSize).execute(),
    filtered(db, scope, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

/** Streams matching rows in pages of seq, newest last, so an export never holds the whole log. */
export async function* iterateAudit(db: Db, scope: Scope, f: AuditFilter, batch = 2000): AsyncGenerator<AuditLogTable[]> {
  let after = 0;
  for (;;) {
    const rows = await filtered(db, scope, f).selectAll().where('seq', '>', after).orderBy('seq').limit(batch).execute();
    if (!rows.length) return;
    yield rows;
    after = Number(rows[rows.length - 1]!.seq);
  }
}
