import { z } from 'zod';
import { riskFlags } from '../rules/enterprise-codes';
import { sectors } from '../rules/industry';
import { Id, Name, PageQuery, multiLine, singleLine } from './common';
import { IsoDay, ProvisionRef } from './law';

/**
 * 检查事项库 (issue 3 §7): checklist → 检查单元 → 检查事项, versions and the local-item workflow
 * 草稿 → 法制审核 → 已发布 → 停用, and 专项执法 (campaign) sets.
 */

export const sourceLevels = ['ministry', 'province', 'city', 'county'] as const;
export type SourceLevel = (typeof sourceLevels)[number];
export const sourceLevelLabel: Record<SourceLevel, string> = { ministry: '部级', province: '省级', city: '市级', county: '县（区）级' };

export const checkMethods = ['documents', 'onSite', 'interview', 'measurement'] as const;
export type CheckMethod = (typeof checkMethods)[number];
export const checkMethodLabel: Record<CheckMethod, string> = { documents: '查资料', onSite: '现场查看', interview: '询问', measurement: '检测' };

/** 现场处理措施 (安全生产法 Art. 65). */
export const onSiteMeasures = ['correctOnSite', 'rectifyWithinDeadline', 'eliminateImmediately', 'withdrawWorkers', 'suspendProduction', 'stopUsingEquipment', 'seal', 'detain'] as const;
export type OnSiteMeasure = (typeof onSiteMeasures)[number];
export const onSiteMeasureLabel: Record<OnSiteMeasure, string> = {
  correctOnSite: '当场予以纠正',
  rectifyWithinDeadline: '责令限期整改',
  eliminateImmediately: '责令立即排除',
  withdrawWorkers: '责令从危险区域内撤出作业人员',
  suspendProduction: '责令暂时停产停业',
  stopUsingEquipment: '责令停止使用相关设施、设备',
  seal: '查封',
  detain: '扣押',
};

export const checkItemStatuses = ['draft', 'legalReview', 'published', 'retired'] as const;
export type CheckItemStatus = (typeof checkItemStatuses)[number];
export const checkItemStatusLabel: Record<CheckItemStatus, string> = { draft: '草稿', legalReview: '法制审核', published: '已发布', retired: '停用' };

export const AppliesTo = z.object({
  /** null = every sector. */
  sectors: z.array(z.enum(sectors, { error: '行业领域不在字典中' })).nullable().describe('适用行业领域'),
  /** The enterprise needs at least one of these flags; [] = no flag needed. */
  riskFlags: z.array(z.enum(riskFlags, { error: '风险特征不在字典中' })).describe('需具备的风险特征'),
});
export type AppliesTo = z.infer<typeof AppliesTo>;

export const CheckUnit = z.object({ id: z.string(), key: z.string().nullable(), checklistId: z.string(), name: z.string(), sortOrder: z.number().int(), itemCount: z.number().int() });
export type CheckUnit = z.infer<typeof CheckUnit>;

export const Checklist = z.object({
  id: z.string(),
  key: z.string().nullable(),
  name: z.string(),
  sourceLevel: z.enum(sourceLevels),
  ownerAgencyId: z.string().nullable(),
  ownerAgencyName: z.string().nullable(),
  version: z.number().int(),
  status: z.string(),
  effectiveFrom: z.string(),
  description: z.string(),
  units: z.array(CheckUnit),
  itemCount: z.number().int(),
});
export type Checklist = z.infer<typeof Checklist>;

export const CampaignRef = z.object({ id: z.string(), shortName: z.string(), sourceLevel: z.enum(sourceLevels) });

export const CheckItemSummary = z.object({
  id: z.string(),
  key: z.string().nullable(),
  lineageId: z.string(),
  version: z.number().int(),
  code: z.string(),
  content: z.string(),
  checklistId: z.string(),
  checklistName: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  sortOrder: z.number().int(),
  status: z.enum(checkItemStatuses),
  majorHazard: z.boolean(),
  needsReview: z.boolean(),
  sourceLevel: z.enum(sourceLevels),
  ownerAgencyId: z.string().nullable(),
  ownerAgencyName: z.string().nullable(),
  appliesTo: AppliesTo,
  campaigns: z.array(CampaignRef),
  updatedAt: z.string(),
});
export type CheckItemSummary = z.infer<typeof CheckItemSummary>;

/** An item in the legal reviewer's queue, with the legal basis the review is about. */
export const ReviewInboxItem = CheckItemSummary.extend({
  basisProvisions: z.array(ProvisionRef),
  onSiteProvision: ProvisionRef.nullable(),
  majorHazardBasis: z.array(ProvisionRef),
  submittedAt: z.string().nullable(),
  submittedBy: z.string().nullable(),
});
export type ReviewInboxItem = z.infer<typeof ReviewInboxItem>;

const ViolationRef = z.object({ id: z.string(), code: z.string(), name: z.string() });

export const CheckItem = CheckItemSummary.extend({
  methods: z.array(z.enum(checkMethods)),
  compliantWording: z.string(),
  nonCompliantWording: z.string(),
  violation: ViolationRef.nullable(),
  relatedViolations: z.array(ViolationRef),
  onSite: z.object({ measure: z.enum(onSiteMeasures), provision: ProvisionRef.nullable(), defaultDays: z.number().int().nullable() }),
  /** 检查依据: the provisions the item rests on (for a local item: mandatory to publish). */
  basisProvisions: z.array(ProvisionRef),
  majorHazardBasis: z.array(ProvisionRef),
  note: z.string().nullable(),
  review: z.object({
    submittedAt: z.string().nullable(),
    submittedBy: z.string().nullable(),
    reviewedAt: z.string().nullable(),
    reviewedBy: z.string().nullable(),
    comment: z.string().nullable(),
  }),
  versions: z.array(z.object({ id: z.string(), version: z.number().int(), status: z.enum(checkItemStatuses), publishedAt: z.string().nullable(), retiredAt: z.string().nullable(), updatedAt: z.string() })),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  publishedAt: z.string().nullable(),
  retiredAt: z.string().nullable(),
  /** What the caller may do now (the server checks again). */
  can: z.object({ edit: z.boolean(), submit: z.boolean(), review: z.boolean(), retire: z.boolean() }),
});
export type CheckItem = z.infer<typeof CheckItem>;

const Text = (label: string, max: number) =>
  multiLine({ error: `${label}为必填项` }).trim().min(1, { error: `${label}不能为空` }).max(max, { error: `${label}不能超过 ${max} 个字符` }).describe(label);

const OnSiteInput = z.object({
  measure: z.enum(onSiteMeasures, { error: '现场处理措施不在字典中' }).describe('现场处理措施'),
  provisionId: Id.nullable().default(null).describe('现场处理依据'),
  defaultDays: z.number({ error: '整改期限应为 1–180 的整数（天）' }).int().min(1, { error: '整改期限应为 1–180 的整数（天）' }).max(180, { error: '整改期限应为 1–180 的整数（天）' }).nullable().default(null).describe('整改期限（天）'),
});

const itemFields = {
  unitId: Id.describe('检查单元'),
  code: singleLine({ error: '事项编号为必填项' }).trim().min(1, { error: '事项编号不能为空' }).max(30, { error: '事项编号不能超过 30 个字符' }).describe('事项编号'),
  content: Text('检查内容', 1000),
  methods: z.array(z.enum(checkMethods, { error: '检查方式不在字典中' })).min(1, { error: '至少选择一种检查方式' }).describe('检查方式'),
  compliantWording: Text('符合情形', 1000),
  nonCompliantWording: Text('不符合情形', 1000),
  /** Existing provisions only — free text is not a legal basis (seed 001 Q10). */
  basisProvisionIds: z.array(Id.describe('法律依据')).max(20, { error: '法律依据最多 20 条' }).default([]).describe('法律依据'),
  violationId: Id.nullable().default(null).describe('对应违法行为'),
  relatedViolationIds: z.array(Id).max(10, { error: '其他违法行为最多 10 个' }).default([]).describe('其他违法行为'),
  onSite: OnSiteInput.describe('现场处理'),
  majorHazard: z.boolean({ error: '重大事故隐患应为 true 或 false' }).default(false).describe('重大事故隐患'),
  majorHazardBasisIds: z.array(Id).max(10, { error: '判定依据最多 10 条' }).default([]).describe('重大事故隐患判定依据'),
  needsReview: z.boolean({ error: '需复查应为 true 或 false' }).default(true).describe('需复查'),
  appliesTo: AppliesTo.default({ sectors: null, riskFlags: [] }).describe('适用范围'),
  note: multiLine().trim().max(1000, { error: '备注不能超过 1000 个字符' }).nullable().default(null).describe('备注'),
};

export const CheckItemCreate = z.object({ checklistId: Id.describe('检查表'), ...itemFields });
export type CheckItemCreate = z.input<typeof CheckItemCreate>;

export const CheckItemUpdate = z
  .object({
    unitId: itemFields.unitId,
    code: itemFields.code,
    content: itemFields.content,
    methods: itemFields.methods,
    compliantWording: itemFields.compliantWording,
    nonCompliantWording: itemFields.nonCompliantWording,
    basisProvisionIds: z.array(Id.describe('法律依据')).max(20, { error: '法律依据最多 20 条' }).describe('法律依据'),
    violationId: Id.nullable().describe('对应违法行为'),
    relatedViolationIds: z.array(Id).max(10, { error: '其他违法行为最多 10 个' }).describe('其他违法行为'),
    onSite: OnSiteInput.describe('现场处理'),
    majorHazard: z.boolean({ error: '重大事故隐患应为 true 或 false' }).describe('重大事故隐患'),
    majorHazardBasisIds: z.array(Id).max(10, { error: '判定依据最多 10 条' }).describe('重大事故隐患判定依据'),
    needsReview: z.boolean({ error: '需复查应为 true 或 false' }).describe('需复查'),
    appliesTo: AppliesTo.describe('适用范围'),
    note: multiLine().trim().max(1000, { error: '备注不能超过 1000 个字符' }).nullable().describe('备注'),
  })
  .partial();
export type CheckItemUpdate = z.input<typeof CheckItemUpdate>;

export const ReviewReturn = z.object({ reason: Text('退回理由', 500) });
export const ReviewApprove = z.object({ comment: multiLine().trim().max(500, { error: '审核意见不能超过 500 个字符' }).nullable().default(null).describe('审核意见') });

const BoolParam = z.enum(['true', 'false'], { error: '应为 true 或 false' });

export const CheckItemListQuery = PageQuery.extend({
  pageSize: z.coerce.number().int().min(1).max(500).default(50).describe('每页条数'),
  checklistId: Id.optional().describe('检查表'),
  unitId: Id.optional().describe('检查单元'),
  campaignId: Id.optional().describe('专项执法'),
  sector: z.enum(sectors, { error: '行业领域不在字典中' }).optional().describe('行业领域'),
  riskFlag: z.enum(riskFlags, { error: '风险特征不在字典中' }).optional().describe('风险特征'),
  status: z.enum(checkItemStatuses, { error: '状态应为 draft、legalReview、published 或 retired' }).optional().describe('状态'),
  majorHazard: BoolParam.optional().describe('重大事故隐患'),
  sourceLevel: z.enum(sourceLevels, { error: '来源层级应为 ministry、province、city 或 county' }).optional().describe('来源层级'),
});
export type CheckItemListQuery = z.input<typeof CheckItemListQuery>;

const FlagList = z
  .string()
  .trim()
  .max(500)
  .transform((s) => (s ? s.split(',').map((x) => x.trim()).filter(Boolean) : []))
  .pipe(z.array(z.enum(riskFlags, { error: '风险特征不在字典中' })));

export const ApplicableQuery = z.object({
  enterpriseId: Id.optional().describe('企业'),
  sector: z.enum(sectors, { error: '行业领域不在字典中' }).optional().describe('行业领域'),
  riskFlags: FlagList.optional().describe('风险特征'),
  date: IsoDay.optional().describe('检查日期'),
});

export const ApplicableItems = z.object({
  enterprise: z.object({ id: z.string().nullable(), name: z.string().nullable(), sector: z.enum(sectors), riskFlags: z.array(z.enum(riskFlags)) }),
  date: z.string(),
  campaigns: z.array(z.object({ id: z.string(), name: z.string(), shortName: z.string(), sourceLevel: z.enum(sourceLevels), itemCount: z.number().int() })),
  checklists: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      sourceLevel: z.enum(sourceLevels),
      units: z.array(z.object({ id: z.string(), name: z.string(), items: z.array(CheckItemSummary) })),
    }),
  ),
  total: z.number().int(),
});
export type ApplicableItems = z.infer<typeof ApplicableItems>;

export const ChecklistCreate = z.object({
  name: Name('检查表名称', 200),
  description: multiLine().trim().max(2000, { error: '说明不能超过 2000 个字符' }).default('').describe('说明'),
  effectiveFrom: IsoDay.describe('启用日期'),
});
export const CheckUnitCreate = z.object({ name: Name('检查单元名称', 200), sortOrder: z.number().int().min(0).default(0).describe('排序') });

// ---------------------------------------------------------------------------------------------
// 专项执法
// ---------------------------------------------------------------------------------------------

export const Campaign = z.object({
  id: z.string(),
  key: z.string().nullable(),
  name: z.string(),
  shortName: z.string(),
  sourceLevel: z.enum(sourceLevels),
  ownerAgencyId: z.string().nullable(),
  ownerAgencyName: z.string().nullable(),
  parentId: z.string().nullable(),
  year: z.number().int(),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
  appliesTo: AppliesTo,
  description: z.string(),
  status: z.string(),
  isDemo: z.boolean(),
  itemCount: z.number().int(),
  /** Under way today. */
  active: z.boolean(),
});
export type Campaign = z.infer<typeof Campaign>;

export const CampaignDetail = Campaign.extend({ items: z.array(CheckItemSummary) });
export type CampaignDetail = z.infer<typeof CampaignDetail>;

export const CampaignCreate = z
  .object({
    name: Name('专项名称', 200),
    shortName: Name('简称', 30),
    year: z.number({ error: '年度应为 2000–2100 的整数' }).int().min(2000, { error: '年度应为 2000–2100 的整数' }).max(2100, { error: '年度应为 2000–2100 的整数' }).describe('年度'),
    effectiveFrom: IsoDay.describe('开始日期'),
    effectiveTo: IsoDay.nullable().default(null).describe('结束日期'),
    appliesTo: AppliesTo.default({ sectors: null, riskFlags: [] }).describe('适用范围'),
    description: multiLine().trim().max(2000, { error: '说明不能超过 2000 个字符' }).default('').describe('说明'),
    itemIds: z.array(Id).min(1, { error: '至少选择一个检查事项' }).max(200, { error: '检查事项最多 200 个' }).describe('检查事项'),
  })
  .refine((v) => v.effectiveTo === null || v.effectiveTo >= v.effectiveFrom, { error: '结束日期：不能早于开始日期', path: ['effectiveTo'] });
