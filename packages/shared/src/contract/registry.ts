/**
 * API contract of the registry (一单两库: 检查对象名录库 + 执法检查人员名录库): enterprises with their
 * licences, change history and base-data completeness, officers with their certificates and recusals,
 * and the Excel import report. Import as `@zhifa/shared/contract/registry`.
 */
import { z } from 'zod';
import { normalizeCreditCode, validateCreditCode } from '../rules/credit-code';
import {
  enterpriseScales,
  enterpriseStatuses,
  licenceTypes,
  majorHazardSourceLevels,
  riskFlags,
  standardizationLevels,
} from '../rules/enterprise-codes';
import { findIndustry, normalizeIndustryCode, sectors } from '../rules/industry';
import { Id, multiLine, Name, PageQuery, singleLine } from './common';

// ---------------------------------------------------------------------------------------------
// Field schemas (each names its field in Chinese and says its rule)
// ---------------------------------------------------------------------------------------------

const Text = (label: string, max = 200, lines: 'single' | 'multi' = 'single') =>
  (lines === 'multi' ? multiLine : singleLine)({ error: `${label}应为文字` }).trim().max(max, { error: `${label}不能超过 ${max} 个字符` }).describe(label);

/** 'YYYY-MM-DD', a real calendar date. */
export const IsoDate = (label: string) =>
  z
    .string({ error: `${label}应为日期` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: '应为日期，格式 YYYY-MM-DD' })
    .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), { error: '不是有效的日期' })
    .describe(label);

/** 统一社会信用代码: normalised (full-width, spaces, lower case) and checked against GB 32100, check character included. */
export const CreditCode = z
  .string({ error: '统一社会信用代码为必填项' })
  .describe('统一社会信用代码')
  .transform(normalizeCreditCode)
  .superRefine((v, ctx) => {
    const r = validateCreditCode(v);
    if (!r.ok) ctx.addIssue({ code: 'custom', message: r.reason });
  })
  .describe('统一社会信用代码');

/** GB/T 4754-2017 code, stored without the 门类 letter; its 大类 (first two digits) must exist. */
export const IndustryCodeInput = z
  .string({ error: '国民经济行业分类代码应为文字' })
  .describe('国民经济行业分类代码')
  .transform((v, ctx) => {
    const c = normalizeIndustryCode(v);
    if (c === null || /^[A-T]$/.test(c) || !findIndustry(c.slice(0, 2))) {
      ctx.addIssue({ code: 'custom', message: `“${v.trim()}”不是 GB/T 4754-2017 的行业代码（应为 2–4 位数字，可带门类字母，如 C3011）` });
      return z.NEVER;
    }
    return c;
  })
  .describe('国民经济行业分类代码');

const PhoneOrLandline = (label: string) =>
  z
    .string({ error: `${label}应为文字` })
    .trim()
    .regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, { error: '应为 11 位手机号或带区号的固定电话（如 0919-3182000）' })
    .describe(label);

export const Location = z
  .object({
    lon: z.number({ error: '经度应为数字' }).min(73, { error: '经度应在 73 到 136 之间（中国境内）' }).max(136, { error: '经度应在 73 到 136 之间（中国境内）' }).describe('经度'),
    lat: z.number({ error: '纬度应为数字' }).min(3, { error: '纬度应在 3 到 54 之间（中国境内）' }).max(54, { error: '纬度应在 3 到 54 之间（中国境内）' }).describe('纬度'),
  })
  .describe('地理位置');

export const LicenceInput = z
  .object({
    type: z.enum(licenceTypes, { error: '许可证类型不在代码表中' }).describe('许可证类型'),
    number: Text('许可证编号', 100).nullable().default(null),
    validFrom: IsoDate('有效期起').nullable().default(null),
    validTo: IsoDate('有效期止').nullable().default(null),
  })
  .refine((l) => !l.validFrom || !l.validTo || l.validFrom <= l.validTo, { error: '许可证有效期止不能早于有效期起', path: ['validTo'] })
  .describe('许可证');
export type LicenceInput = z.infer<typeof LicenceInput>;

export const MajorHazardSourceInput = z
  .object({
    name: Name('重大危险源名称'),
    level: z.enum(majorHazardSourceLevels, { error: '重大危险源等级应为 一级、二级、三级 或 四级' }).nullable().default(null).describe('重大危险源等级'),
  })
  .describe('重大危险源');

const uniqueList = <T extends z.ZodType>(item: T, label: string, max: number) =>
  z
    .array(item)
    .max(max, { error: `${label}最多 ${max} 项` })
    .refine((a) => new Set(a.map((x) => JSON.stringify(x))).size === a.length, { error: `${label}有重复项` })
    .describe(label);

/** Everything a person may edit on an enterprise, all optional except the identity fields. */
const enterpriseFields = {
  name: Name('单位名称', 200),
  creditCode: CreditCode,
  legalEntityName: Text('营业执照名称').nullable(),
  registeredAddress: Text('注册地址').nullable(),
  address: Text('生产经营地址').nullable(),
  divisionCode: z.string().trim().regex(/^\d{6}$/, { error: '行政区划代码应为 6 位数字（GB/T 2260）' }).nullable().describe('行政区划代码'),
  town: Text('乡镇（街道）', 50).nullable(),
  locatedAgencyId: Id.describe('属地机关'),
  supervisingAgencyId: Id.nullable().describe('监管机关'),
  location: Location.nullable(),
  legalRepresentative: Text('法定代表人', 50).nullable(),
  principalName: Text('主要负责人', 50).nullable(),
  principalPhone: PhoneOrLandline('主要负责人联系电话').nullable(),
  safetyManagerName: Text('安全生产管理人员', 50).nullable(),
  safetyManagerPhone: PhoneOrLandline('安全生产管理人员联系电话').nullable(),
  industryCode: IndustryCodeInput.nullable(),
  sectorConfirmed: z.enum(sectors, { error: '行业领域不在代码表中' }).nullable().describe('行业领域（人工确认）'),
  scale: z.enum(enterpriseScales, { error: '企业规模应为 大型、中型、小型 或 微型' }).nullable().describe('企业规模'),
  employeeCount: z.number({ error: '从业人员数应为数字' }).int({ error: '从业人员数应为整数' }).min(0, { error: '从业人员数不能为负数' }).max(1_000_000).nullable().describe('从业人员数'),
  standardizationLevel: z.enum(standardizationLevels, { error: '安全生产标准化等级应为 一级、二级、三级 或 未定级' }).nullable().describe('安全生产标准化等级'),
  status: z.enum(enterpriseStatuses, { error: '经营状态应为 在营、停产 或 关闭' }).describe('经营状态'),
  riskFlags: uniqueList(z.enum(riskFlags, { error: '风险特征不在代码表中' }), '风险特征', riskFlags.length),
  licences: z.array(LicenceInput).max(20, { error: '许可证最多 20 项' }).describe('许可证'),
  majorHazardSources: z.array(MajorHazardSourceInput).max(50).nullable().describe('重大危险源'),
  principalAssessed: z.boolean({ error: '考核合格情况应为 是 或 否' }).nullable().describe('主要负责人和安全生产管理人员考核合格'),
  combustibleDustTypes: uniqueList(Text('粉尘种类', 50), '可燃性粉尘种类', 20).nullable(),
  ammoniaInventoryKg: z.number({ error: '液氨储存量应为数字' }).min(0, { error: '液氨储存量不能为负数' }).max(1e9).nullable().describe('液氨储存量（千克）'),
  confinedSpaceCount: z.number({ error: '有限空间数量应为数字' }).int({ error: '有限空间数量应为整数' }).min(0).max(100_000).nullable().describe('有限空间数量'),
  deepWellCastingLines: z.number({ error: '深井铸造生产线数量应为数字' }).int({ error: '深井铸造生产线数量应为整数' }).min(0).max(1000).nullable().describe('深井铸造生产线数量'),
  hazardousProcesses: uniqueList(Text('工艺', 50), '重点监管危险化工工艺', 20).nullable(),
  note: Text('备注', 500, 'multi').nullable(),
};

/** New enterprise: name, credit code and 属地 are required; everything else may be filled in later. */
export const EnterpriseCreate = z.object(enterpriseFields).partial({
  legalEntityName: true, registeredAddress: true, address: true, divisionCode: true, town: true, supervisingAgencyId: true, location: true,
  legalRepresentative: true, principalName: true, principalPhone: true, safetyManagerName: true, safetyManagerPhone: true, industryCode: true,
  sectorConfirmed: true, scale: true, employeeCount: true, standardizationLevel: true, status: true, riskFlags: true, licences: true,
  majorHazardSources: true, principalAssessed: true, combustibleDustTypes: true, ammoniaInventoryKg: true, confinedSpaceCount: true,
  deepWellCastingLines: true, hazardousProcesses: true, note: true,
});
export type EnterpriseCreate = z.output<typeof EnterpriseCreate>;
/** A change: only the fields sent are changed; `licences`, when sent, replaces the whole list. */
export const EnterprisePatch = z.object(enterpriseFields).partial();
export type EnterprisePatch = z.output<typeof EnterprisePatch>;
/** The editable fields of an enterprise (for the import, which validates one row as a patch). */
export type EnterpriseField = keyof typeof enterpriseFields;

// ---------------------------------------------------------------------------------------------
// Responses
// ---------------------------------------------------------------------------------------------

export const MissingField = z.object({ field: z.string(), label: z.string(), reason: z.enum(['missing', 'invalid']), detail: z.string().optional() });
export const Completeness = z.object({ score: z.number().int(), complete: z.boolean(), missing: z.array(MissingField) });
export type Completeness = z.infer<typeof Completeness>;

export const Licence = z.object({ id: z.string(), type: z.enum(licenceTypes), number: z.string().nullable(), validFrom: z.string().nullable(), validTo: z.string().nullable() });
export type Licence = z.infer<typeof Licence>;

export const Enterprise = z.object({
  id: z.string(),
  name: z.string(),
  creditCode: z.string(),
  legalEntityName: z.string().nullable(),
  registeredAddress: z.string().nullable(),
  address: z.string().nullable(),
  divisionCode: z.string().nullable(),
  town: z.string().nullable(),
  locatedAgencyId: z.string(),
  locatedAgencyName: z.string(),
  supervisingAgencyId: z.string().nullable(),
  supervisingAgencyName: z.string().nullable(),
  location: z.object({ lon: z.number(), lat: z.number() }).nullable(),
  legalRepresentative: z.string().nullable(),
  principalName: z.string().nullable(),
  principalPhone: z.string().nullable(),
  safetyManagerName: z.string().nullable(),
  safetyManagerPhone: z.string().nullable(),
  industryCode: z.string().nullable(),
  industryName: z.string().nullable(),
  /** Stored, recomputed on every change: the confirmed sector, else derived from the industry code and licences. */
  sector: z.enum(sectors),
  sectorConfirmed: z.enum(sectors).nullable(),
  scale: z.enum(enterpriseScales).nullable(),
  employeeCount: z.number().int().nullable(),
  standardizationLevel: z.enum(standardizationLevels).nullable(),
  status: z.enum(enterpriseStatuses),
  riskFlags: z.array(z.enum(riskFlags)),
  licences: z.array(Licence),
  majorHazardSources: z.array(z.object({ name: z.string(), level: z.enum(majorHazardSourceLevels).nullable() })).nullable(),
  principalAssessed: z.boolean().nullable(),
  combustibleDustTypes: z.array(z.string()).nullable(),
  ammoniaInventoryKg: z.number().nullable(),
  confinedSpaceCount: z.number().int().nullable(),
  deepWellCastingLines: z.number().int().nullable(),
  hazardousProcesses: z.array(z.string()).nullable(),
  note: z.string().nullable(),
  completeness: Completeness,
  isPilot: z.boolean(),
  isDemo: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Enterprise = z.infer<typeof Enterprise>;

export const EnterpriseSummary = Enterprise.pick({
  id: true, name: true, creditCode: true, address: true, locatedAgencyId: true, locatedAgencyName: true, supervisingAgencyId: true, supervisingAgencyName: true,
  principalName: true, principalPhone: true, industryCode: true, sector: true, scale: true, status: true, riskFlags: true, completeness: true, isPilot: true, isDemo: true, updatedAt: true,
});
export type EnterpriseSummary = z.infer<typeof EnterpriseSummary>;

export const enterpriseSorts = ['name', 'completeness', 'updatedAt'] as const;
export const EnterpriseListFilter = z.object({
  q: singleLine().trim().max(100).optional().describe('搜索词'),
  agencyId: Id.optional().describe('监管机关'),
  districtId: Id.optional().describe('属地机关'),
  sector: z.enum(sectors, { error: '行业领域不在代码表中' }).optional().describe('行业领域'),
  riskFlag: z.enum(riskFlags, { error: '风险特征不在代码表中' }).optional().describe('风险特征'),
  status: z.enum(enterpriseStatuses, { error: '经营状态应为 在营、停产 或 关闭' }).optional().describe('经营状态'),
  completeness: z.enum(['complete', 'incomplete'], { error: '完整度应为 complete 或 incomplete' }).optional().describe('基础数据完整度'),
  pilot: z.enum(['true', 'false'], { error: '试点企业应为 true 或 false' }).optional().describe('试点企业'),
});
export type EnterpriseListFilter = z.infer<typeof EnterpriseListFilter>;
export const EnterpriseListQuery = PageQuery.extend(EnterpriseListFilter.shape).extend({
  sort: z.enum(enterpriseSorts, { error: '排序应为 name、completeness 或 updatedAt' }).default('name').describe('排序'),
});

export const changeSources = ['form', 'import', 'seed'] as const;
export const changeSourceLabel: Record<(typeof changeSources)[number], string> = { form: '页面编辑', import: 'Excel 导入', seed: '演示数据' };
export const EnterpriseChange = z.object({
  id: z.string(),
  at: z.string(),
  actorName: z.string().nullable(),
  source: z.enum(changeSources),
  /** The field key, or `*` for the creation of the record. */
  field: z.string(),
  label: z.string(),
  oldValue: z.string().nullable(),
  newValue: z.string().nullable(),
});
export type EnterpriseChange = z.infer<typeof EnterpriseChange>;

// ---------------------------------------------------------------------------------------------
// 作战图 (base-data progress)
// ---------------------------------------------------------------------------------------------

export const ProgressGroup = z.object({
  agencyId: z.string().nullable(),
  agencyName: z.string(),
  total: z.number().int(),
  complete: z.number().int(),
  incomplete: z.number().int(),
  /** complete / total × 100, one decimal. */
  percent: z.number(),
});
export type ProgressGroup = z.infer<typeof ProgressGroup>;

export const ProgressQuery = z.object({
  districtId: Id.optional().describe('属地机关'),
  agencyId: Id.optional().describe('监管机关'),
  limit: z.coerce.number().int().min(1).max(1000).default(200).describe('未完成企业条数'),
});
export const Progress = z.object({
  total: ProgressGroup,
  /** By 属地 (district). */
  byDistrict: z.array(ProgressGroup),
  /** By supervising agency (分级: which level enforces). */
  bySupervisingAgency: z.array(ProgressGroup),
  /** Incomplete enterprises, least complete first, with what is missing. */
  incomplete: z.array(z.object({ id: z.string(), name: z.string(), locatedAgencyName: z.string(), supervisingAgencyName: z.string().nullable(), score: z.number().int(), missing: z.array(z.string()) })),
  incompleteTotal: z.number().int(),
});
export type Progress = z.infer<typeof Progress>;

// ---------------------------------------------------------------------------------------------
// Excel import
// ---------------------------------------------------------------------------------------------

export const importModes = ['allOrNothing', 'validRowsOnly'] as const;
export type ImportMode = (typeof importModes)[number];
export const importModeLabel: Record<ImportMode, string> = { allOrNothing: '全部正确才导入', validRowsOnly: '只导入正确的行' };
export const ImportQuery = z.object({
  mode: z.enum(importModes, { error: '导入方式应为 allOrNothing（全部正确才导入）或 validRowsOnly（只导入正确的行）' }).default('allOrNothing').describe('导入方式'),
  dryRun: z.enum(['true', 'false'], { error: '试运行应为 true 或 false' }).default('false').transform((v) => v === 'true').describe('只校验不写入'),
});
export const ImportRowError = z.object({ row: z.number().int(), column: z.string(), message: z.string() });
export type ImportRowError = z.infer<typeof ImportRowError>;
export const ImportReport = z.object({
  mode: z.enum(importModes),
  dryRun: z.boolean(),
  /** Whether anything was written (false on a dry run and when allOrNothing met an error). */
  committed: z.boolean(),
  totalRows: z.number().int(),
  validRows: z.number().int(),
  errorRows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  /** Row by row (Excel row numbers), at most 1000; errorCount has them all. */
  errors: z.array(ImportRowError),
  errorCount: z.number().int(),
});
export type ImportReport = z.infer<typeof ImportReport>;

// ---------------------------------------------------------------------------------------------
// Officers (执法检查人员名录库)
// ---------------------------------------------------------------------------------------------

export const officerStatuses = ['active', 'suspended', 'left'] as const;
export type OfficerStatus = (typeof officerStatuses)[number];
export const officerStatusLabel: Record<OfficerStatus, string> = { active: '在岗', suspended: '暂停执法', left: '调离' };
export const genders = ['male', 'female'] as const;
export const genderLabel: Record<(typeof genders)[number], string> = { male: '男', female: '女' };
/** The certificate on a given day. */
export const certificateStates = ['valid', 'expired', 'notYetValid'] as const;
export type CertificateState = (typeof certificateStates)[number];
export const certificateStateLabel: Record<CertificateState, string> = { valid: '证件有效', expired: '已过期', notYetValid: '未到生效日期' };

const CertNo = z
  .string({ error: '执法证号为必填项' })
  .trim()
  .regex(/^[0-9A-Za-z-]{6,30}$/, { error: '执法证号应为 6–30 位数字或字母' })
  .describe('执法证号');

const officerFields = {
  name: Name('姓名', 50),
  gender: z.enum(genders, { error: '性别应为 男 或 女' }).nullable().describe('性别'),
  userId: Id.nullable().describe('关联账号'),
  agencyId: Id.describe('所属机关'),
  unitId: Id.nullable().describe('所属科室'),
  title: Text('职务', 50).nullable(),
  phone: PhoneOrLandline('联系电话').nullable(),
  certNo: CertNo,
  certIssuer: Name('发证机关', 100),
  certValidFrom: IsoDate('执法证有效期起'),
  certValidTo: IsoDate('执法证有效期止'),
  status: z.enum(officerStatuses, { error: '状态应为 在岗、暂停执法 或 调离' }).describe('状态'),
  specialties: uniqueList(z.enum(sectors, { error: '执法领域不在代码表中' }), '执法领域', sectors.length),
  note: Text('备注', 500, 'multi').nullable(),
};
const certOrder = (o: { certValidFrom?: string | undefined; certValidTo?: string | undefined }) => !o.certValidFrom || !o.certValidTo || o.certValidFrom <= o.certValidTo;
const certOrderError = { error: '执法证有效期止不能早于有效期起', path: ['certValidTo'] };

export const OfficerCreate = z
  .object(officerFields)
  .partial({ gender: true, userId: true, unitId: true, title: true, phone: true, status: true, specialties: true, note: true })
  .refine(certOrder, certOrderError);
export type OfficerCreate = z.output<typeof OfficerCreate>;
export const OfficerPatch = z.object(officerFields).partial().refine(certOrder, certOrderError);
export type OfficerPatch = z.output<typeof OfficerPatch>;
export type OfficerField = keyof typeof officerFields;

export const Recusal = z.object({
  id: z.string(),
  officerId: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  reason: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  createdAt: z.string(),
});
export type Recusal = z.infer<typeof Recusal>;

export const RecusalCreate = z
  .object({
    enterpriseId: Id.describe('检查对象'),
    reason: Name('回避事由', 200),
    validFrom: IsoDate('回避起始日期'),
    validTo: IsoDate('回避终止日期').nullable().default(null),
  })
  .refine((r) => !r.validTo || r.validFrom <= r.validTo, { error: '回避终止日期不能早于起始日期', path: ['validTo'] });
export const RecusalPatch = z
  .object({ reason: Name('回避事由', 200), validFrom: IsoDate('回避起始日期'), validTo: IsoDate('回避终止日期').nullable() })
  .partial();

export const Officer = z.object({
  id: z.string(),
  name: z.string(),
  gender: z.enum(genders).nullable(),
  userId: z.string().nullable(),
  username: z.string().nullable(),
  agencyId: z.string(),
  agencyName: z.string(),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  title: z.string().nullable(),
  phone: z.string().nullable(),
  certNo: z.string(),
  certIssuer: z.string(),
  certValidFrom: z.string(),
  certValidTo: z.string(),
  /** On today's date (China time). */
  certState: z.enum(certificateStates),
  status: z.enum(officerStatuses),
  specialties: z.array(z.enum(sectors)),
  note: z.string().nullable(),
  /** Recusals in force today. */
  activeRecusals: z.number().int(),
  isDemo: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Officer = z.infer<typeof Officer>;
export const OfficerDetail = Officer.extend({ recusals: z.array(Recusal) });
export type OfficerDetail = z.infer<typeof OfficerDetail>;

export const OfficerListQuery = PageQuery.extend({
  agencyId: Id.optional().describe('所属机关'),
  status: z.enum(officerStatuses, { error: '状态应为 在岗、暂停执法 或 调离' }).optional().describe('状态'),
  certState: z.enum(certificateStates, { error: '证件状态应为 valid、expired 或 notYetValid' }).optional().describe('证件状态'),
});
export type OfficerListFilter = Omit<z.infer<typeof OfficerListQuery>, 'page' | 'pageSize'>;

export const EligibilityQuery = z.object({
  enterpriseId: Id.describe('检查对象'),
  date: IsoDate('日期').optional(),
});
export const Eligibility = z.union([z.object({ ok: z.literal(true) }), z.object({ ok: z.literal(false), reasons: z.array(z.string()) })]);
export type Eligibility = z.infer<typeof Eligibility>;

/** The agencies an enterprise form offers: 属地 (own agency, those below it and the scope) and 监管机关 (the scope). */
export const EnterpriseAgencyChoices = z.object({
  located: z.array(z.object({ id: z.string(), parentId: z.string().nullable(), name: z.string() })),
  supervising: z.array(z.object({ id: z.string(), parentId: z.string().nullable(), name: z.string() })),
});
export type EnterpriseAgencyChoices = z.infer<typeof EnterpriseAgencyChoices>;
