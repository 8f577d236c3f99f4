import { sql } from 'kysely';
import type { Db } from '../../platform/db/connect';
import type { AnnualPlanTable, MonthlyPlanTable, PlanItemTable, PlanKeyEnterpriseTable } from '../../platform/db/schema';
import type { Tx } from '../../platform/db/tx';
import type { Scope } from '../../platform/auth/scope';
import { scopeWhere } from '../../platform/auth/scope-sql';

type Q = Db | Tx;

export const insertPlan = (tx: Tx, row: AnnualPlanTable) => tx.insertInto('annual_plans').values(row).execute();
export const updatePlan = (tx: Tx, id: string, patch: Partial<AnnualPlanTable>) => tx.updateTable('annual_plans').set(patch).where('id', '=', id).execute();

export async function replaceContent(tx: Tx, planId: string, items: PlanItemTable[], keys: PlanKeyEnterpriseTable[]): Promise<void> {
  await tx.deleteFrom('plan_items').where('plan_id', '=', planId).execute();
  await tx.deleteFrom('plan_key_enterprises').where('plan_id', '=', planId).execute();
  if (items.length) await tx.insertInto('plan_items').values(items).execute();
  for (let i = 0; i < keys.length; i += 500) await tx.insertInto('plan_key_enterprises').values(keys.slice(i, i + 500)).execute();
}

export async function replaceMonthly(tx: Tx, planId: string, rows: MonthlyPlanTable[]): Promise<void> {
  await tx.deleteFrom('monthly_plans').where('plan_id', '=', planId).execute();
  if (rows.length) await tx.insertInto('monthly_plans').values(rows).execute();
}

const planSelect = (db: Q) =>
  db
    .selectFrom('annual_plans as p')
    .innerJoin('agencies as a', 'a.id', 'p.agency_id')
    .leftJoin('agencies as fa', 'fa.id', 'p.filed_with_agency_id')
    .selectAll('p')
    .select(['a.name as agency_name', 'a.path as agency_path', 'fa.name as filed_with_agency_name']);
export type PlanRow = Awaited<ReturnType<typeof findPlanById>> & object;

export const findPlan = (db: Q, scope: Scope, id: string) => planSelect(db).where('p.id', '=', id).where(scopeWhere(scope, { agencyId: 'p.agency_id', unitId: 'p.unit_id', ownerId: 'p.owner_id' })).executeTakeFirst();
export const findPlanById = (db: Q, id: string) => planSelect(db).where('p.id', '=', id).executeTakeFirst();

export async function listPlans(db: Q, scope: Scope, f: { year?: number | undefined; q?: string | undefined }, page: number, pageSize: number) {
  let q = planSelect(db).where(scopeWhere(scope, { agencyId: 'p.agency_id', unitId: 'p.unit_id', ownerId: 'p.owner_id' }));
  if (f.year) q = q.where('p.year', '=', f.year);
  if (f.q) q = q.where('p.title', 'like', `%${f.q.replace(/[\\%_]/g, (c) => '\\' + c)}%`);
  const total = Number((await q.clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst())?.n ?? 0);
  const rows = await q.orderBy('p.year', 'desc').orderBy('p.created_at', 'desc').limit(pageSize).offset((page - 1) * pageSize).execute();
  return { rows, total };
}

export const itemsOf = (db: Q, planId: string) =>
  db.selectFrom('plan_items as i').leftJoin('units as u', 'u.id', 'i.unit_id').selectAll('i').select('u.name as unit_name').where('i.plan_id', '=', planId).orderBy('i.sort_order').execute();

export const keyEnterprisesOf = (db: Q, planId: string) =>
  db.selectFrom('plan_key_enterprises as k').innerJoin('enterprises as e', 'e.id', 'k.enterprise_id').select(['k.enterprise_id', 'k.reason', 'e.name', 'e.sector']).where('k.plan_id', '=', planId).orderBy('e.name').execute();

export const monthlyOf = (db: Q, planId: string) =>
  db.selectFrom('monthly_plans as m').leftJoin('units as u', 'u.id', 'm.unit_id').selectAll('m').select('u.name as unit_name').where('m.plan_id', '=', planId).orderBy('m.month').execute();

/** Tasks of an agency in a year with month, unit, sector and state (the "actual" side of plan vs actual). */
export const tasksOfYear = (db: Q, agencyId: string, year: number) =>
  db
    .selectFrom('inspection_tasks as t')
    .innerJoin('enterprises as e', 'e.id', 't.enterprise_id')
    .leftJoin('units as u', 'u.id', 't.unit_id')
    .select(['t.id', 't.due_from', 't.unit_id', 'u.name as unit_name', 'e.sector', 't.state', 't.plan_id'])
    .where('t.agency_id', '=', agencyId)
    .where('t.state', '!=', 'cancelled')
    .where('t.due_from', '>=', `${year}-01-01`)
    .where('t.due_from', '<=', `${year}-12-31`)
    .execute();

export const unitInAgency = (db: Q, unitId: string, agencyId: string) => db.selectFrom('units').select('id').where('id', '=', unitId).where('agency_id', '=', agencyId).executeTakeFirst();
export const agencyById = (db: Q, id: string) => db.selectFrom('agencies').select(['id', 'name', 'path', 'level']).where('id', '=', id).executeTakeFirst();
export const campaignExists = (db: Q, id: string) => db.selectFrom('campaigns').select('id').where('id', '=', id).executeTakeFirst();

/** Enterprises of the ids that lie in the enterprise scope. */
export async function enterprisesInScope(db: Q, scope: Scope, ids: readonly string[]): Promise<Map<string, { id: string; name: string; sector: string }>> {
  const out = new Map<string, { id: string; name: string; sector: string }>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom('enterprises as e')
      .select(['e.id', 'e.name', 'e.sector'])
      .where('e.id', 'in', ids.slice(i, i + 500))
      .where(sql<boolean>`(${scopeWhere(scope, { agencyId: 'e.supervising_agency_id' })} or (e.supervising_agency_id is null and ${scopeWhere(scope, { agencyId: 'e.located_agency_id' })}))`)
      .execute();
    for (const r of rows) out.set(r.id, r);
  }
  return out;
}
