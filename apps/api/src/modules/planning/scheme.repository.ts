import type { Db } from '../../platform/db/connect';
import type { InspectionSchemeTable } from '../../platform/db/schema';
import type { Tx } from '../../platform/db/tx';
import type { Scope } from '../../platform/auth/scope';
import { scopeWhere } from '../../platform/auth/scope-sql';

type Q = Db | Tx;

export const insertScheme = (tx: Tx, row: InspectionSchemeTable) => tx.insertInto('inspection_schemes').values(row).execute();
export const updateScheme = (tx: Tx, id: string, patch: Partial<InspectionSchemeTable>) => tx.updateTable('inspection_schemes').set(patch).where('id', '=', id).execute();
const schemeSelect = (db: Q) => db.selectFrom('inspection_schemes as s').innerJoin('agencies as a', 'a.id', 's.agency_id').selectAll('s').select(['a.name as agency_name', 'a.path as agency_path']);
export const findScheme = (db: Q, scope: Scope, id: string) => schemeSelect(db).where('s.id', '=', id).where(scopeWhere(scope, { agencyId: 's.agency_id', unitId: 's.unit_id', ownerId: 's.owner_id' })).executeTakeFirst();
export const findSchemeById = (db: Q, id: string) => schemeSelect(db).where('s.id', '=', id).executeTakeFirst();

export async function listSchemes(db: Q, scope: Scope, page: number, pageSize: number) {
  const q = db.selectFrom('inspection_schemes as s').where(scopeWhere(scope, { agencyId: 's.agency_id', unitId: 's.unit_id', ownerId: 's.owner_id' }));
  const total = Number((await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst())?.n ?? 0);
  const rows = await q.selectAll('s').orderBy('s.created_at', 'desc').limit(pageSize).offset((page - 1) * pageSize).execute();
  return { rows, total };
}

export const officersByIds = async (db: Q, ids: readonly string[]) =>
  ids.length ? db.selectFrom('officers').select(['id', 'name', 'agency_id', 'cert_no']).where('id', 'in', ids).execute() : [];
