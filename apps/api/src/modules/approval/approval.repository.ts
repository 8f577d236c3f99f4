import { Permission } from '@zhifa/shared';
import { sql } from 'kysely';
import type { Db } from '../../platform/db/connect';
import type { ApprovalActionTable, ApprovalInstanceTable, ApprovalTaskTable } from '../../platform/db/schema';
import type { Tx } from '../../platform/db/tx';
import { likeContains } from '../../platform/db/like';

type Q = Db | Tx;

// ---------- instances ----------

export const insertInstance = (tx: Tx, row: ApprovalInstanceTable) => tx.insertInto('approval_instances').values(row).execute();

const instanceSelect = (db: Q) =>
  db
    .selectFrom('approval_instances as i')
    .innerJoin('users as s', 's.id', 'i.submitter_id')
    .innerJoin('agencies as a', 'a.id', 'i.agency_id')
    .selectAll('i')
    .select(['s.display_name as submitter_name', 'a.name as agency_name']);

export type InstanceRow = Awaited<ReturnType<ReturnType<typeof instanceSelect>['executeTakeFirstOrThrow']>>;

export const findInstance = (db: Q, id: string) => instanceSelect(db).where('i.id', '=', id).executeTakeFirst();

export const findOpenInstanceFor = (db: Q, objectType: string, objectId: string) =>
  db.selectFrom('approval_instances').select(['id', 'status']).where('object_type', '=', objectType).where('object_id', '=', objectId).where('status', 'in', ['pending', 'returned']).executeTakeFirst();

export const instancesForObject = (db: Q, objectType: string, objectId: string) =>
  instanceSelect(db).where('i.object_type', '=', objectType).where('i.object_id', '=', objectId).orderBy('i.submitted_at', 'desc').execute();

/**
 * Applies an action's change to the instance only if nobody else changed it since it was read:
 * the version check makes two concurrent actions (two co-signers, a withdraw racing an approval)
 * apply one after the other, the second being refused. Returns false when the guard failed.
 */
export async function updateInstanceGuarded(tx: Tx, id: string, version: number, patch: Partial<ApprovalInstanceTable>): Promise<boolean> {
  const r = await tx.updateTable('approval_instances').set({ ...patch, version: version + 1 }).where('id', '=', id).where('version', '=', version).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Submitter, or anyone who holds or held a task, or acted: who may read an approval and its object. */
export async function isParticipant(db: Q, instanceId: string, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('approval_instances as i')
    .select('i.id')
    .where('i.id', '=', instanceId)
    .where((eb) =>
      eb.or([
        eb('i.submitter_id', '=', userId),
        eb.exists(eb.selectFrom('approval_tasks as t').select('t.id').whereRef('t.instance_id', '=', 'i.id').where('t.assignee_id', '=', userId)),
        eb.exists(eb.selectFrom('approval_actions as h').select('h.id').whereRef('h.instance_id', '=', 'i.id').where('h.actor_id', '=', userId)),
      ]),
    )
    .executeTakeFirst();
  return Boolean(row);
}

// ---------- tasks ----------

export const tasksOf = (db: Q, instanceId: string) =>
  db
    .selectFrom('approval_tasks as t')
    .innerJoin('users as u', 'u.id', 't.assignee_id')
    .leftJoin('users as d', 'd.id', 't.delegated_from')
    .selectAll('t')
    .select(['u.display_name as assignee_name', 'd.display_name as delegated_from_name'])
    .where('t.instance_id', '=', instanceId)
    .orderBy('t.round')
    .orderBy('t.created_at')
    .orderBy('t.id')
    .execute();

export type TaskRow = Awaited<ReturnType<typeof tasksOf>>[number];

export async function insertTasks(tx: Tx, rows: ApprovalTaskTable[]): Promise<void> {
  if (rows.length) await tx.insertInto('approval_tasks').values(rows).execute();
}

export const closeTask = (tx: Tx, id: string, status: ApprovalTaskTable['status'], at: string) =>
  tx.updateTable('approval_tasks').set({ status, acted_at: at, remind_at: null }).where('id', '=', id).where('status', '=', 'open').execute();

export const cancelOpenTasks = (tx: Tx, instanceId: string, at: string) =>
  tx.updateTable('approval_tasks').set({ status: 'cancelled', acted_at: at, remind_at: null }).where('instance_id', '=', instanceId).where('status', '=', 'open').execute();

// ---------- history ----------

export const actionsOf = (db: Q, instanceId: string) => db.selectFrom('approval_actions').selectAll().where('instance_id', '=', instanceId).orderBy('seq').execute();

export async function nextActionSeq(tx: Tx, instanceId: string): Promise<number> {
  const r = await tx.selectFrom('approval_actions').select((eb) => eb.fn.max('seq').as('m')).where('instance_id', '=', instanceId).executeTakeFirst();
  return Number(r?.m ?? 0) + 1;
}

export const insertAction = (tx: Tx, row: ApprovalActionTable) => tx.insertInto('approval_actions').values(row).execute();

// ---------- who may act ----------

export const findAgency = (db: Q, id: string) => db.selectFrom('agencies').select(['id', 'parent_id', 'name', 'status']).where('id', '=', id).executeTakeFirst();

export const findUnitPath = async (db: Q, id: string): Promise<string | null> =>
  (await db.selectFrom('units').select('path').where('id', '=', id).executeTakeFirst())?.path ?? null;

export interface EligibleFilter {
  agencyId: string;
  roleCode: string;
  /** Only users in one of these units (the submitter's unit line). */
  unitIds?: string[] | undefined;
  /** Only users in this unit or below it (unit path prefix). */
  unitPath?: string | undefined;
  excludeUserIds: string[];
}

const activeUsers = (db: Q) => db.selectFrom('users as u').where('u.status', '=', 'active').where('u.admin_locked', '=', 0);

const canApprove = (roleCode?: string) =>
  sql<boolean>`exists (select 1 from user_roles ur join roles r on r.id = ur.role_id join role_permissions rp on rp.role_id = r.id
    where ur.user_id = u.id and rp.permission = ${Permission.ApprovalAct}${roleCode ? sql` and r.code = ${roleCode}` : sql``})`;

const likePrefix = (p: string) => p.replace(/[\\%_]/g, (c) => '\\' + c) + '%';

/** Active users of the agency who hold the step's role (with the permission to approve) in the step's units. */
export async function findEligibleUsers(db: Q, f: EligibleFilter): Promise<{ id: string; display_name: string }[]> {
  let q = activeUsers(db).select(['u.id', 'u.display_name']).where('u.agency_id', '=', f.agencyId).where(canApprove(f.roleCode));
  if (f.unitIds) q = f.unitIds.length ? q.where('u.unit_id', 'in', f.unitIds) : q.where(sql<boolean>`1 = 0`);
  if (f.unitPath) q = q.where(sql<boolean>`u.unit_id in (select id from units where path like ${likePrefix(f.unitPath)} escape '\\')`);
  if (f.excludeUserIds.length) q = q.where('u.id', 'not in', f.excludeUserIds);
  return q.orderBy('u.username').execute();
}

/** Users a task may be delegated to: active users of the step's agency who may approve. */
export async function delegateCandidates(db: Q, agencyId: string, excludeUserIds: string[]) {
  let q = activeUsers(db)
    .leftJoin('units as n', 'n.id', 'u.unit_id')
    .select(['u.id', 'u.display_name', 'n.name as unit_name'])
    .where('u.agency_id', '=', agencyId)
    .where(canApprove());
  if (excludeUserIds.length) q = q.where('u.id', 'not in', excludeUserIds);
  const users = await q.orderBy('u.username').execute();
  if (!users.length) return [];
  const roles = await db
    .selectFrom('user_roles as ur')
    .innerJoin('roles as r', 'r.id', 'ur.role_id')
    .select(['ur.user_id', 'r.name'])
    .where('ur.user_id', 'in', users.map((u) => u.id))
    .where('r.admin_kind', 'is', null)
    .orderBy('r.code')
    .execute();
  return users.map((u) => ({ ...u, role_names: roles.filter((r) => r.user_id === u.id).map((r) => r.name) }));
}

export async function isDelegateEligible(db: Q, agencyId: string, userId: string): Promise<{ id: string; display_name: string } | undefined> {
  return activeUsers(db).select(['u.id', 'u.display_name']).where('u.id', '=', userId).where('u.agency_id', '=', agencyId).where(canApprove()).executeTakeFirst();
}

export const userName = async (db: Q, id: string): Promise<string | null> =>
  (await db.selectFrom('users').select('display_name').where('id', '=', id).executeTakeFirst())?.display_name ?? null;

// ---------- inbox ----------

export type Box = 'todo' | 'done' | 'mine';
export interface InboxFilter {
  objectType?: string | undefined;
  status?: ApprovalInstanceTable['status'] | undefined;
  q?: string | undefined;
}

const DECISIONS = ['approve', 'return', 'reject', 'delegate'] as const;

function inbox(db: Q, userId: string, box: Box, f: InboxFilter) {
  let q = db
    .selectFrom('approval_instances as i')
    .innerJoin('users as s', 's.id', 'i.submitter_id')
    .innerJoin('agencies as a', 'a.id', 'i.agency_id')
    .leftJoin('approval_tasks as t', (j) =>
      // Only the 待办 list joins my open task; for the others the join matches nothing.
      box === 'todo' ? j.onRef('t.instance_id', '=', 'i.id').on('t.assignee_id', '=', userId).on('t.status', '=', 'open') : j.on(sql<boolean>`1 = 0`),
    )
    .select([
      'i.id', 'i.object_type', 'i.object_id', 'i.title', 'i.summary', 'i.status', 'i.current_step', 'i.steps', 'i.agency_id', 'a.name as agency_name',
      'i.submitter_id', 's.display_name as submitter_name', 'i.submitted_at', 'i.updated_at', 'i.finished_at',
      't.created_at as task_since', 't.remind_at', 't.reminder_count',
    ]);
  if (box === 'todo') q = q.where('t.id', 'is not', null).where('i.status', '=', 'pending');
  if (box === 'mine') q = q.where('i.submitter_id', '=', userId);
  if (box === 'done') {
    q = q.where((eb) =>
      eb.exists(eb.selectFrom('approval_actions as h').select('h.id').whereRef('h.instance_id', '=', 'i.id').where('h.actor_id', '=', userId).where('h.action', 'in', [...DECISIONS])),
    );
  }
  if (f.objectType) q = q.where('i.object_type', '=', f.objectType);
  if (f.status) q = q.where('i.status', '=', f.status);
  if (f.q) q = q.where(likeContains('i.title', f.q));
  return q;
}

export async function listInbox(db: Q, userId: string, box: Box, f: InboxFilter, page: number, pageSize: number) {
  const order = box === 'todo' ? ('t.created_at' as const) : box === 'mine' ? ('i.submitted_at' as const) : ('i.updated_at' as const);
  const [rows, total] = await Promise.all([
    inbox(db, userId, box, f).orderBy(order, 'desc').orderBy('i.id', 'desc').limit(pageSize).offset((page - 1) * pageSize).execute(),
    inbox(db, userId, box, f).clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export type InboxRow = Awaited<ReturnType<typeof listInbox>>['rows'][number];

export async function countInbox(db: Q, userId: string): Promise<{ todo: number; done: number; mine: number; returned: number }> {
  const count = (box: Box, f: InboxFilter = {}) => inbox(db, userId, box, f).clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const [todo, done, mine, returned] = await Promise.all([count('todo'), count('done'), count('mine'), count('mine', { status: 'returned' })]);
  return { todo: Number(todo.n), done: Number(done.n), mine: Number(mine.n), returned: Number(returned.n) };
}

// ---------- reminders ----------

/** Open tasks whose reminder time has passed, oldest first. */
export const dueReminders = (db: Q, now: string, limit: number) =>
  db
    .selectFrom('approval_tasks as t')
    .innerJoin('approval_instances as i', 'i.id', 't.instance_id')
    .select(['t.id', 't.assignee_id', 't.step_index', 't.remind_at', 't.reminder_count', 't.created_at', 'i.id as instance_id', 'i.title', 'i.steps'])
    .where('t.status', '=', 'open')
    .where('i.status', '=', 'pending')
    .where('t.remind_at', '<=', now)
    .orderBy('t.remind_at')
    .limit(limit)
    .execute();

/** Moves the task's next reminder on; false when another run got there first. */
export async function markReminded(tx: Tx, taskId: string, previousRemindAt: string, nextRemindAt: string): Promise<boolean> {
  const r = await tx
    .updateTable('approval_tasks')
    .set((eb) => ({ remind_at: nextRemindAt, reminder_count: eb('reminder_count', '+', 1) }))
    .where('id', '=', taskId)
    .where('status', '=', 'open')
    .where('remind_at', '=', previousRemindAt)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
