import type { PlanBody, PlanFilingBody } from '@zhifa/shared/contract/planning';
import { sectorLabel, type Sector } from '@zhifa/shared/rules/industry';
import ExcelJS from 'exceljs';
import type { z } from 'zod';
import type { AnnualPlanTable, PlanItemTable } from '../../platform/db/schema';
import type { Tx } from '../../platform/db/tx';
import type { Ctx } from '../../platform/http/context';
import { conflict, forbidden, invalidField, notFound } from '../../platform/http/errors';
import { newId } from '../../platform/ids';
import type { ApprovalObjectType } from '../approval/approval-object-types';
import { isUniqueViolation, startApproval } from '../approval/approval.service';
import { deriveMonthly, plannedInspections } from './plan-rules';
import * as repo from './plan.repository';

type PlanInput = z.output<typeof PlanBody>;
export const PLAN_OBJECT = 'plan';
export const planStatusLabel: Record<AnnualPlanTable['status'], string> = { draft: '草稿', pending: '审批中', returned: '退回补正', approved: '已批准', rejected: '不予批准' };

function userActor(ctx: Ctx) {
  if (!ctx.actor || ctx.actor.kind !== 'user') throw forbidden('接口令牌不能编制计划');
  return ctx.actor;
}

async function checkInput(ctx: Ctx, agencyId: string, b: PlanInput): Promise<void> {
  const ids = b.keyEnterprises.map((k) => k.enterpriseId);
  if (new Set(ids).size !== ids.length) throw invalidField('body.keyEnterprises', '重点检查企业名单：同一企业不能列两次');
  const found = await repo.enterprisesInScope(ctx.db, ctx.scope, ids);
  ids.forEach((id, i) => {
    if (!found.has(id)) throw invalidField(`body.keyEnterprises.${i}.enterpriseId`, '重点检查企业：不存在或不在您的数据范围内');
  });
  for (const [i, it] of b.items.entries()) {
    if (it.unitId && !(await repo.unitInAgency(ctx.db, it.unitId, agencyId))) throw invalidField(`body.items.${i}.unitId`, '承办科室：应为本机关的内设机构');
    if (it.campaignId && !(await repo.campaignExists(ctx.db, it.campaignId))) throw invalidField(`body.items.${i}.campaignId`, '专项行动：不存在');
  }
}

const itemRows = (planId: string, b: PlanInput): PlanItemTable[] =>
  b.items.map((it, i) => ({
    id: newId(), plan_id: planId, sort_order: i, name: it.name, campaign_id: it.campaignId, basis: it.basis, content: it.content, method: it.method, sector: it.sector, key_count: it.keyCount, random_count: it.randomCount,
    frequency: it.frequency, frequency_cap: it.frequencyCap, months: JSON.stringify([...it.months].sort((x, y) => x - y)), unit_id: it.unitId, joint_departments: it.jointDepartments, note: it.note,
  }));

export async function getPlan(ctx: Ctx, id: string) {
  const p = await repo.findPlan(ctx.db, ctx.scope, id);
  if (!p) throw notFound('年度计划');
  return toDetail(ctx, p);
}

async function toDetail(ctx: Ctx, p: NonNullable<Awaited<ReturnType<typeof repo.findPlanById>>>) {
  const items = await repo.itemsOf(ctx.db, p.id);
  const keys = await repo.keyEnterprisesOf(ctx.db, p.id);
  const monthly = await repo.monthlyOf(ctx.db, p.id);
  return {
    id: p.id, agencyId: p.agency_id, agencyName: p.agency_name, unitId: p.unit_id, year: p.year, title: p.title, randomRatio: p.random_ratio, randomPoolSize: p.random_pool_size, note: p.note,
    status: p.status, statusLabel: planStatusLabel[p.status], approvalId: p.approval_id, approvedAt: p.approved_at,
    filing: p.filed_on ? { filedWithAgencyId: p.filed_with_agency_id, filedWithAgencyName: p.filed_with_agency_name, filedOn: p.filed_on, filingReference: p.filing_reference } : null,
    items: items.map((i) => ({ id: i.id, name: i.name, campaignId: i.campaign_id, basis: i.basis, content: i.content, method: i.method, sector: i.sector, keyCount: i.key_count, randomCount: i.random_count, frequency: i.frequency, frequencyCap: i.frequency_cap, months: JSON.parse(i.months) as number[], unitId: i.unit_id, unitName: i.unit_name, jointDepartments: i.joint_departments, note: i.note, planned: plannedInspections({ keyCount: i.key_count, randomCount: i.random_count, frequency: i.frequency }) })),
    keyEnterprises: keys.map((k) => ({ enterpriseId: k.enterprise_id, name: k.name, sector: k.sector, reason: k.reason })),
    monthly: monthly.map((m) => ({ itemId: m.item_id, month: m.month, unitId: m.unit_id, unitName: m.unit_name, sector: m.sector, planned: m.planned_count })),
    createdAt: p.created_at, updatedAt: p.updated_at,
  };
}

export async function listPlans(ctx: Ctx, q: { page: number; pageSize: number; year?: number | undefined; q?: string | undefined }) {
  const { rows, total } = await repo.listPlans(ctx.db, ctx.scope, q, q.page, q.pageSize);
  return { items: rows.map((p) => ({ id: p.id, year: p.year, title: p.title, agencyName: p.agency_name, status: p.status, statusLabel: planStatusLabel[p.status], filedOn: p.filed_on, updatedAt: p.updated_at })), total, page: q.page, pageSize: q.pageSize };
}

export async function createPlan(ctx: Ctx, b: PlanInput) {
  const actor = userActor(ctx);
  await checkInput(ctx, actor.agencyId, b);
  const id = newId();
  const now = ctx.now();
  await ctx.tx(async (tx) => {
    await repo.insertPlan(tx, { id, agency_id: actor.agencyId, unit_id: actor.unitId, owner_id: actor.id, year: b.year, title: b.title, random_ratio: b.randomRatio, random_pool_size: b.randomPoolSize, note: b.note, status: 'draft', approval_id: null, approved_at: null, filed_with_agency_id: null, filed_on: null, filing_reference: null, created_at: now, updated_at: now });
    await repo.replaceContent(tx, id, itemRows(id, b), b.keyEnterprises.map((k) => ({ plan_id: id, enterprise_id: k.enterpriseId, reason: k.reason })));
    await ctx.audit(tx, { action: 'planning.plan.create', objectType: 'plan', objectId: id, detail: { year: b.year, items: b.items.length, keyEnterprises: b.keyEnterprises.length } });
  });
  return getPlan({ ...ctx, scope: { all: true } }, id);
}

export async function updatePlan(ctx: Ctx, id: string, b: PlanInput) {
  const p = await repo.findPlan(ctx.db, ctx.scope, id);
  if (!p) throw notFound('年度计划');
  if (p.status !== 'draft' && p.status !== 'returned') throw conflict(`年度计划${planStatusLabel[p.status]}，不能修改`);
  await checkInput(ctx, p.agency_id, b);
  await ctx.tx(async (tx) => {
    await repo.updatePlan(tx, id, { year: b.year, title: b.title, random_ratio: b.randomRatio, random_pool_size: b.randomPoolSize, note: b.note, updated_at: ctx.now() });
    await repo.replaceContent(tx, id, itemRows(id, b), b.keyEnterprises.map((k) => ({ plan_id: id, enterprise_id: k.enterpriseId, reason: k.reason })));
    await ctx.audit(tx, { action: 'planning.plan.update', objectType: 'plan', objectId: id, detail: { items: b.items.length, keyEnterprises: b.keyEnterprises.length } });
  });
  return getPlan(ctx, id);
}

export async function submitPlan(ctx: Ctx, id: string) {
  userActor(ctx);
  const p = await repo.findPlan(ctx.db, ctx.scope, id);
  if (!p) throw notFound('年度计划');
  if (p.status === 'returned') throw conflict('该计划已退回补正，请在审批详情中“重新提交”');
  if (p.status !== 'draft') throw conflict(`年度计划${planStatusLabel[p.status]}，不能提交`);
  try {
    await ctx.tx(async (tx) => {
      const { id: approvalId } = await startApproval(tx, ctx, { objectType: PLAN_OBJECT, objectId: id, title: `${p.year}年度监督检查计划：${p.title}`, summary: p.note });
      await repo.updatePlan(tx, id, { status: 'pending', approval_id: approvalId, updated_at: ctx.now() });
      await ctx.audit(tx, { action: 'planning.plan.submit', objectType: 'plan', objectId: id, detail: { approvalId } });
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict('该计划已在审批中，不能重复提交');
    throw e;
  }
  return getPlan(ctx, id);
}

/** Records the filing (备案) of an approved plan with an agency above the planning agency. */
export async function filePlan(ctx: Ctx, id: string, b: z.output<typeof PlanFilingBody>) {
  const p = await repo.findPlan(ctx.db, ctx.scope, id);
  if (!p) throw notFound('年度计划');
  if (p.status !== 'approved') throw conflict('年度计划批准后才能备案');
  const above = await repo.agencyById(ctx.db, b.filedWithAgencyId);
  if (!above || above.id === p.agency_id || !p.agency_path.startsWith(above.path)) throw invalidField('body.filedWithAgencyId', '备案机关：应为本机关的上级机关');
  await ctx.tx(async (tx) => {
    await repo.updatePlan(tx, id, { filed_with_agency_id: above.id, filed_on: b.filedOn, filing_reference: b.filingReference, updated_at: ctx.now() });
    await ctx.audit(tx, { action: 'planning.plan.file', objectType: 'plan', objectId: id, detail: { filedWithAgencyId: above.id, filedOn: b.filedOn, filingReference: b.filingReference } });
  });
  return getPlan(ctx, id);
}

async function deriveMonthlyRows(tx: Tx, planId: string): Promise<number> {
  const items = await repo.itemsOf(tx, planId);
  const rows = deriveMonthly(items.map((i) => ({ id: i.id, keyCount: i.key_count, randomCount: i.random_count, frequency: i.frequency, months: JSON.parse(i.months) as number[], unitId: i.unit_id, sector: i.sector })));
  await repo.replaceMonthly(tx, planId, rows.map((r) => ({ id: newId(), plan_id: planId, item_id: r.itemId, month: r.month, unit_id: r.unitId, sector: r.sector, planned_count: r.planned })));
  return rows.length;
}

const setStatus = (status: AnnualPlanTable['status']) => async (tx: Tx, ctx: Ctx, instance: { objectId: string }) => {
  await repo.updatePlan(tx, instance.objectId, { status, updated_at: ctx.now() });
};

export const planObjectType: ApprovalObjectType = {
  type: PLAN_OBJECT,
  label: '执法计划',
  async load(ctx, objectId) {
    const p = await repo.findPlanById(ctx.db, objectId);
    if (!p) return null;
    const items = await repo.itemsOf(ctx.db, objectId);
    const keys = await repo.keyEnterprisesOf(ctx.db, objectId);
    return {
      title: `${p.year}年度监督检查计划：${p.title}`,
      fields: [
        { label: '编制机关', value: p.agency_name },
        { label: '年度', value: String(p.year) },
        { label: '重点检查企业', value: `${keys.length} 家` },
        { label: '双随机抽查对象库 / 比例', value: `${p.random_pool_size} 家 / ${p.random_ratio}%` },
        { label: '检查事项', value: items.map((i, k) => `${k + 1}. ${i.name}（计划 ${plannedInspections({ keyCount: i.key_count, randomCount: i.random_count, frequency: i.frequency })} 次，月份 ${(JSON.parse(i.months) as number[]).join('、')}）`).join('\n') },
        { label: '状态', value: planStatusLabel[p.status] },
      ],
      links: [{ label: '查看计划', href: `/planning/plans/${p.id}` }],
    };
  },
  async onApproved(tx, ctx, instance) {
    await repo.updatePlan(tx, instance.objectId, { status: 'approved', approved_at: ctx.now(), updated_at: ctx.now() });
    const n = await deriveMonthlyRows(tx, instance.objectId);
    await ctx.audit(tx, { action: 'planning.plan.deriveMonthly', objectType: 'plan', objectId: instance.objectId, detail: { rows: n } });
  },
  onRejected: setStatus('rejected'),
  onReturned: async (tx, ctx, instance, event) => setStatus(event.toStep === null ? 'returned' : 'pending')(tx, ctx, instance),
  onWithdrawn: setStatus('draft'),
  onResubmitted: setStatus('pending'),
};

// ── plan against actual ─────────────────────────────────────────────────────────────────────

export interface ProgressCell {
  planned: number;
  scheduled: number;
  done: number;
}

export async function planProgress(ctx: Ctx, id: string) {
  const plan = await getPlan(ctx, id);
  const tasks = await repo.tasksOfYear(ctx.db, plan.agencyId, plan.year);
  const cell = (): ProgressCell => ({ planned: 0, scheduled: 0, done: 0 });
  const byMonth = Array.from({ length: 12 }, (_, i) => ({ month: i + 1, ...cell() }));
  const units = new Map<string, { unitId: string | null; unitName: string; months: ProgressCell[]; total: ProgressCell }>();
  const sectors = new Map<string, ProgressCell>();
  const unitRow = (unitId: string | null, unitName: string | null) => {
    const key = unitId ?? '-';
    if (!units.has(key)) units.set(key, { unitId, unitName: unitName ?? '（未指定科室）', months: Array.from({ length: 12 }, cell), total: cell() });
    return units.get(key)!;
  };
  const sectorCell = (s: string | null) => {
    const key = s ?? 'other';
    if (!sectors.has(key)) sectors.set(key, cell());
    return sectors.get(key)!;
  };
  for (const m of plan.monthly) {
    byMonth[m.month - 1]!.planned += m.planned;
    const u = unitRow(m.unitId, m.unitName);
    u.months[m.month - 1]!.planned += m.planned;
    u.total.planned += m.planned;
    sectorCell(m.sector).planned += m.planned;
  }
  for (const t of tasks) {
    const month = Number(t.due_from.slice(5, 7));
    const done = t.state === 'done' ? 1 : 0;
    byMonth[month - 1]!.scheduled++;
    byMonth[month - 1]!.done += done;
    const u = unitRow(t.unit_id, t.unit_name);
    u.months[month - 1]!.scheduled++;
    u.months[month - 1]!.done += done;
    u.total.scheduled++;
    u.total.done += done;
    const s = sectorCell(t.sector);
    s.scheduled++;
    s.done += done;
  }
  const total = byMonth.reduce((a, m) => ({ planned: a.planned + m.planned, scheduled: a.scheduled + m.scheduled, done: a.done + m.done }), cell());
  return { planId: plan.id, year: plan.year, title: plan.title, byMonth, byUnit: [...units.values()], bySector: [...sectors.entries()].map(([sector, c]) => ({ sector, sectorLabel: sectorLabel[sector as Sector] ?? sector, ...c })), total };
}

export async function exportProgress(ctx: Ctx, id: string): Promise<{ filename: string; bytes: Buffer }> {
  const p = await planProgress(ctx, id);
  const wb = new ExcelJS.Workbook();
  const months = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);
  const ws1 = wb.addWorksheet('按月份');
  ws1.addRow(['月份', '计划', '已安排', '已完成', '完成率']);
  for (const m of p.byMonth) ws1.addRow([`${m.month}月`, m.planned, m.scheduled, m.done, m.planned ? `${Math.round((m.done / m.planned) * 100)}%` : '—']);
  ws1.addRow(['合计', p.total.planned, p.total.scheduled, p.total.done, p.total.planned ? `${Math.round((p.total.done / p.total.planned) * 100)}%` : '—']);
  const ws2 = wb.addWorksheet('按科室（作战图）');
  ws2.addRow(['承办科室', ...months.flatMap((m) => [`${m}计划`, `${m}完成`]), '全年计划', '全年完成']);
  for (const u of p.byUnit) ws2.addRow([u.unitName, ...u.months.flatMap((c) => [c.planned, c.done]), u.total.planned, u.total.done]);
  const ws3 = wb.addWorksheet('按行业领域');
  ws3.addRow(['行业领域', '计划', '已安排', '已完成']);
  for (const s of p.bySector) ws3.addRow([s.sectorLabel, s.planned, s.scheduled, s.done]);
  for (const ws of [ws1, ws2, ws3]) ws.getRow(1).font = { bold: true };
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  await ctx.tx((tx) => ctx.audit(tx, { action: 'planning.plan.exportProgress', objectType: 'plan', objectId: id, detail: { year: p.year } }));
  return { filename: `${p.year}年度计划执行情况.xlsx`, bytes };
}
