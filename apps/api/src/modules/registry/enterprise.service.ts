import type { Page } from '@zhifa/shared';
import type { Enterprise, EnterpriseAgencyChoices, EnterpriseChange, EnterpriseCreate, EnterpriseListFilter, EnterprisePatch, EnterpriseSummary, Progress, ProgressGroup } from '@zhifa/shared/contract/registry';
import { enterpriseScaleLabel, enterpriseStatusLabel, licenceTypeLabel, majorHazardSourceLevelLabel, riskFlagLabel, standardizationLevelLabel } from '@zhifa/shared/rules/enterprise-codes';
import { industryCodes, sectorLabel, type Sector } from '@zhifa/shared/rules/industry';
import type { EnterpriseChangeTable } from '../../platform/db/schema';
import type { Ctx } from '../../platform/http/context';
import { conflict, invalidField, notFound } from '../../platform/http/errors';
import { newId } from '../../platform/ids';
import { applyPatch, blankEnterprise, diffEnterprise, evaluate, type EnterpriseData, type FieldChange } from './enterprise-rules';
import { enterpriseColumns, enterpriseRow } from './enterprise-sheet';
import * as repo from './enterprise.repository';
import { isUniqueViolation } from './unique-violation';
import { agencyContext, locatedChoiceList, placementProblems, type AgencyContext } from './registry-agencies';
import { writeWorkbook, type CodeList } from './workbook';
import { upsertSearchDocument } from '../search/search.service';
import { enterpriseSearchDocument } from './enterprise-search';

/** An export holds at most this many enterprises (more: narrow the filter). */
export const MAX_EXPORT = 50_000;

export async function listEnterprises(ctx: Ctx, q: EnterpriseListFilter & { page: number; pageSize: number; sort: 'name' | 'completeness' | 'updatedAt' }): Promise<Page<EnterpriseSummary>> {
  const { rows, total } = await repo.listEnterprises(ctx.db, ctx.scope, q, q.page, q.pageSize, q.sort);
  return { items: rows.map(repo.toSummary), total, page: q.page, pageSize: q.pageSize };
}

/** What the enterprise form offers as 属地 and 监管机关: the same sets the validation accepts. */
export async function agencyChoices(ctx: Ctx): Promise<EnterpriseAgencyChoices> {
  const ac = await agencyContext(ctx);
  const pick = (a: { id: string; parentId: string | null; name: string }) => ({ id: a.id, parentId: a.parentId, name: a.name });
  return {
    located: locatedChoiceList(ac).map(pick),
    supervising: [...ac.byId.values()].filter((a) => a.status === 'active' && ac.inScope.has(a.id)).map(pick),
  };
}

export async function getEnterprise(ctx: Ctx, id: string): Promise<Enterprise> {
  const row = await repo.findEnterprise(ctx.db, ctx.scope, id);
  if (!row) throw notFound('企业');
  const licences = await repo.licencesOf(ctx.db, [id]);
  return repo.toEnterprise(row, licences.get(id) ?? []);
}

export async function enterpriseHistory(ctx: Ctx, id: string): Promise<EnterpriseChange[]> {
  if (!(await repo.findEnterprise(ctx.db, ctx.scope, id))) throw notFound('企业');
  return repo.listChanges(ctx.db, id);
}

/** History rows for one change of one enterprise (written in the transaction of the change). */
export function changeRows(ctx: Ctx, enterpriseId: string, changes: readonly FieldChange[], source: EnterpriseChangeTable['source'], at: string): EnterpriseChangeTable[] {
  const actorName = ctx.auditActor.actorName;
  return changes.map((c) => ({ id: newId(), enterprise_id: enterpriseId, at, actor_id: ctx.actor?.id ?? null, actor_name: actorName, source, field: c.field, label: c.label, old_value: c.oldValue, new_value: c.newValue, request_id: ctx.requestId }));
}

export const creationChange = (name: string, how: string): FieldChange => ({ field: '*', label: how, oldValue: null, newValue: name });

/** A concurrent registration of the same credit code + name loses at the unique index: a 409, not a 500. */
async function guardIdentity<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict('刚有人登记了统一社会信用代码和名称都相同的企业，请刷新后核对');
    throw e;
  }
}

function throwPlacement(d: EnterpriseData, ac: AgencyContext, previousLocatedId: string | null = null): void {
  const [p] = placementProblems(d, ac, previousLocatedId);
  if (p) throw invalidField(`body.${p.field}`, p.message);
}

export async function createEnterprise(ctx: Ctx, input: EnterpriseCreate): Promise<Enterprise> {
  const ac = await agencyContext(ctx);
  const data = applyPatch(blankEnterprise(input.name, input.creditCode, input.locatedAgencyId), input);
  throwPlacement(data, ac);
  if (await repo.findByIdentity(ctx.db, data.creditCode, data.name)) throw invalidField('body.name', '单位名称：已有统一社会信用代码和名称都相同的企业，请勿重复登记');
  const id = newId();
  const now = ctx.now();
  const row = repo.toEnterpriseRow(id, data, evaluate(data), { isPilot: false, isDemo: false, createdAt: now, updatedAt: now });
  await guardIdentity(() => ctx.tx(async (tx) => {
    await repo.insertEnterprises(tx, [row]);
    await upsertSearchDocument(tx, enterpriseSearchDocument(row));
    await repo.replaceLicences(tx, [], repo.licenceRows(id, data.licences, newId));
    await repo.insertChanges(tx, changeRows(ctx, id, [creationChange(data.name, '新建')], 'form', now));
    await ctx.audit(tx, { action: 'registry.enterprise.create', objectType: 'enterprise', objectId: id, detail: { name: data.name, creditCode: data.creditCode, supervisingAgencyId: data.supervisingAgencyId } });
  }));
  return getEnterprise({ ...ctx, scope: { all: true } }, id);
}

export async function updateEnterprise(ctx: Ctx, id: string, patch: EnterprisePatch): Promise<Enterprise> {
  const row = await repo.findEnterprise(ctx.db, ctx.scope, id);
  if (!row) throw notFound('企业');
  const licences = (await repo.licencesOf(ctx.db, [id])).get(id) ?? [];
  const before = repo.toData(row, licences);
  const after = applyPatch(before, patch);
  const ac = await agencyContext(ctx);
  throwPlacement(after, ac, before.locatedAgencyId);
  if ((after.creditCode !== before.creditCode || after.name !== before.name) && (await repo.findByIdentity(ctx.db, after.creditCode, after.name))) {
    throw invalidField('body.name', '单位名称：已有统一社会信用代码和名称都相同的企业');
  }
  const ev = evaluate(after);
  const changes = diffEnterprise({ ...before, sector: row.sector as Sector }, { ...after, sector: ev.sector }, ac.name);
  if (!changes.length) return repo.toEnterprise(row, licences);
  const now = ctx.now();
  await guardIdentity(() => ctx.tx(async (tx) => {
    const { id: _id, created_at: _c, is_demo: _d, is_pilot: _p, ...next } = repo.toEnterpriseRow(id, after, ev, { isPilot: row.is_pilot === 1, isDemo: row.is_demo === 1, createdAt: row.created_at, updatedAt: now });
    await repo.updateEnterprise(tx, id, next);
    await upsertSearchDocument(tx, enterpriseSearchDocument({ ...row, ...next }));
    if (changes.some((c) => c.field === 'licences')) await repo.replaceLicences(tx, [id], repo.licenceRows(id, after.licences, newId));
    await repo.insertChanges(tx, changeRows(ctx, id, changes, 'form', now));
    await ctx.audit(tx, { action: 'registry.enterprise.update', objectType: 'enterprise', objectId: id, detail: { name: after.name, changes: changes.map((c) => ({ field: c.field, from: c.oldValue, to: c.newValue })) } });
  }));
  return getEnterprise({ ...ctx, scope: { all: true } }, id);
}

// ---------------------------------------------------------------------------------------------
// Excel: template and export
// ---------------------------------------------------------------------------------------------

export function enterpriseCodeLists(ac: AgencyContext): CodeList[] {
  const active = [...ac.byId.values()].filter((a) => a.status === 'active');
  return [
    { key: 'scopeAgency', title: '监管机关（您的数据范围）', values: active.filter((a) => ac.inScope.has(a.id)).map((a) => a.name) },
    { key: 'agency', title: '属地机关（本机关及下级机关）', values: active.filter((a) => ac.locatedChoices.has(a.id)).map((a) => a.name) },
    { key: 'sector', title: '行业领域', values: Object.values(sectorLabel) },
    { key: 'scale', title: '企业规模', values: Object.values(enterpriseScaleLabel) },
    { key: 'standardization', title: '安全生产标准化等级', values: Object.values(standardizationLevelLabel) },
    { key: 'status', title: '经营状态', values: Object.values(enterpriseStatusLabel) },
    { key: 'licence', title: '许可证类型', values: Object.values(licenceTypeLabel) },
    { key: 'yesNo', title: '是/否', values: ['是', '否'] },
    { key: 'riskFlag', title: '风险特征（可多选，用“、”分隔）', values: Object.values(riskFlagLabel) },
    { key: 'majorHazardLevel', title: '重大危险源等级', values: Object.values(majorHazardSourceLevelLabel) },
  ];
}

/** The 监管机关 column offers only the caller's agencies; 属地 offers all. */
const templateColumns = () => enterpriseColumns.map((c) => (c.key === 'supervisingAgency' ? { ...c, list: 'scopeAgency' } : c));

const industrySheet = () => ({
  name: '行业代码',
  headers: ['代码', '名称', '层级'],
  widths: [10, 48, 8],
  rows: industryCodes.filter((c) => c.level !== 'section').map((c) => [c.code, c.name, { division: '大类', group: '中类', class: '小类', section: '门类' }[c.level]]),
});

export const enterpriseInstructions = [
  '企业（检查对象）导入说明',
  '1. 在“企业”表填写，每行一家企业（同一法人的不同厂区、矿区各占一行）；第 1 行是表头，请勿修改。带 * 的列必填。',
  '2. 统一社会信用代码按 GB 32100 校验第 18 位校验码；请把该列保持为“文本”格式，避免 Excel 把长数字改掉。',
  '3. 再次导入：统一社会信用代码和单位名称都相同的行，更新已有企业而不新建；空白单元格不改变已有数据；列表类字段填“无”表示清空。',
  '4. 属地机关、监管机关、企业规模、标准化等级、经营状态、许可证类型请从下拉列表选择（可选项见“代码表”）；行业代码见“行业代码”表，行业领域据此自动确定。',
  '5. 风险特征、可燃性粉尘种类、重点监管危险化工工艺可填多项，用“、”分隔。重大危险源写作“名称（等级）”，多个用“；”分隔。',
  '6. 一行只能填一个许可证；再次导入时同类型的许可证被替换，其他类型的许可证保留。',
  '7. 导入前系统先逐行校验并列出问题（行号、列名、原因）。可选择“全部正确才导入”（有任何错误则一行也不写入），或“只导入正确的行”。',
  `8. 一次最多导入 20000 行。演示数据均为虚构。`,
];

export async function enterpriseTemplate(ctx: Ctx): Promise<Buffer> {
  const ac = await agencyContext(ctx);
  return writeWorkbook({ name: '企业', columns: templateColumns(), template: true, codeLists: enterpriseCodeLists(ac), instructions: enterpriseInstructions, extraSheets: [industrySheet()] });
}

export async function exportEnterprises(ctx: Ctx, filter: EnterpriseListFilter): Promise<Buffer> {
  const rows = await repo.listForExport(ctx.db, ctx.scope, filter, MAX_EXPORT);
  const licences = await repo.licencesOf(ctx.db, rows.map((r) => r.id));
  const items = rows.map((r) => repo.toEnterprise(r, licences.get(r.id) ?? []));
  const ac = await agencyContext(ctx);
  await ctx.tx((tx) => ctx.audit(tx, { action: 'registry.enterprise.export', objectType: 'enterprise', detail: { count: items.length, filter } }));
  return writeWorkbook({ name: '企业', columns: templateColumns(), rows: items.map(enterpriseRow), codeLists: enterpriseCodeLists(ac) });
}

// ---------------------------------------------------------------------------------------------
// 作战图: base-data progress
// ---------------------------------------------------------------------------------------------

const percent = (complete: number, total: number) => (total ? Math.round((complete * 1000) / total) / 10 : 0);

function group(agencyId: string | null, agencyName: string, total: number, complete: number): ProgressGroup {
  return { agencyId, agencyName, total, complete, incomplete: total - complete, percent: percent(complete, total) };
}

export async function progress(ctx: Ctx, q: repo.ProgressFilter & { limit: number }): Promise<Progress> {
  const [byLocated, bySupervising, incomplete, ac] = await Promise.all([
    repo.progressCounts(ctx.db, ctx.scope, q, 'located'),
    repo.progressCounts(ctx.db, ctx.scope, q, 'supervising'),
    repo.listIncomplete(ctx.db, ctx.scope, q, q.limit),
    agencyContext(ctx),
  ]);
  const levels = ['ministry', 'province', 'city', 'county'];
  const rank = (g: ProgressGroup) => {
    const a = g.agencyId ? ac.byId.get(g.agencyId) : undefined;
    return a ? [levels.indexOf(a.level), a.divisionCode ?? '999999', a.name] as const : [9, '', ''] as const;
  };
  // Higher levels first, then by division code (王益 610202 … 宜君 610222; 新区 has none and comes last).
  const sortByTree = (a: ProgressGroup, b: ProgressGroup) => {
    const [x, y] = [rank(a), rank(b)];
    return x[0] - y[0] || x[1].localeCompare(y[1]) || x[2].localeCompare(y[2], 'zh-CN');
  };
  const total = byLocated.reduce((s, g) => ({ total: s.total + g.total, complete: s.complete + g.complete }), { total: 0, complete: 0 });
  return {
    total: group(null, '合计', total.total, total.complete),
    byDistrict: byLocated.map((g) => group(g.agencyId, ac.name(g.agencyId!), g.total, g.complete)).sort(sortByTree),
    bySupervisingAgency: bySupervising.map((g) => group(g.agencyId, g.agencyId ? ac.name(g.agencyId) : '未确定监管机关', g.total, g.complete)).sort(sortByTree),
    incomplete: incomplete.rows,
    incompleteTotal: incomplete.total,
  };
}

export async function exportProgress(ctx: Ctx, q: repo.ProgressFilter): Promise<Buffer> {
  const p = await progress(ctx, { ...q, limit: MAX_EXPORT });
  const groupRows = (list: ProgressGroup[], kind: string) => list.map((g) => [kind, g.agencyName, g.total, g.complete, g.incomplete, g.percent / 100]);
  const columns = [
    { key: 'kind', header: '分组', width: 10 },
    { key: 'agency', header: '机关', width: 24 },
    { key: 'total', header: '企业数', width: 10 },
    { key: 'complete', header: '已完成（销账）', width: 14 },
    { key: 'incomplete', header: '未完成', width: 10 },
    { key: 'percent', header: '完成率', width: 10 },
  ];
  await ctx.tx((tx) => ctx.audit(tx, { action: 'registry.progress.export', objectType: 'enterprise', detail: { filter: q, total: p.total.total } }));
  return writeWorkbook({
    name: '进度汇总',
    columns,
    rows: [...groupRows(p.byDistrict, '属地'), ...groupRows(p.bySupervisingAgency, '监管机关'), ...groupRows([p.total], '合计')],
    percentColumns: ['percent'],
    extraSheets: [
      {
        name: '未完成企业',
        headers: ['单位名称', '属地机关', '监管机关', '完整度', '缺项'],
        widths: [40, 20, 20, 10, 60],
        rows: p.incomplete.map((e) => [e.name, e.locatedAgencyName, e.supervisingAgencyName, e.score, e.missing.join('、')]),
      },
    ],
  });
}
