import type { Db } from '../../platform/db/connect';
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

const esc = (s: string) => s.replace(/[\\%_]/g, (c) => '\\' + c);

function filtered(db: Db, f: AuditFilter) {
  let q = db.selectFrom('audit_log');
  if (f.from) q = q.where('at', '>=', new Date(f.from).toISOString());
  if (f.to) q = q.where('at', '<=', new Date(f.to).toISOString());
  if (f.actor) q = q.where('actor_name', 'like', `%${esc(f.actor)}%`);
  if (f.action) q = q.where('action', 'like', `${esc(f.action)}%`);
  if (f.result) q = q.where('result', '=', f.result);
  if (f.objectType) q = q.where('object_type', '=', f.objectType);
  if (f.objectId) q = q.where('object_id', '=', f.objectId);
  return q;
}

export async function listAudit(db: Db, f: AuditFilter, page: number, pageSize: number): Promise<{ rows: AuditLogTable[]; total: number }> {
  const [rows, total] = await Promise.all([
    filtered(db, f).selectAll().orderBy('seq', 'desc').limit(pageSize).offset((page - 1) * pageSize).execute(),
    filtered(db, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

/** Streams matching rows in pages of seq, newest last, so an export never holds the whole log. */
export async function* iterateAudit(db: Db, f: AuditFilter, batch = 2000): AsyncGenerator<AuditLogTable[]> {
  let after = 0;
  for (;;) {
    const rows = await filtered(db, f).selectAll().where('seq', '>', after).orderBy('seq').limit(batch).execute();
    if (!rows.length) return;
    yield rows;
    after = Number(rows[rows.length - 1]!.seq);
  }
}
