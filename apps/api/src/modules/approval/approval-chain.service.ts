import type { ApprovalChain, ApprovalChainCreate, ApprovalChainUpdate } from '@zhifa/shared/contract/approval';
import type { Ctx } from '../../platform/http/context';
import { conflict, invalidField, invalidFields, notFound } from '../../platform/http/errors';
import { newId } from '../../platform/ids';
import { checkChainSteps, type ChainStep, type ChainStepInput } from './approval-chain-rules';
import * as repo from './approval-chain.repository';
import { isKnownObjectType, objectTypeLabel } from './approval-object-types';

type StepsIn = ApprovalChainCreate['steps'];

const toChain = (r: repo.ChainRow): ApprovalChain => ({
  id: r.id,
  agencyId: r.agency_id,
  agencyName: r.agency_name,
  objectType: r.object_type,
  objectTypeLabel: objectTypeLabel(r.object_type),
  name: r.name,
  version: r.version,
  status: r.status,
  steps: JSON.parse(r.steps) as ChainStep[],
  updatedAt: r.updated_at,
});

export async function listChains(ctx: Ctx, f: { agencyId?: string | undefined; objectType?: string | undefined }): Promise<ApprovalChain[]> {
  return (await repo.listChains(ctx.db, ctx.scope, f)).map(toChain);
}

export async function getChain(ctx: Ctx, id: string): Promise<ApprovalChain> {
  const row = await repo.findChain(ctx.db, ctx.scope, id);
  if (!row) throw notFound('审批流程');
  return toChain(row);
}

/** Validates the steps against roles and units of the chain's agency; throws 400 naming each field. */
async function resolveSteps(ctx: Ctx, agency: { id: string; parent_id: string | null }, steps: StepsIn): Promise<ChainStep[]> {
  const input = steps as ChainStepInput[];
  const [roles, units] = await Promise.all([
    repo.rolesByCode(ctx.db, [...new Set(input.map((s) => s.roleCode))]),
    repo.unitsById(ctx.db, [...new Set(input.flatMap((s) => (s.unitId ? [s.unitId] : [])))]),
  ]);
  const r = checkChainSteps(input, { roles, units, agencyId: agency.id, parentAgencyId: agency.parent_id });
  if ('errors' in r) throw invalidFields(r.errors);
  return r.steps;
}

export async function createChain(ctx: Ctx, input: ApprovalChainCreate): Promise<ApprovalChain> {
  const agency = await repo.findAgencyInScope(ctx.db, ctx.scope, input.agencyId);
  if (!agency) throw invalidField('body.agencyId', '所属机关：不存在或不在您的管理范围内');
  if (!isKnownObjectType(input.objectType)) throw invalidField('body.objectType', `审批事项类型：“${input.objectType}”不是已知的审批事项类型`);
  if (await repo.chainExists(ctx.db, agency.id, input.objectType)) throw conflict(`${agency.name}已配置“${objectTypeLabel(input.objectType)}”的审批流程，请修改原流程`);
  const steps = await resolveSteps(ctx, agency, input.steps);
  const id = newId();
  const now = ctx.now();
  await ctx.tx(async (tx) => {
    await repo.insertChain(tx, { id, agency_id: agency.id, object_type: input.objectType, name: input.name, version: 1, steps: JSON.stringify(steps), status: input.status ?? 'active', created_at: now, updated_at: now, updated_by: ctx.actor?.id ?? null });
    await ctx.audit(tx, { action: 'approval.chain.create', objectType: 'approvalChain', objectId: id, detail: { agencyId: agency.id, objectType: input.objectType, steps: steps.map(auditStep) } });
  });
  return getChain(ctx, id);
}

/** Saves a new version of the chain; running instances keep the version they started with. */
export async function updateChain(ctx: Ctx, id: string, input: ApprovalChainUpdate): Promise<ApprovalChain> {
  const row = await repo.findChain(ctx.db, ctx.scope, id);
  if (!row) throw notFound('审批流程');
  const agency = await repo.findAgencyInScope(ctx.db, { all: true }, row.agency_id);
  const steps = await resolveSteps(ctx, agency!, input.steps);
  const now = ctx.now();
  await ctx.tx(async (tx) => {
    await repo.updateChain(tx, id, { name: input.name, status: input.status, steps: JSON.stringify(steps), version: row.version + 1, updated_at: now, updated_by: ctx.actor?.id ?? null });
    await ctx.audit(tx, {
      action: 'approval.chain.update',
      objectType: 'approvalChain',
      objectId: id,
      detail: { version: row.version + 1, status: input.status, before: (JSON.parse(row.steps) as ChainStep[]).map(auditStep), after: steps.map(auditStep) },
    });
  });
  return getChain(ctx, id);
}

const auditStep = (s: ChainStep) => ({ name: s.name, role: s.roleCode, agency: s.agency, unitMode: s.unitMode, unitId: s.unitId, mode: s.mode, remindAfterHours: s.remindAfterHours });
