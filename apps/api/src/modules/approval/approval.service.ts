import type { Page } from '@zhifa/shared';
import type {
  ApprovalCounts,
  ApprovalDelegateCandidate,
  ApprovalDetail,
  ApprovalHistoryEntry,
  ApprovalListItem,
  ApprovalStepState,
  ApprovalStatus,
} from '@zhifa/shared/contract/approval';
import { roleLabel, type Actor } from '../../platform/auth/actor';
import type { ApprovalActionTable, ApprovalInstanceTable } from '../../platform/db/schema';
import type { Tx } from '../../platform/db/tx';
import type { Ctx } from '../../platform/http/context';
import { conflict, forbidden, invalidField, notFound, unauthenticated, type AppError } from '../../platform/http/errors';
import { newId } from '../../platform/ids';
import type { ChainStep } from './approval-chain-rules';
import * as chainRepo from './approval-chain.repository';
import { approvalObjectType, objectTypeLabel, type ApprovalEvent, type ApprovalInstanceInfo } from './approval-object-types';
import { decide, returnTargets, type ApprovalCommand, type ApprovalState, type Transition } from './approval-state';
import * as repo from './approval.repository';
import { notify, type NotificationInput } from './notification.service';

const HOUR = 3_600_000;
const FINISHED = new Set<ApprovalStatus>(['approved', 'rejected', 'withdrawn']);

const parseSteps = (json: string): ChainStep[] => JSON.parse(json) as ChainStep[];
const later = (iso: string, hours: number): string => new Date(Date.parse(iso) + hours * HOUR).toISOString();
const approvalLink = (id: string): string => `/approvals/${id}`;

function userActor(ctx: Ctx): Actor {
  if (!ctx.actor) throw unauthenticated();
  return ctx.actor;
}

/** A refusal from the state machine as the matching HTTP error. */
function refusal(d: { status: 400 | 403 | 409; message: string; path?: string }): AppError {
  if (d.status === 400) return invalidField(d.path ?? 'body', d.message);
  return d.status === 403 ? forbidden(d.message) : conflict(d.message);
}

/** PostgreSQL 23505 / SQLite UNIQUE: two submits of one object raced past the check. */
export function isUniqueViolation(e: unknown): boolean {
  const err = e as { code?: string; message?: string } | null;
  return err?.code === '23505' || err?.code === 'SQLITE_CONSTRAINT_UNIQUE' || /UNIQUE constraint failed/.test(err?.message ?? '');
}

/** The agency whose users act on a step: the submitting agency, or the one above it. */
async function stepAgencyId(q: Tx | Ctx['db'], inst: Pick<ApprovalInstanceTable, 'agency_id'>, step: ChainStep): Promise<string> {
  if (step.agency === 'own') return inst.agency_id;
  const agency = await repo.findAgency(q, inst.agency_id);
  if (!agency?.parent_id) throw conflict(`审批步骤“${step.name}”需要上一级机关审批，但本机关没有上一级机关`);
  return agency.parent_id;
}

/** Creates the open tasks of a step for everyone who may act on it; refuses if there is nobody. */
async function activateStep(tx: Tx, inst: Pick<ApprovalInstanceTable, 'id' | 'agency_id' | 'unit_id' | 'submitter_id'>, steps: ChainStep[], index: number, round: number, now: string): Promise<void> {
  const step = steps[index]!;
  const agencyId = await stepAgencyId(tx, inst, step);
  let unitIds: string[] | undefined;
  let unitPath: string | undefined;
  if (step.unitMode === 'submitterUnit' && inst.unit_id) {
    // The submitter's unit and every unit above it (监察一科 → 市安监支队).
    const path = await repo.findUnitPath(tx, inst.unit_id);
    unitIds = path ? path.split('/').filter(Boolean) : [inst.unit_id];
  }
  if (step.unitMode === 'unit' && step.unitId) unitPath = (await repo.findUnitPath(tx, step.unitId)) ?? '/-/';
  const users = await repo.findEligibleUsers(tx, { agencyId, roleCode: step.roleCode, unitIds, unitPath, excludeUserIds: [inst.submitter_id] });
  if (!users.length) {
    const where = step.unitMode === 'unit' ? `，科室：${step.unitName ?? '指定科室'}` : step.unitMode === 'submitterUnit' ? '，限提交人所在科室' : '';
    throw conflict(`第 ${index + 1} 步“${step.name}”没有可以审批的人员（角色：${step.roleName}${where}），请联系审批流程管理员`);
  }
  await repo.insertTasks(
    tx,
    users.map((u) => ({ id: newId(), instance_id: inst.id, step_index: index, round, assignee_id: u.id, status: 'open' as const, delegated_from: null, created_at: now, acted_at: null, remind_at: later(now, step.remindAfterHours), reminder_count: 0 })),
  );
}

/** The role the actor acted in: the step's role when they hold it, else all their roles. */
function actingRole(actor: Actor, step: ChainStep | undefined): string {
  const held = step ? actor.roles.find((r) => r.code === step.roleCode) : undefined;
  return held?.name ?? roleLabel(actor);
}

async function recordAction(tx: Tx, instanceId: string, actor: Actor, entry: Omit<ApprovalActionTable, 'id' | 'instance_id' | 'seq' | 'actor_id' | 'actor_name' | 'actor_role'> & { actorRole: string }): Promise<void> {
  const { actorRole, ...rest } = entry;
  await repo.insertAction(tx, { id: newId(), instance_id: instanceId, seq: await repo.nextActionSeq(tx, instanceId), actor_id: actor.id, actor_name: actor.displayName, actor_role: actorRole, ...rest });
}

/**
 * Whether `agencyId` has an active chain for `objectType`, i.e. whether a submit would find one.
 * For owning modules that approve only where a chain is configured (e.g. served documents).
 */
export async function hasActiveChain(q: Tx | Ctx['db'], agencyId: string, objectType: string): Promise<boolean> {
  return Boolean(await chainRepo.findActiveChainFor(q, agencyId, objectType));
}

export interface StartApprovalInput {
  objectType: string;
  objectId: string;
  /** Shown in the inboxes, e.g. "关于某公司涉嫌未按规定培训的立案审批". */
  title: string;
  summary?: string | null;
}

/**
 * Submits an object for approval inside the owning module's transaction: finds the active chain
 * of the submitter's agency for the object type, freezes it onto the instance, creates the first
 * step's tasks, and writes the history and the audit row. The submitter is `ctx.actor`.
 */
export async function startApproval(tx: Tx, ctx: Ctx, input: StartApprovalInput): Promise<{ id: string }> {
  const actor = userActor(ctx);
  if (actor.kind !== 'user') throw forbidden('接口令牌不能发起审批');
  if (!approvalObjectType(input.objectType)) throw invalidField('body.objectType', `审批事项类型：“${input.objectType}”未注册，不能提交审批`);
  const label = objectTypeLabel(input.objectType);
  if (await repo.findOpenInstanceFor(tx, input.objectType, input.objectId)) throw conflict(`该${label}已在审批中，不能重复提交`);
  const chain = await chainRepo.findActiveChainFor(tx, actor.agencyId, input.objectType);
  if (!chain) throw conflict(`本机关尚未配置“${label}”的审批流程，请联系审批流程管理员`);
  const steps = parseSteps(chain.steps);
  const id = newId();
  const now = ctx.now();
  const row: ApprovalInstanceTable = {
    id, agency_id: actor.agencyId, unit_id: actor.unitId, object_type: input.objectType, object_id: input.objectId, title: input.title, summary: input.summary ?? null,
    submitter_id: actor.id, status: 'pending', current_step: 0, round: 1, decisions_since_submit: 0, chain_id: chain.id, chain_version: chain.version, chain_name: chain.name,
    steps: chain.steps, version: 0, submitted_at: now, updated_at: now, finished_at: null,
  };
  await repo.insertInstance(tx, row);
  await activateStep(tx, row, steps, 0, 1, now);
  await recordAction(tx, id, actor, { action: 'submit', step_index: null, step_name: null, actorRole: roleLabel(actor), opinion: input.summary ?? null, to_step: null, to_user_id: null, to_user_name: null, at: now });
  await ctx.audit(tx, { action: 'approval.instance.submit', objectType: 'approvalInstance', objectId: id, detail: { objectType: input.objectType, objectId: input.objectId, chainId: chain.id, chainVersion: chain.version } });
  return { id };
}

type InstanceRow = repo.InstanceRow;
type TaskRow = repo.TaskRow;

function stateOf(inst: InstanceRow, tasks: TaskRow[]): ApprovalState {
  return {
    status: inst.status,
    currentStep: inst.current_step,
    round: inst.round,
    steps: parseSteps(inst.steps).map((s) => ({ name: s.name, mode: s.mode })),
    submitterId: inst.submitter_id,
    decisionsSinceSubmit: inst.decisions_since_submit,
    tasks: tasks.map((t) => ({ id: t.id, stepIndex: t.step_index, round: t.round, assigneeId: t.assignee_id, status: t.status })),
  };
}

/** An approval the caller takes part in, else 404 (ids of others' approvals do not leak). */
async function participantInstance(ctx: Ctx, id: string): Promise<{ inst: InstanceRow; actor: Actor }> {
  const actor = userActor(ctx);
  const inst = await repo.findInstance(ctx.db, id);
  if (!inst || !(await repo.isParticipant(ctx.db, id, actor.id))) throw notFound('审批');
  return { inst, actor };
}

const actionOf: Record<ApprovalCommand['kind'], ApprovalActionTable['action']> = {
  approve: 'approve',
  return: 'return',
  reject: 'reject',
  withdraw: 'withdraw',
  delegate: 'delegate',
  resubmit: 'resubmit',
};

async function callHook(tx: Tx, ctx: Ctx, inst: InstanceRow, next: Transition, event: ApprovalEvent): Promise<void> {
  if (!next.outcome) return;
  const type = approvalObjectType(inst.object_type);
  if (!type) throw conflict(`审批事项类型“${inst.object_type}”的模块未加载，暂不能办理`);
  const info: ApprovalInstanceInfo = {
    id: inst.id, objectType: inst.object_type, objectId: inst.object_id, title: inst.title, agencyId: inst.agency_id, submitterId: inst.submitter_id,
    status: next.status, chainId: inst.chain_id, chainVersion: inst.chain_version,
  };
  switch (next.outcome) {
    case 'approved':
      return type.onApproved(tx, ctx, info, event);
    case 'rejected':
      return type.onRejected(tx, ctx, info, event);
    case 'returned':
      return type.onReturned?.(tx, ctx, info, event);
    case 'withdrawn':
      return type.onWithdrawn?.(tx, ctx, info, event);
    case 'resubmitted':
      return type.onResubmitted?.(tx, ctx, info, event);
  }
}

function resultNotice(inst: InstanceRow, next: Transition): NotificationInput | null {
  const link = approvalLink(inst.id);
  if (next.outcome === 'approved') return { userId: inst.submitter_id, kind: 'approval.result', title: `“${inst.title}”已批准`, link };
  if (next.outcome === 'rejected') return { userId: inst.submitter_id, kind: 'approval.result', title: `“${inst.title}”未获批准`, link };
  if (next.outcome === 'returned' && next.status === 'returned') return { userId: inst.submitter_id, kind: 'approval.result', title: `“${inst.title}”已退回，请补正后重新提交`, link };
  return null;
}

/**
 * Runs one command on an approval: the state machine decides, then the instance, tasks, history,
 * the owning module's hook, notifications and the audit row change in one transaction.
 */
async function act(ctx: Ctx, id: string, command: ApprovalCommand, opinion: string | null): Promise<ApprovalDetail> {
  const { inst, actor } = await participantInstance(ctx, id);
  const tasks = await repo.tasksOf(ctx.db, id);
  const d = decide(stateOf(inst, tasks), command, actor.id);
  if (!d.ok) throw refusal(d);
  const next = d.next;
  const steps = parseSteps(inst.steps);
  const step = next.stepIndex !== null ? steps[next.stepIndex] : undefined;
  let delegate: { id: string; display_name: string } | undefined;
  if (command.kind === 'delegate') {
    delegate = await repo.isDelegateEligible(ctx.db, await stepAgencyId(ctx.db, inst, step!), command.toUserId);
    if (!delegate) throw invalidField('body.toUserId', '转办给：应为审批机关在岗、有审批权限的人员');
  }
  const now = ctx.now();
  const round = next.activateStep !== null ? inst.round + 1 : inst.round;
  const toStep = command.kind === 'return' ? command.toStep : null;
  await ctx.tx(async (tx) => {
    const fresh = await repo.updateInstanceGuarded(tx, id, inst.version, {
      status: next.status, current_step: next.currentStep, round, decisions_since_submit: next.decisionsSinceSubmit, updated_at: now, finished_at: FINISHED.has(next.status) ? now : null,
    });
    if (!fresh) throw conflict('该审批刚刚已被他人办理，请刷新后重试');
    if (next.closeTask) await repo.closeTask(tx, next.closeTask.id, next.closeTask.status, now);
    if (next.cancelOpenTasks) await repo.cancelOpenTasks(tx, id, now);
    if (next.activateStep !== null) await activateStep(tx, inst, steps, next.activateStep, round, now);
    if (delegate) {
      await repo.insertTasks(tx, [{ id: newId(), instance_id: id, step_index: next.stepIndex!, round: inst.round, assignee_id: delegate.id, status: 'open', delegated_from: actor.id, created_at: now, acted_at: null, remind_at: later(now, step!.remindAfterHours), reminder_count: 0 }]);
    }
    await recordAction(tx, id, actor, {
      action: actionOf[command.kind], step_index: next.stepIndex, step_name: step?.name ?? null, actorRole: actingRole(actor, step), opinion,
      to_step: toStep, to_user_id: delegate?.id ?? null, to_user_name: delegate?.display_name ?? null, at: now,
    });
    await callHook(tx, ctx, inst, next, { action: actionOf[command.kind], actorId: actor.id, opinion, toStep, at: now });
    const notices: NotificationInput[] = [];
    const result = resultNotice(inst, next);
    if (result) notices.push(result);
    if (delegate) notices.push({ userId: delegate.id, kind: 'approval.delegated', title: `${actor.displayName}将“${inst.title}”转办给您审批`, link: approvalLink(id) });
    await notify(tx, now, notices);
    await ctx.audit(tx, {
      action: `approval.instance.${actionOf[command.kind]}`,
      objectType: 'approvalInstance',
      objectId: id,
      detail: { objectType: inst.object_type, objectId: inst.object_id, step: next.stepIndex, status: next.status, ...(command.kind === 'return' ? { toStep } : {}), ...(delegate ? { toUserId: delegate.id } : {}) },
    });
  });
  return getApproval(ctx, id);
}

export const approve = (ctx: Ctx, id: string, opinion: string) => act(ctx, id, { kind: 'approve' }, opinion || '同意');
export const returnApproval = (ctx: Ctx, id: string, toStep: number | null, reason: string) => act(ctx, id, { kind: 'return', toStep }, reason);
export const reject = (ctx: Ctx, id: string, reason: string) => act(ctx, id, { kind: 'reject' }, reason);
export const withdraw = (ctx: Ctx, id: string, reason?: string) => act(ctx, id, { kind: 'withdraw' }, reason || null);
export const delegate = (ctx: Ctx, id: string, toUserId: string, reason: string) => act(ctx, id, { kind: 'delegate', toUserId }, reason);
export const resubmit = (ctx: Ctx, id: string, note?: string) => act(ctx, id, { kind: 'resubmit' }, note || null);

function listItem(r: Pick<repo.InboxRow, Exclude<keyof repo.InboxRow, 'task_since' | 'remind_at' | 'reminder_count'>> & Partial<Pick<repo.InboxRow, 'task_since' | 'remind_at' | 'reminder_count'>>, now: string): ApprovalListItem {
  const steps = parseSteps(r.steps);
  return {
    id: r.id,
    objectType: r.object_type,
    objectTypeLabel: objectTypeLabel(r.object_type),
    objectId: r.object_id,
    title: r.title,
    summary: r.summary,
    status: r.status,
    currentStep: r.current_step,
    currentStepName: r.current_step !== null ? (steps[r.current_step]?.name ?? null) : null,
    agencyId: r.agency_id,
    agencyName: r.agency_name,
    submitterId: r.submitter_id,
    submitterName: r.submitter_name,
    submittedAt: r.submitted_at,
    updatedAt: r.updated_at,
    finishedAt: r.finished_at,
    taskSince: r.task_since ?? null,
    overdue: Boolean(r.task_since && ((r.reminder_count ?? 0) > 0 || (r.remind_at && r.remind_at <= now))),
  };
}

export async function listApprovals(ctx: Ctx, q: { box: repo.Box; page: number; pageSize: number; objectType?: string | undefined; status?: ApprovalStatus | undefined; q?: string | undefined }): Promise<Page<ApprovalListItem>> {
  const actor = userActor(ctx);
  const { rows, total } = await repo.listInbox(ctx.db, actor.id, q.box, q, q.page, q.pageSize);
  const now = ctx.now();
  return { items: rows.map((r) => listItem(r, now)), total, page: q.page, pageSize: q.pageSize };
}

export async function approvalCounts(ctx: Ctx): Promise<ApprovalCounts> {
  return repo.countInbox(ctx.db, userActor(ctx).id);
}

function stepStates(inst: InstanceRow, steps: ChainStep[], tasks: TaskRow[]): ApprovalStepState[] {
  return steps.map((s, index) => {
    const mine = tasks.filter((t) => t.step_index === index);
    const latest = Math.max(0, ...mine.map((t) => t.round));
    const assignees = mine.filter((t) => t.round === latest);
    const state: ApprovalStepState['state'] =
      inst.status === 'pending' && inst.current_step !== null
        ? index < inst.current_step ? 'done' : index === inst.current_step ? 'current' : 'waiting'
        : assignees.some((t) => t.status === 'approved') && (s.mode === 'any' || assignees.every((t) => ['approved', 'delegated'].includes(t.status))) ? 'done' : 'waiting';
    return {
      ...s,
      index,
      state,
      assignees: assignees.map((t) => ({ taskId: t.id, userId: t.assignee_id, name: t.assignee_name, status: t.status, since: t.created_at, actedAt: t.acted_at, delegatedFromName: t.delegated_from_name })),
    };
  });
}

async function objectView(ctx: Ctx, type: NonNullable<ReturnType<typeof approvalObjectType>>, inst: InstanceRow) {
  const view = await type.load(ctx, inst.object_id);
  return view ? { ...view, pdfUrl: type.pdf ? `/api/approvals/${inst.id}/pdf` : null } : null;
}

/** The object under approval as a PDF (inline on the approval page); 404 unless the caller takes part. */
export async function approvalPdf(ctx: Ctx, id: string): Promise<{ bytes: Buffer; filename: string }> {
  const { inst } = await participantInstance(ctx, id);
  const file = await approvalObjectType(inst.object_type)?.pdf?.(ctx, inst.object_id);
  if (!file) throw notFound('审批对象的 PDF');
  return file;
}

/** The approval with its object, steps, history and what the caller may do; 404 unless the caller takes part. */
export async function getApproval(ctx: Ctx, id: string): Promise<ApprovalDetail> {
  const { inst, actor } = await participantInstance(ctx, id);
  const [tasks, actions] = await Promise.all([repo.tasksOf(ctx.db, id), repo.actionsOf(ctx.db, id)]);
  const steps = parseSteps(inst.steps);
  const state = stateOf(inst, tasks);
  const can = (c: ApprovalCommand) => decide(state, c, actor.id).ok;
  const type = approvalObjectType(inst.object_type);
  const history: ApprovalHistoryEntry[] = actions.map((a) => ({
    seq: a.seq, action: a.action, stepIndex: a.step_index, stepName: a.step_name, actorId: a.actor_id, actorName: a.actor_name, actorRole: a.actor_role, opinion: a.opinion,
    toStep: a.to_step, toStepName: a.to_step !== null ? (steps[a.to_step]?.name ?? null) : null, toUserName: a.to_user_name, at: a.at,
  }));
  const canReturn = can({ kind: 'return', toStep: null });
  return {
    ...listItem({ ...inst, task_since: tasks.find((t) => t.assignee_id === actor.id && t.status === 'open')?.created_at ?? null, remind_at: null, reminder_count: 0 }, ctx.now()),
    chain: { id: inst.chain_id, name: inst.chain_name, version: inst.chain_version },
    steps: stepStates(inst, steps, tasks),
    history,
    object: type ? await objectView(ctx, type, inst) : null,
    my: {
      canApprove: can({ kind: 'approve' }),
      canReturn,
      canReject: can({ kind: 'reject' }),
      canDelegate: can({ kind: 'delegate', toUserId: '\u0000' }),
      canWithdraw: can({ kind: 'withdraw' }),
      canResubmit: can({ kind: 'resubmit' }),
      returnTargets: canReturn ? returnTargets(state) : [],
    },
  };
}

/** Who the caller may hand their open task to. */
export async function delegateCandidates(ctx: Ctx, id: string): Promise<ApprovalDelegateCandidate[]> {
  const { inst, actor } = await participantInstance(ctx, id);
  const tasks = await repo.tasksOf(ctx.db, id);
  const d = decide(stateOf(inst, tasks), { kind: 'delegate', toUserId: '\u0000' }, actor.id);
  if (!d.ok) throw refusal(d);
  const step = parseSteps(inst.steps)[inst.current_step!]!;
  const open = tasks.filter((t) => t.round === inst.round && t.status === 'open').map((t) => t.assignee_id);
  const users = await repo.delegateCandidates(ctx.db, await stepAgencyId(ctx.db, inst, step), [inst.submitter_id, actor.id, ...open]);
  return users.map((u) => ({ id: u.id, displayName: u.display_name, unitName: u.unit_name, roleNames: u.role_names }));
}

/**
 * The approvals of one object, newest first, for the owning module's own pages. The caller must
 * have checked that the user may see the object.
 */
export async function approvalsForObject(ctx: Ctx, objectType: string, objectId: string): Promise<ApprovalListItem[]> {
  const now = ctx.now();
  return (await repo.instancesForObject(ctx.db, objectType, objectId)).map((r) => listItem({ ...r, task_since: null, remind_at: null, reminder_count: 0 }, now));
}

/** One approval as its owning module prints it (the cells of a 审批表): its chain's steps and its history. */
export interface ApprovalTrail {
  status: ApprovalStatus;
  steps: { name: string; roleCode: string }[];
  actions: { action: ApprovalActionTable['action']; stepIndex: number | null; actorName: string | null; opinion: string | null; at: string }[];
}

/** The trail of an approval, without any caller check: for the owning module only (e.g. at issuance). */
export async function approvalTrail(q: Tx | Ctx['db'], instanceId: string): Promise<ApprovalTrail | null> {
  const inst = await repo.findInstance(q, instanceId);
  if (!inst) return null;
  const actions = await repo.actionsOf(q, instanceId);
  return {
    status: inst.status,
    steps: parseSteps(inst.steps).map((s) => ({ name: s.name, roleCode: s.roleCode })),
    actions: actions.map((a) => ({ action: a.action, stepIndex: a.step_index, actorName: a.actor_name, opinion: a.opinion, at: a.at })),
  };
}
