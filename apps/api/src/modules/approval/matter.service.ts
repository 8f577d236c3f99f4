import { approvalMatterStatusLabel, type ApprovalMatter, type ApprovalObjectView } from '@zhifa/shared/contract/approval';
import type { ApprovalMatterTable } from '../../platform/db/schema';
import type { Tx } from '../../platform/db/tx';
import type { Ctx } from '../../platform/http/context';
import { conflict, forbidden, notFound, unauthenticated } from '../../platform/http/errors';
import { newId } from '../../platform/ids';
import type { ApprovalObjectType } from './approval-object-types';
import { isUniqueViolation, startApproval } from './approval.service';
import * as repo from './matter.repository';

/**
 * `generic:matter` — a free-text matter (行政执法有关事项审批表-style: title and content) that runs
 * through the engine like any module's object. It lets the engine be used and tested end to end
 * before the documents module exists, and serves internal needs without a form of their own (Q6).
 */
export const MATTER_TYPE = 'generic:matter';

const toMatter = (r: repo.MatterRow): ApprovalMatter => ({
  id: r.id, title: r.title, content: r.content, status: r.status, agencyId: r.agency_id, unitId: r.unit_id, ownerId: r.owner_id, ownerName: r.owner_name,
  approvalId: r.approval_id ?? null, createdAt: r.created_at, updatedAt: r.updated_at,
});

export async function getMatter(ctx: Ctx, id: string): Promise<ApprovalMatter> {
  const row = await repo.findMatter(ctx.db, ctx.scope, id);
  if (!row) throw notFound('审批事项');
  return toMatter(row);
}

async function submitInTx(tx: Tx, ctx: Ctx, m: { id: string; title: string; content: string }): Promise<void> {
  await startApproval(tx, ctx, { objectType: MATTER_TYPE, objectId: m.id, title: m.title, summary: m.content.length > 80 ? `${m.content.slice(0, 80)}…` : m.content });
  await repo.updateMatter(tx, m.id, { status: 'pending', updated_at: ctx.now() });
}

/** Two submits of one matter raced: the unique index caught the second. */
async function guarded<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict('该事项已在审批中，不能重复提交');
    throw e;
  }
}

export async function createMatter(ctx: Ctx, input: { title: string; content: string; submit: boolean }): Promise<ApprovalMatter> {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  if (actor.kind !== 'user') throw forbidden('接口令牌不能起草审批事项');
  const now = ctx.now();
  const row: ApprovalMatterTable = { id: newId(), agency_id: actor.agencyId, unit_id: actor.unitId, owner_id: actor.id, title: input.title, content: input.content, status: 'draft', created_at: now, updated_at: now };
  await guarded(() =>
    ctx.tx(async (tx) => {
      await repo.insertMatter(tx, row);
      await ctx.audit(tx, { action: 'approval.matter.create', objectType: 'approvalMatter', objectId: row.id, detail: { submit: input.submit } });
      if (input.submit) await submitInTx(tx, ctx, row);
    }),
  );
  return getMatter({ ...ctx, scope: { all: true } }, row.id);
}

async function ownMatter(ctx: Ctx, id: string): Promise<repo.MatterRow> {
  const row = await repo.findMatter(ctx.db, ctx.scope, id);
  if (!row) throw notFound('审批事项');
  if (row.owner_id !== ctx.actor?.id) throw forbidden('只有事项的起草人可以修改或提交');
  return row;
}

/** Editable while a draft or returned for completion (补正). */
export async function updateMatter(ctx: Ctx, id: string, patch: { title?: string | undefined; content?: string | undefined }): Promise<ApprovalMatter> {
  const row = await ownMatter(ctx, id);
  if (row.status !== 'draft' && row.status !== 'returned') throw conflict(`事项${approvalMatterStatusLabel[row.status]}，不能修改`);
  const changes = { ...(patch.title !== undefined ? { title: patch.title } : {}), ...(patch.content !== undefined ? { content: patch.content } : {}) };
  await ctx.tx(async (tx) => {
    await repo.updateMatter(tx, id, { ...changes, updated_at: ctx.now() });
    await ctx.audit(tx, { action: 'approval.matter.update', objectType: 'approvalMatter', objectId: id, detail: { fields: Object.keys(changes) } });
  });
  return getMatter(ctx, id);
}

/** Submits a draft; a returned matter is resubmitted on its approval instead. */
export async function submitMatter(ctx: Ctx, id: string): Promise<ApprovalMatter> {
  const row = await ownMatter(ctx, id);
  if (row.status === 'returned') throw conflict('该事项已退回补正，请在审批详情中“重新提交”');
  if (row.status !== 'draft') throw conflict(`事项${approvalMatterStatusLabel[row.status]}，不能再次提交`);
  await guarded(() => ctx.tx((tx) => submitInTx(tx, ctx, row)));
  return getMatter(ctx, id);
}

const setStatus = (status: ApprovalMatterTable['status']) => async (tx: Tx, ctx: Ctx, instance: { objectId: string }) => {
  await repo.updateMatter(tx, instance.objectId, { status, updated_at: ctx.now() });
};

export const matterObjectType: ApprovalObjectType = {
  type: MATTER_TYPE,
  label: '通用事项审批',
  async load(ctx, objectId): Promise<ApprovalObjectView | null> {
    const m = await repo.findMatterForApproval(ctx.db, objectId);
    if (!m) return null;
    return {
      title: m.title,
      fields: [
        { label: '事项名称', value: m.title },
        { label: '事项内容', value: m.content },
        { label: '起草人', value: m.owner_name },
        { label: '所属机关 / 科室', value: m.unit_name ? `${m.agency_name} · ${m.unit_name}` : m.agency_name },
        { label: '事项状态', value: approvalMatterStatusLabel[m.status] },
      ],
      links: [],
    };
  },
  onApproved: setStatus('approved'),
  onRejected: setStatus('rejected'),
  // Back to the submitter: editable for completion; back to an earlier step: still under approval.
  onReturned: async (tx, ctx, instance, event) => setStatus(event.toStep === null ? 'returned' : 'pending')(tx, ctx, instance),
  onWithdrawn: setStatus('draft'),
  onResubmitted: setStatus('pending'),
};
