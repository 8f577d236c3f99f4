/**
 * API contract of 分级分类, annual/monthly plans, inspection schemes, 双随机 draws, inspection tasks and the
 * public pages (issue 11). Import as `@zhifa/shared/contract/planning`.
 */
import { z } from 'zod';
import { sectors } from '../rules/industry';
import { Id, Name, PageQuery, multiLine, singleLine } from './common';
import { IsoDate } from './registry';


/** Optional free text: one line (names, departments, methods) or several (reasons, notes, bases). */
const Text = (label: string, max = 500, lines: 'single' | 'multi' = 'single') =>
  (lines === 'multi' ? multiLine : singleLine)({ error: `${label}应为文字` }).trim().max(max, { error: `${label}不能超过 ${max} 个字符` }).describe(label);
const Count = (label: string, max = 100_000) =>
  z.number({ error: `${label}应为整数` }).int({ error: `${label}应为整数` }).min(0, { error: `${label}不能小于 0` }).max(max, { error: `${label}不能超过 ${max}` }).describe(label);
const Year = z.coerce.number({ error: '年度应为四位年份' }).int({ error: '年度应为四位年份' }).min(2000, { error: '年度应在 2000–2100 之间' }).max(2100, { error: '年度应在 2000–2100 之间' }).describe('年度');

export const riskClassList = ['A', 'B', 'C', 'D'] as const;
export const creditStatuses = ['good', 'normal', 'poor', 'dishonest'] as const;
export const creditStatusLabel: Record<(typeof creditStatuses)[number], string> = { good: '良好', normal: '一般', poor: '较差', dishonest: '失信' };

// ── 分级分类 ─────────────────────────────────────────────────────────────────────────────────

export const RiskInputBody = z.object({
  creditStatus: z.enum(creditStatuses, { error: '信用状况应为 良好、一般、较差 或 失信' }).describe('信用状况'),
  lastAccidentOn: IsoDate('最近一次生产安全事故日期').nullable().default(null),
  lastFatalAccidentOn: IsoDate('最近一次死亡事故日期').nullable().default(null),
});

export const RecomputeBody = z.object({
  year: Year.optional(),
  enterpriseIds: z.array(Id).max(1000, { error: '企业：一次最多 1000 家' }).optional().describe('企业'),
});

export const ApplyPresetBody = z.object({
  preset: singleLine({ error: '预设方案为必填项' }).trim().min(1, { error: '预设方案为必填项' }).max(50, { error: '预设方案不能超过 50 个字符' }).describe('预设方案'),
  jurisdictionAgencyId: Id.nullable().default(null).describe('适用机关（省级）'),
  effectiveFrom: IsoDate('施行日期'),
});

export const ClassListQuery = PageQuery.extend({
  riskClass: z.enum(riskClassList, { error: '风险等级应为 A、B、C 或 D' }).optional().describe('风险等级'),
  sector: z.enum(sectors, { error: '行业领域不在代码表中' }).optional().describe('行业领域'),
});

// ── annual plans ─────────────────────────────────────────────────────────────────────────────

const Months = z
  .array(z.number({ error: '月份应为 1–12' }).int({ error: '月份应为 1–12' }).min(1, { error: '月份应为 1–12' }).max(12, { error: '月份应为 1–12' }))
  .min(1, { error: '实施月份：至少选择一个月' })
  .max(12)
  .refine((a) => new Set(a).size === a.length, { error: '实施月份：不能重复' })
  .describe('实施月份');

export const PlanItemInput = z.object({
  name: Name('检查事项', 200),
  campaignId: Id.nullable().default(null).describe('专项行动'),
  basis: Text('实施依据', 1000, 'multi').nullable().default(null),
  content: Text('检查内容', 2000, 'multi').nullable().default(null),
  method: z.enum(['key', 'random', 'mixed'], { error: '检查方式应为 重点检查、双随机 或 两者结合' }).describe('检查方式'),
  sector: z.enum(sectors, { error: '行业领域不在代码表中' }).nullable().default(null).describe('行业领域'),
  keyCount: Count('重点检查企业数'),
  randomCount: Count('双随机抽查企业数'),
  frequency: Count('检查频次（次/年）', 52),
  frequencyCap: Count('频次上限（次/年）', 52),
  months: Months,
  unitId: Id.nullable().default(null).describe('承办科室'),
  jointDepartments: Text('联合检查部门', 500).nullable().default(null),
  note: Text('备注', 500, 'multi').nullable().default(null),
}).refine((v) => v.frequencyCap >= v.frequency, { error: '频次上限不能小于检查频次', path: ['frequencyCap'] });

export const PlanBody = z.object({
  year: Year,
  title: Name('计划名称', 200),
  randomRatio: Count('双随机比例（%）', 100),
  randomPoolSize: Count('双随机抽查对象库企业数'),
  note: Text('备注', 2000, 'multi').nullable().default(null),
  keyEnterprises: z.array(z.object({ enterpriseId: Id.describe('企业'), reason: Text('列为重点的理由', 200, 'multi').nullable().default(null) })).max(5000).default([]).describe('重点检查企业名单'),
  items: z.array(PlanItemInput).min(1, { error: '检查事项：至少一项' }).max(200).describe('检查事项'),
});

export const PlanFilingBody = z.object({
  filedWithAgencyId: Id.describe('备案机关'),
  filedOn: IsoDate('备案日期'),
  filingReference: Name('备案文号或回执', 100),
});

export const PlanListQuery = PageQuery.extend({ year: Year.optional() });

// ── draws ────────────────────────────────────────────────────────────────────────────────────

export const DrawCreateBody = z.object({
  title: Name('抽查名称', 200),
  planId: Id.nullable().default(null).describe('年度计划'),
  planItemId: Id.nullable().default(null).describe('计划检查事项'),
  sectors: z.array(z.enum(sectors, { error: '行业领域不在代码表中' })).max(sectors.length).default([]).describe('行业领域'),
  riskClasses: z.array(z.enum(riskClassList, { error: '风险等级应为 A、B、C 或 D' })).max(4).default([]).describe('风险等级'),
  divisionCodes: z.array(z.string().regex(/^\d{2,12}$/, { error: '行政区划代码应为数字' })).max(50).default([]).describe('行政区划'),
  notInspectedMonths: z.number({ error: '未检查月数应为整数' }).int({ error: '未检查月数应为整数' }).min(1, { error: '未检查月数应在 1–60 之间' }).max(60, { error: '未检查月数应在 1–60 之间' }).nullable().default(null).describe('近 N 个月未检查'),
  stratifyBy: z.enum(['sector', 'riskClass', 'none'], { error: '分层方式应为 行业领域、风险等级 或 不分层' }).default('sector').describe('分层方式'),
  strata: z.record(singleLine().max(30, { error: '分层名称不能超过 30 个字符' }), Count('抽取数量', 10_000)).refine((r) => Object.keys(r).length > 0 && Object.values(r).some((n) => n > 0), { error: '分层抽取数量：至少一层大于 0' }).describe('分层抽取数量'),
  officersPerEnterprise: z.number({ error: '每家企业执法人员数应为整数' }).int().min(2, { error: '每家企业执法人员数：至少 2 名' }).max(5, { error: '每家企业执法人员数：至多 5 名' }).default(2).describe('每家企业执法人员数'),
  dueFrom: IsoDate('检查开始日期'),
  dueTo: IsoDate('检查截止日期'),
  previousId: Id.nullable().default(null).describe('被作废的上一次抽取'),
  redrawReason: Text('重新抽取理由', 500, 'multi').nullable().default(null),
}).refine((v) => v.dueFrom <= v.dueTo, { error: '检查截止日期不能早于开始日期', path: ['dueTo'] });

export const DrawVoidBody = z.object({ reason: Name('作废理由', 500) });
export const DrawListQuery = PageQuery.extend({});

// ── schemes ──────────────────────────────────────────────────────────────────────────────────

export const SchemeBody = z.object({
  title: Name('方案名称', 200),
  planId: Id.nullable().default(null).describe('年度计划'),
  planItemId: Id.nullable().default(null).describe('计划检查事项'),
  inspectionKind: Name('检查类别', 50),
  basis: Name('检查依据', 1000),
  items: z.array(z.object({ content: Name('检查内容', 500), method: Text('检查方式', 200).nullable().default(null) })).min(1, { error: '检查事项：至少一项' }).max(100).describe('检查事项'),
  objects: z
    .array(z.object({ enterpriseId: Id.describe('检查对象'), officerIds: z.array(Id).min(2, { error: '执法人员：每个检查对象至少 2 名' }).max(5).describe('执法人员') }))
    .min(1, { error: '检查对象：至少一家' })
    .max(200)
    .describe('检查对象'),
  startOn: IsoDate('检查开始日期'),
  endOn: IsoDate('检查结束日期'),
}).refine((v) => v.startOn <= v.endOn, { error: '检查结束日期不能早于开始日期', path: ['endOn'] });

// ── public pages ─────────────────────────────────────────────────────────────────────────────

export const PublicListQuery = z.object({
  page: z.coerce.number().int().min(1).default(1).describe('页码'),
  pageSize: z.coerce.number().int().min(1).max(50).default(20).describe('每页条数'),
});

export const PublicNoticeBody = z.object({
  kind: z.enum(['inspectionOutcome', 'penaltyDecision'], { error: '公示类别应为 检查结果 或 行政处罚决定' }).describe('公示类别'),
  objectId: Name('业务编号', 100),
  title: Name('公示标题', 200),
  organisation: Name('被检查/被处罚单位', 200),
  content: Name('公示内容', 5000),
  personName: Text('涉及个人姓名（将脱敏）', 50).nullable().default(null),
  formedOn: IsoDate('决定（结果）形成日期'),
});
export const WithdrawBody = z.object({ reason: Name('撤回理由', 500), decidedOn: IsoDate('决定变更或撤销日期') });
