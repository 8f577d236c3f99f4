/**
 * 现场检查方案: objects (enterprises, each with its officers), items, dates; approval through the engine;
 * an approved scheme creates the inspection tasks (我的任务) and, on request, its 现场检查方案 documents.
 */
import { Permission } from '@zhifa/shared';
import type { SchemeBody } from '@zhifa/shared/contract/planning';
import type { z } from 'zod';
import type { InspectionSchemeTable } from '../../platform/db/schema';
import type { Tx } from '../../platform/db/tx';
import type { Ctx } from '../../platform/http/context';
import { scopeFor } from '../../platform/auth/scope';
import { conflict, forbidden, invalidField, notFound } from '../../platform/http/errors';
import { newId } from '../../platform/ids';
import type { ApprovalObjectType } from '../approval/approval-object-types';
import { isUniqueViolation, startApproval } from '../approval/approval.service';
import { createDocument } from '../document/document.service';
import { maySignFieldDocument } from '../registry/officer.service';
import { todayOf } from './classification.service';
import * as planRepo from './plan.repository';
import * as repo from './scheme.repository';
import { checkScheduling, createTasks } from './task.service';

type Input = z.output<typeof SchemeBody>;
export const SCHEME_OBJECT = 'inspectionScheme';
export const schemeStatusLabel: Record<InspectionSchemeTable['status'], string> = { draft: '草稿', pending: '审批中', returned: '退回补正', approved: '已批准', rejected: '不予批准' };

interface SchemeObject {
  enterpriseId: string;
  officerIds: string[];
}

function userActor(ctx: Ctx) {
  if (!ctx.actor || ctx.actor.kind !== 'user') throw forbidden('接口令牌不能编制检查方案');
  return ctx.actor;
}

async function checkInput(ctx: Ctx, agencyId: string, b: Input): Promise<void> {
  const actor = userActor(ctx);
  const ents = await planRepo.enterprisesInScope(ctx.db, scopeFor(actor, Permission.EnterpriseRead), b.objects.map((o) => o.enterpriseId));
  const seen = new Set<string>();
  for (const [i, o] of b.objects.entries()) {
    if (seen.has(o.enterpriseId)) throw invalidField(`body.objects.${i}.enterpriseId`, '检查对象：同一企业不能列两次');
    seen.add(o.enterpriseId);
    if (!ents.has(o.enterpriseId)) throw invalidField(`body.objects.${i}.enterpriseId`, '检查对象：不存在或不在您的数据范围内');
    if (new Set(o.officerIds).size !== o.officerIds.length) throw invalidField(`body.objects.${i}.officerIds`, '执法人员：同一人不能选两次');
    const officers = await repo.officersByIds(ctx.db, o.officerIds);
    for (const [k, oid] of o.officerIds.entries()) {
      const off = officers.find((x) => x.id === oid);
      if (!off || off.agency_id !== agencyId) throw invalidField(`body.objects.${i}.officerIds.${k}`, '执法人员：应为本机关执法人员库中的人员');
      const el = await maySignFieldDocument(ctx.db, oid, o.enterpriseId, b.startOn);
      if (!el.ok) throw invalidField(`body.objects.${i}.officerIds.${k}`, `执法人员：${el.reasons.join('；')}`);
    }
  }
}

async function toDetail(ctx: Ctx, s: NonNullable<Awaited<ReturnType<typeof repo.findSchemeById>>>, warnings: string[] = []) {
  const objects = JSON.parse(s.objects) as SchemeObject[];
  const ents = await planRepo.enterprisesInScope(ctx.db, { all: true }, objects.map((o) => o.enterpriseId));
  const officers = await repo.officersByIds(ctx.db, [...new Set(objects.flatMap((o) => o.officerIds))]);
  return {
    id: s.id, agencyName: s.agency_name, title: s.title, planId: s.plan_id, planItemId: s.plan_item_id, inspectionKind: s.inspection_kind, basis: s.basis, items: JSON.parse(s.items) as { content: string; method: string | null }[],
    objects: objects.map((o) => ({ enterpriseId: o.enterpriseId, enterpriseName: ents.get(o.enterpriseId)?.name ?? '', officerIds: o.officerIds, officerNames: o.officerIds.map((id) => officers.find((x) => x.id === id)?.name ?? '') })),
    startOn: s.start_on, endOn: s.end_on, status: s.status, statusLabel: schemeStatusLabel[s.status], approvalId: s.approval_id, documentIds: JSON.parse(s.document_ids) as string[], warnings, createdAt: s.created_at,
  };
}

export async function getScheme(ctx: Ctx, id: string, warnings: string[] = []) {
  const s = await repo.findScheme(ctx.db, ctx.scope, id);
  if (!s) throw notFound('现场检查方案');
  return toDetail(ctx, s, warnings);
}

export async function listSchemes(ctx: Ctx, q: { page: number; pageSize: number }) {
  const { rows, total } = await repo.listSchemes(ctx.db, ctx.scope, q.page, q.pageSize);
  return { items: rows.map((s) => ({ id: s.id, title: s.title, status: s.status, statusLabel: schemeStatusLabel[s.status], startOn: s.start_on, endOn: s.end_on, objectCount: (JSON.parse(s.objects) as unknown[]).length, createdAt: s.created_at })), total, page: q.page, pageSize: q.pageSize };
}

export async function createScheme(ctx: Ctx, b: Input) {
  const actor = userActor(ctx);
  await checkInput(ctx, actor.agencyId, b);
  if (b.planId && !(await planRepo.findPlan(ctx.db, scopeFor(actor, Permission.PlanRead), b.planId))) throw invalidField('body.planId', '年度计划：不存在或不在您的数据范围内');
  const id = newId();
  const now = ctx.now();
  await ctx.tx(async (tx) => {
    await repo.insertScheme(tx, {
      id, agency_id: actor.agencyId, unit_id: actor.unitId, owner_id: actor.id, plan_id: b.planId, plan_item_id: b.planItemId, title: b.title, inspection_kind: b.inspectionKind, basis: b.basis, items: JSON.stringify(b.items),
      objects: JSON.stringify(b.objects), start_on: b.startOn, end_on: b.endOn, status: 'draft', approval_id: null, document_ids: '[]', created_at: now, updated_at: now,
    });
    await ctx.audit(tx, { action: 'planning.scheme.create', objectType: 'inspectionScheme', objectId: id, detail: { objects: b.objects.length, startOn: b.startOn } });
  });
  return getScheme({ ...ctx, scope: { all: true } }, id);
}

/** Submits for approval after the frequency / duplication check (warnings returned, or 409 when blocking). */
export async function submitScheme(ctx: Ctx, id: string) {
  const actor = userActor(ctx);
  const s = await repo.findScheme(ctx.db, ctx.scope, id);
  if (!s) throw notFound('现场检查方案');
  if (s.status !== 'draft') throw conflict(`现场检查方案${schemeStatusLabel[s.status]}，不能提交`);
  const objects = JSON.parse(s.objects) as SchemeObject[];
  const ents = await planRepo.enterprisesInScope(ctx.db, { all: true }, objects.map((o) => o.enterpriseId));
  const warnings = await checkScheduling(ctx.db, { id: s.agency_id, path: actor.agencyPath }, objects.map((o) => ({ enterpriseId: o.enterpriseId, enterpriseName: ents.get(o.enterpriseId)?.name ?? '' })), s.start_on, todayOf(ctx));
  try {
    await ctx.tx(async (tx) => {
      const { id: approvalId } = await startApproval(tx, ctx, { objectType: SCHEME_OBJECT, objectId: id, title: `现场检查方案：${s.title}`, summary: warnings.length ? `频次提示：${warnings.join('；')}` : null });
      await repo.updateScheme(tx, id, { status: 'pending', approval_id: approvalId, updated_at: ctx.now() });
      await ctx.audit(tx, { action: 'planning.scheme.submit', objectType: 'inspectionScheme', objectId: id, detail: { approvalId, warnings } });
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict('该方案已在审批中，不能重复提交');
    throw e;
  }
  return getScheme(ctx, id, warnings);
}

/** Drafts one 现场检查方案 document per object through the document engine (approved schemes only). */
export async function generateDocuments(ctx: Ctx, id: string) {
  const s = await repo.findScheme(ctx.db, ctx.scope, id);
  if (!s) throw notFound('现场检查方案');
  if (s.status !== 'approved') throw conflict('现场检查方案批准后才能生成文书');
  if ((JSON.parse(s.document_ids) as string[]).length) throw conflict('该方案的文书已生成');
  const objects = JSON.parse(s.objects) as SchemeObject[];
  const items = JSON.parse(s.items) as { content: string; method: string | null }[];
  const ids: string[] = [];
  for (const o of objects) {
    const doc = await createDocument(ctx, {
      typeCode: 'inspection-scheme', enterpriseId: o.enterpriseId, officerIds: o.officerIds.slice(0, 2), paymentAccountIds: [], useUnitSeries: false,
      fields: { inspectionKind: s.inspection_kind, plannedStart: `${s.start_on}T09:00`, plannedEnd: `${s.end_on}T17:00`, basis: s.basis, items: items.map((i) => (i.method ? { content: i.content, method: i.method } : { content: i.content })) },
    });
    ids.push(doc.id);
  }
  await ctx.tx(async (tx) => {
    await repo.updateScheme(tx, id, { document_ids: JSON.stringify(ids), updated_at: ctx.now() });
    await ctx.audit(tx, { action: 'planning.scheme.generateDocuments', objectType: 'inspectionScheme', objectId: id, detail: { documentIds: ids } });
  });
  return getScheme(ctx, id);
}

const setStatus = (status: InspectionSchemeTable['status']) => async (tx: Tx, ctx: Ctx, instance: { objectId: string }) => {
  await repo.updateScheme(tx, instance.objectId, { status, updated_at: ctx.now() });
};

export const schemeObjectType: ApprovalObjectType = {
  type: SCHEME_OBJECT,
  label: '执法检查·现场检查方案',
  async load(ctx, objectId) {
    const s = await repo.findSchemeById(ctx.db, objectId);
    if (!s) return null;
    const d = await toDetail(ctx, s);
    return {
      title: `现场检查方案：${s.title}`,
      fields: [
        { label: '检查类别', value: d.inspectionKind },
        { label: '检查时间', value: `${d.startOn} 至 ${d.endOn}` },
        { label: '检查依据', value: d.basis },
        { label: '检查事项', value: d.items.map((i, k) => `${k + 1}. ${i.content}`).join('\n') },
        { label: '检查对象与人员', value: d.objects.map((o) => `${o.enterpriseName}：${o.officerNames.join('、')}`).join('\n') },
      ],
      links: [{ label: '查看方案', href: `/planning/schemes/${s.id}` }],
    };
  },
  async onApproved(tx, ctx, instance) {
    const s = await repo.findSchemeById(tx, instance.objectId);
    if (!s) return;
    const objects = JSON.parse(s.objects) as SchemeObject[];
    const ents = await planRepo.enterprisesInScope(tx, { all: true }, objects.map((o) => o.enterpriseId));
    await repo.updateScheme(tx, s.id, { status: 'approved', updated_at: ctx.now() });
    const taskIds = await createTasks(tx, ctx, { agencyId: s.agency_id, unitId: s.unit_id, sourceKind: 'scheme', sourceId: s.id, planId: s.plan_id, dueFrom: s.start_on, dueTo: s.end_on }, objects.map((o) => ({ enterpriseId: o.enterpriseId, officerIds: o.officerIds, title: `${s.title}：${ents.get(o.enterpriseId)?.name ?? ''}` })));
    await ctx.audit(tx, { action: 'planning.scheme.createTasks', objectType: 'inspectionScheme', objectId: s.id, detail: { tasks: taskIds.length } });
  },
  onRejected: setStatus('rejected'),
  onReturned: async (tx, ctx, instance, event) => setStatus(event.toStep === null ? 'returned' : 'pending')(tx, ctx, instance),
  onWithdrawn: setStatus('draft'),
  onResubmitted: setStatus('pending'),
};
