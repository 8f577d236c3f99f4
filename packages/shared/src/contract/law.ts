import { z } from 'zod';
import { Id, Name, multiLine, singleLine } from './common';

/**
 * 法律法规库 and 违法行为库 (issue 3 §5–6): laws → versions → provisions (条/款/项/目), violation
 * types with their provisions and effective-dated discretion tiers. Money is integer fen.
 */

export const lawKinds = ['law', 'administrativeRegulation', 'departmentRule', 'localRegulation', 'standard', 'normativeDocument'] as const;
export type LawKind = (typeof lawKinds)[number];
export const lawKindLabel: Record<LawKind, string> = {
  law: '法律',
  administrativeRegulation: '行政法规',
  departmentRule: '部门规章',
  localRegulation: '地方性法规',
  standard: '标准',
  normativeDocument: '规范性文件',
};

/** 'YYYY-MM-DD', a real calendar date. */
export const IsoDay = z
  .string({ error: '应为 YYYY-MM-DD 格式的日期' })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: '应为 YYYY-MM-DD 格式的日期' })
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, { error: '不是有效的日期' });

export const LawVersionSummary = z.object({
  id: z.string(),
  key: z.string().nullable(),
  lawId: z.string(),
  tag: z.string(),
  title: z.string(),
  documentNumber: z.string().nullable(),
  adoptedOn: z.string().nullable(),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
  source: z.string(),
  textSource: z.string().nullable(),
  verified: z.boolean(),
  note: z.string().nullable(),
  provisionCount: z.number().int(),
  /** In force today (China date). */
  inForce: z.boolean(),
});
export type LawVersionSummary = z.infer<typeof LawVersionSummary>;

export const Law = z.object({
  id: z.string(),
  key: z.string().nullable(),
  title: z.string(),
  shortTitle: z.string(),
  kind: z.enum(lawKinds),
  issuer: z.string(),
  versionCount: z.number().int(),
  /** The version in force today, else the latest. */
  currentVersion: LawVersionSummary.nullable(),
});
export type Law = z.infer<typeof Law>;

export const LawDetail = Law.extend({ versions: z.array(LawVersionSummary) });
export type LawDetail = z.infer<typeof LawDetail>;

export const LawListQuery = z.object({
  q: singleLine().trim().max(50, { error: '搜索词不能超过 50 个字符' }).optional().describe('搜索词'),
  kind: z.enum(lawKinds, { error: '类别应为 法律、行政法规、部门规章、地方性法规、标准 或 规范性文件' }).optional().describe('类别'),
});

/** obligation = 义务性（强制性）条款, penalty = 罚则, procedure = 程序性条款 (issue 8; Q10: a check item's basis is an obligation). */
export const provisionKinds = ['obligation', 'penalty', 'procedure'] as const;
export type ProvisionKind = (typeof provisionKinds)[number];
export const provisionKindLabel: Record<ProvisionKind, string> = { obligation: '义务性条款', penalty: '罚则', procedure: '程序性条款' };

export const Provision = z.object({
  id: z.string(),
  key: z.string().nullable(),
  lawVersionId: z.string(),
  parentId: z.string().nullable(),
  article: z.number().int(),
  paragraph: z.number().int().nullable(),
  item: z.number().int().nullable(),
  subItem: z.number().int().nullable(),
  heading: z.string().nullable(),
  text: z.string(),
  textIsParaphrase: z.boolean(),
  citation: z.string(),
  note: z.string().nullable(),
  kind: z.enum(provisionKinds).nullable(),
});
export type Provision = z.infer<typeof Provision>;

/** 条 → 款 → 项 → 目: at most four levels, so the tree is spelled out (no recursive schema). */
const Level4 = Provision.extend({ children: z.array(Provision) });
const Level3 = Provision.extend({ children: z.array(Level4) });
const Level2 = Provision.extend({ children: z.array(Level3) });
export const ProvisionNode = Provision.extend({ children: z.array(Level2) });
export interface ProvisionTreeNode extends Provision {
  children: ProvisionTreeNode[];
}

export const ProvisionTree = z.object({
  version: LawVersionSummary,
  law: z.object({ id: z.string(), title: z.string(), shortTitle: z.string() }),
  articles: z.array(ProvisionNode),
});

/** A provision as cited by a violation or a check item. */
export const ProvisionRef = z.object({
  id: z.string(),
  citation: z.string(),
  text: z.string(),
  textIsParaphrase: z.boolean(),
  lawVersionId: z.string(),
  versionVerified: z.boolean(),
  versionInForce: z.boolean(),
});
export type ProvisionRef = z.infer<typeof ProvisionRef>;

export const provisionUseRoles = ['violated', 'penalty', 'basis', 'onSite', 'majorHazard'] as const;
export type ProvisionUseRole = (typeof provisionUseRoles)[number];
export const provisionUseRoleLabel: Record<ProvisionUseRole, string> = {
  violated: '认定条款',
  penalty: '处罚依据',
  basis: '检查依据',
  onSite: '现场处理依据',
  majorHazard: '重大事故隐患判定依据',
};

export const ProvisionDetail = Provision.extend({
  law: z.object({ id: z.string(), title: z.string(), shortTitle: z.string(), kind: z.enum(lawKinds) }),
  version: LawVersionSummary,
  /** From the article down to the parent. */
  ancestors: z.array(Provision),
  children: z.array(Provision),
  usedBy: z.object({
    violations: z.array(z.object({ id: z.string(), code: z.string(), name: z.string(), role: z.enum(provisionUseRoles) })),
    checkItems: z.array(z.object({ id: z.string(), code: z.string(), content: z.string(), status: z.string(), checklistName: z.string(), role: z.enum(provisionUseRoles) })),
  }),
});
export type ProvisionDetail = z.infer<typeof ProvisionDetail>;

const Optional = (label: string, max: number, lines: 'single' | 'multi' = 'single') => (lines === 'multi' ? multiLine : singleLine)().trim().max(max, { error: `${label}不能超过 ${max} 个字符` }).nullable().default(null).describe(label);

export const LawCreate = z.object({
  title: Name('法律法规名称', 200),
  shortTitle: Name('简称', 100),
  kind: z.enum(lawKinds, { error: '类别应为 法律、行政法规、部门规章、地方性法规、标准 或 规范性文件' }).describe('类别'),
  issuer: Name('制定机关', 100),
});

export const LawVersionCreate = z
  .object({
    tag: z.string({ error: '版本标识为必填项' }).trim().regex(/^[0-9A-Za-z._-]{1,20}$/, { error: '版本标识应为 1–20 位字母、数字或 . _ -，例如 2021' }).describe('版本标识'),
    title: Name('本版本名称', 200),
    documentNumber: Optional('文号', 100),
    adoptedOn: IsoDay.nullable().default(null).describe('通过（公布）日期'),
    effectiveFrom: IsoDay.describe('施行日期'),
    effectiveTo: IsoDay.nullable().default(null).describe('失效日期'),
    source: Name('官方文本来源', 300),
    textSource: Optional('录入文本来源', 300),
    verified: z.boolean({ error: '已核对应为 true 或 false' }).default(false).describe('已核对'),
    note: Optional('备注', 1000, 'multi'),
  })
  .refine((v) => v.effectiveTo === null || v.effectiveTo >= v.effectiveFrom, { error: '失效日期：不能早于施行日期', path: ['effectiveTo'] });

const Ordinal = (label: string, max: number) => z.number({ error: `${label}应为 1–${max} 的整数` }).int({ error: `${label}应为整数` }).min(1, { error: `${label}应为 1–${max} 的整数` }).max(max, { error: `${label}应为 1–${max} 的整数` }).describe(label);

export const ProvisionCreate = z.object({
  parentId: Id.nullable().default(null).describe('上级条款'),
  article: Ordinal('条', 999),
  paragraph: Ordinal('款', 50).nullable().default(null),
  item: Ordinal('项', 99).nullable().default(null),
  subItem: Ordinal('目', 99).nullable().default(null),
  heading: Optional('章节', 200),
  text: multiLine({ error: '条文为必填项' }).trim().min(1, { error: '条文不能为空' }).max(10_000, { error: '条文不能超过 10000 个字符' }).describe('条文'),
  textIsParaphrase: z.boolean({ error: '是否转述应为 true 或 false' }).default(false).describe('是否转述'),
  citation: Optional('引用名称', 300),
  note: Optional('备注', 1000, 'multi'),
  kind: z.enum(provisionKinds, { error: '条款性质应为 obligation（义务性条款）、penalty（罚则）或 procedure（程序性条款）' }).nullable().default(null).describe('条款性质'),
});

/** What a client sends (defaults optional) and what the server receives (defaults filled). */
export type LawCreateInput = z.input<typeof LawCreate>;
export type LawVersionCreateInput = z.input<typeof LawVersionCreate>;
export type LawVersionCreateData = z.output<typeof LawVersionCreate>;
export type ProvisionCreateInput = z.input<typeof ProvisionCreate>;
export type ProvisionCreateData = z.output<typeof ProvisionCreate>;

// ---------------------------------------------------------------------------------------------
// 违法行为与自由裁量
// ---------------------------------------------------------------------------------------------

export const partyKinds = ['unit', 'person'] as const;

export const FineRangeOut = z.object({ minFen: z.number().int(), maxFen: z.number().int(), text: z.string() });
export type FineRangeOut = z.infer<typeof FineRangeOut>;

const Coded = z.object({ code: z.string(), label: z.string() });

export const DiscretionTierOut = z.object({
  id: z.string(),
  level: z.number().int(),
  label: z.string(),
  circumstance: z.string(),
  noPenalty: z.boolean(),
  unitFine: FineRangeOut.nullable(),
  personFine: FineRangeOut.nullable(),
  otherPenalties: z.array(Coded),
  note: z.string().nullable(),
});
export type DiscretionTierOut = z.infer<typeof DiscretionTierOut>;

export const DiscretionVersionOut = z.object({
  id: z.string(),
  key: z.string().nullable(),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
  basis: z.string(),
  statutory: z.object({ unitFine: FineRangeOut.nullable(), personFine: FineRangeOut.nullable(), otherPenalties: z.array(Coded), summary: z.string() }),
  verified: z.boolean(),
  illustrative: z.boolean(),
  source: z.string(),
  note: z.string().nullable(),
  tiers: z.array(DiscretionTierOut),
});
export type DiscretionVersionOut = z.infer<typeof DiscretionVersionOut>;

export const ViolationSummary = z.object({
  id: z.string(),
  key: z.string().nullable(),
  code: z.string(),
  name: z.string(),
  partyKinds: z.array(z.enum(partyKinds)),
  status: z.string(),
  penaltyCitations: z.array(z.string()),
  versionCount: z.number().int(),
});
export type ViolationSummary = z.infer<typeof ViolationSummary>;

export const ViolationDetail = ViolationSummary.extend({
  note: z.string().nullable(),
  violatedProvisions: z.array(ProvisionRef),
  penaltyProvisions: z.array(ProvisionRef),
  discretionVersions: z.array(DiscretionVersionOut),
  checkItems: z.array(z.object({ id: z.string(), code: z.string(), content: z.string(), checklistName: z.string() })),
});
export type ViolationDetail = z.infer<typeof ViolationDetail>;

export const ViolationListQuery = z.object({
  q: singleLine().trim().max(50, { error: '搜索词不能超过 50 个字符' }).optional().describe('搜索词'),
  page: z.coerce.number().int().min(1).default(1).describe('页码'),
  pageSize: z.coerce.number().int().min(1).max(200).default(50).describe('每页条数'),
});

export const DiscretionQuery = z.object({
  date: IsoDay.optional().describe('日期'),
  decisionDate: IsoDay.optional().describe('作出处罚决定的日期（不传为今天）'),
});

/** Which version applied and why (从旧兼从轻, 行政处罚法第三十七条). */
export const DiscretionApplied = z.object({
  rule: z.enum(['sameVersion', 'old', 'lighterNew', 'noneAtAct', 'none']),
  reason: z.string(),
  actDate: z.string(),
  decisionDate: z.string(),
  actVersionId: z.string().nullable(),
  decisionVersionId: z.string().nullable(),
});
export type DiscretionApplied = z.infer<typeof DiscretionApplied>;

export const ApplicableRange = z.object({
  violationId: z.string(),
  date: z.string(),
  applied: DiscretionApplied,
  /** The version in force on `date` (violation date, 行政处罚法 Art. 37), or null if none is. */
  version: DiscretionVersionOut.nullable(),
});
export type ApplicableRange = z.infer<typeof ApplicableRange>;

