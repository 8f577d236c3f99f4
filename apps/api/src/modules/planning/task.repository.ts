import type { Db } from '../../platform/db/connect';
import type { InspectionTaskOfficerTable, InspectionTaskTable } from '../../platform/db/schema';
import type { Tx } from '../../platform/db/tx';

type Q = Db | Tx;

export async function insertTasks(tx: Tx, tasks: InspectionTaskTable[], officers: InspectionTaskOfficerTable[]): Promise<void> {
  for (let i = 0; i < tasks.length; i += 500) await tx.insertInto('inspection_tasks').values(tasks.slice(i, i + 500)).execute();
  for (let i = 0; i < officers.length; i += 500) await tx.insertInto('inspection_task_officers').values(officers.slice(i, i + 500)).execute();
}

export const cancelTasksOf = (tx: Tx, sourceKind: InspectionTaskTable['source_kind'], sourceId: string, now: string) =>
  tx.updateTable('inspection_tasks').set({ state: 'cancelled', updated_at: now }).where('source_kind', '=', sourceKind).where('source_id', '=', sourceId).where('state', '=', 'assigned').execute();

export const officerOfUser = (db: Q, userId: string) => db.selectFrom('officers').select(['id', 'name']).where('user_id', '=', userId).executeTakeFirst();

export function tasksOfOfficer(db: Q, officerId: string) {
  return db
    .selectFrom('inspection_task_officers as o')
    .innerJoin('inspection_tasks as t', 't.id', 'o.task_id')
    .innerJoin('enterprises as e', 'e.id', 't.enterprise_id')
    .innerJoin('agencies as a', 'a.id', 't.agency_id')
    .select(['t.id', 't.title', 't.enterprise_id', 'e.name as enterprise_name', 'e.address', 't.source_kind', 't.source_id', 't.plan_id', 't.due_from', 't.due_to', 't.state', 'a.name as agency_name'])
    .where('o.officer_id', '=', officerId)
    .where('t.state', 'in', ['assigned', 'inProgress'])
    .orderBy('t.due_to')
    .orderBy('t.id')
    .limit(500)
    .execute();
}

export async function officersOfTasks(db: Q, taskIds: readonly string[]) {
  if (!taskIds.length) return [];
  return db.selectFrom('inspection_task_officers as o').innerJoin('officers as f', 'f.id', 'o.officer_id').select(['o.task_id', 'f.name', 'o.sort_order']).where('o.task_id', 'in', taskIds).orderBy('o.sort_order').execute();
}

/** Facts for the frequency / duplication check of one enterprise in a year and month. */
export async function schedulingFacts(db: Q, enterpriseId: string, year: number, month: string, agencyId: string) {
  const cls = await db.selectFrom('enterprise_classes').select('frequency_cap').where('enterprise_id', '=', enterpriseId).executeTakeFirst();
  const count = await db
    .selectFrom('inspection_tasks')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('enterprise_id', '=', enterpriseId)
    .where('state', '!=', 'cancelled')
    .where('due_from', '>=', `${year}-01-01`)
    .where('due_from', '<=', `${year}-12-31`)
    .executeTakeFirst();
  const others = await db
    .selectFrom('inspection_tasks as t')
    .innerJoin('agencies as a', 'a.id', 't.agency_id')
    .select(['a.name', 't.due_from'])
    .where('t.enterprise_id', '=', enterpriseId)
    .where('t.state', '!=', 'cancelled')
    .where('t.agency_id', '!=', agencyId)
    .where('t.due_from', 'like', `${month}%`)
    .execute();
  return { cap: cls?.frequency_cap ?? null, countThisYear: Number(count?.n ?? 0), others: others.map((o) => ({ agencyName: o.name, month: o.due_from.slice(0, 7) })) };
}
