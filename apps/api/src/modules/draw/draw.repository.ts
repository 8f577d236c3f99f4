import type { Db } from '../../platform/db/connect';
import type { DrawTable } from '../../platform/db/schema';
import type { Tx } from '../../platform/db/tx';
import type { Scope } from '../../platform/auth/scope';
import { scopeWhere } from '../../platform/auth/scope-sql';
import { enterpriseInScope } from '../planning/classification.repository';

type Q = Db | Tx;

/** Enterprises in scope (operating) with their current class: the raw material of a pool. */
export const poolEnterprises = (db: Q, scope: Scope) =>
  db
    .selectFrom('enterprises as e')
    .leftJoin('enterprise_classes as c', 'c.enterprise_id', 'e.id')
    .select(['e.id', 'e.name', 'e.sector', 'e.division_code', 'c.risk_class', 'c.frequency_cap'])
    .where('e.status', '=', 'operating')
    .where(enterpriseInScope(scope))
    .execute();

/** Per enterprise: tasks (not cancelled) due this year, and the latest due day of any task. */
export const taskStats = (db: Q, year: number) =>
  db
    .selectFrom('inspection_tasks')
    .select(['enterprise_id', (eb) => eb.fn.max('due_from').as('last_on'), (eb) => eb.fn.sum<number>(eb.case().when('due_from', '>=', `${year}-01-01`).then(1).else(0).end()).as('n_year')])
    .where('state', '!=', 'cancelled')
    .where('due_from', '<=', `${year}-12-31`)
    .groupBy('enterprise_id')
    .execute();

export const agencyOfficers = (db: Q, agencyId: string) =>
  db.selectFrom('officers').select(['id', 'name', 'cert_no', 'status', 'cert_valid_from', 'cert_valid_to', 'specialties', 'user_id', 'unit_id']).where('agency_id', '=', agencyId).execute();

export async function recusalsOf(db: Q, officerIds: readonly string[]) {
  if (!officerIds.length) return [];
  return db.selectFrom('officer_recusals').select(['officer_id', 'enterprise_id', 'valid_from', 'valid_to']).where('officer_id', 'in', officerIds).execute();
}

export const insertDraw = (tx: Tx, row: DrawTable) => tx.insertInto('draws').values(row).execute();
export const updateDraw = (tx: Tx, id: string, patch: Partial<DrawTable>) => tx.updateTable('draws').set(patch).where('id', '=', id).execute();

const drawSelect = (db: Q) => db.selectFrom('draws as d').innerJoin('agencies as a', 'a.id', 'd.agency_id').selectAll('d').select('a.name as agency_name');
export const findDraw = (db: Q, scope: Scope, id: string) => drawSelect(db).where('d.id', '=', id).where(scopeWhere(scope, { agencyId: 'd.agency_id', unitId: 'd.unit_id', ownerId: 'd.owner_id' })).executeTakeFirst();
export const findDrawPublic = (db: Q, id: string) => drawSelect(db).where('d.id', '=', id).executeTakeFirst();

export async function listDraws(db: Q, scope: Scope | null, page: number, pageSize: number) {
  let q = db.selectFrom('draws as d').innerJoin('agencies as a', 'a.id', 'd.agency_id');
  if (scope) q = q.where(scopeWhere(scope, { agencyId: 'd.agency_id', unitId: 'd.unit_id', ownerId: 'd.owner_id' }));
  const total = Number((await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst())?.n ?? 0);
  const rows = await q
    .select(['d.id', 'd.title', 'd.attempt_no', 'd.previous_id', 'd.status', 'd.committed_at', 'd.drawn_at', 'd.voided_at', 'd.void_reason', 'd.redraw_reason', 'd.pool_hash', 'd.seed_commitment', 'd.due_from', 'd.due_to', 'a.name as agency_name', 'd.result'])
    .orderBy('d.committed_at', 'desc')
    .orderBy('d.id', 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return { rows, total };
}

export const enterpriseNames = async (db: Q, ids: readonly string[]) => {
  const out = new Map<string, string>();
  for (let i = 0; i < ids.length; i += 500) for (const r of await db.selectFrom('enterprises').select(['id', 'name']).where('id', 'in', ids.slice(i, i + 500)).execute()) out.set(r.id, r.name);
  return out;
};
export const officerNames = async (db: Q, ids: readonly string[]) => {
  if (!ids.length) return new Map<string, { name: string; certNo: string }>();
  return new Map((await db.selectFrom('officers').select(['id', 'name', 'cert_no']).where('id', 'in', ids).execute()).map((r) => [r.id, { name: r.name, certNo: r.cert_no }]));
};

export const agencyName = async (db: Q, id: string): Promise<string> => (await db.selectFrom('agencies').select('name').where('id', '=', id).executeTakeFirst())?.name ?? '';
