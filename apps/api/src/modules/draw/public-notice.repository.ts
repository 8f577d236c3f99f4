import type { Db } from '../../platform/db/connect';
import type { PublicNoticeTable } from '../../platform/db/schema';
import type { Tx } from '../../platform/db/tx';
import type { Scope } from '../../platform/auth/scope';
import { scopeWhere } from '../../platform/auth/scope-sql';

type Q = Db | Tx;

export const insertNotice = (tx: Tx, row: PublicNoticeTable) => tx.insertInto('public_notices').values(row).execute();
export const updateNotice = (tx: Tx, id: string, patch: Partial<PublicNoticeTable>) => tx.updateTable('public_notices').set(patch).where('id', '=', id).execute();
export const findNotice = (db: Q, scope: Scope, id: string) => db.selectFrom('public_notices').selectAll().where('id', '=', id).where(scopeWhere(scope, { agencyId: 'agency_id' })).executeTakeFirst();
export const noticesOfObject = (db: Q, objectType: string, objectId: string) => db.selectFrom('public_notices').selectAll().where('object_type', '=', objectType).where('object_id', '=', objectId).execute();

export async function listPublished(db: Q, kinds: readonly PublicNoticeTable['kind'][], page: number, pageSize: number) {
  const q = db.selectFrom('public_notices as n').innerJoin('agencies as a', 'a.id', 'n.agency_id').where('n.kind', 'in', kinds).where('n.status', '=', 'published');
  const total = Number((await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst())?.n ?? 0);
  const rows = await q.selectAll('n').select('a.name as agency_name').orderBy('n.published_at', 'desc').orderBy('n.id', 'desc').limit(pageSize).offset((page - 1) * pageSize).execute();
  return { rows, total };
}

export async function listForAgency(db: Q, scope: Scope, page: number, pageSize: number) {
  const q = db.selectFrom('public_notices as n').innerJoin('agencies as a', 'a.id', 'n.agency_id').where(scopeWhere(scope, { agencyId: 'n.agency_id' }));
  const total = Number((await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst())?.n ?? 0);
  const rows = await q.selectAll('n').select('a.name as agency_name').orderBy('n.created_at', 'desc').limit(pageSize).offset((page - 1) * pageSize).execute();
  return { rows, total };
}

export const publicNotice = (db: Q, id: string) =>
  db.selectFrom('public_notices as n').innerJoin('agencies as a', 'a.id', 'n.agency_id').selectAll('n').select('a.name as agency_name').where('n.id', '=', id).where('n.status', '=', 'published').executeTakeFirst();
