import { z } from 'zod';
import { Id, Name, PageQuery, multiLine, singleLine } from './common';

/**
 * The documents contract (执法文书, issue 4): document types as data, template versions per agency,
 * numbering and its ledger, documents with their versions, service (送达) and the public
 * verification page. The portal imports these from `@zhifa/shared`.
 */

const IsoDate = (label: string) => z.iso.date({ error: `${label}格式应为 YYYY-MM-DD` }).describe(label);
const LocalDateTime = (label: string) =>
  z
    .string({ error: `${label}为必填项` })
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: `${label}格式应为 YYYY-MM-DDTHH:mm（北京时间）` })
    .describe(label);
const OptText = (label: string, max: number) =>
  singleLine().trim().max(max, { error: `${label}不能超过 ${max} 个字符` }).nullable().optional().describe(label);
const Reason = (label: string) =>
  multiLine({ error: `请填写${label}` }).trim().min(2, { error: `${label}：请至少写 2 个字` }).max(500, { error: `${label}不能超过 500 个字符` }).describe(label);
/** A file in the file store, by its SHA-256 (from POST /api/document-files). */
export const FileRef = z.string({ error: '应为已上传文件的编号' }).regex(/^[0-9a-f]{64}$/, { error: '应为已上传文件的编号（64 位十六进制）' });

// ── document types ────────────────────────────────────────────────────────────────────────────

export const documentKinds = ['internal', 'served', 'record', 'thirdParty'] as const;
export type DocumentKind = (typeof documentKinds)[number];
export const documentKindLabel: Record<DocumentKind, string> = { internal: '内部审批', served: '对外送达', record: '笔录', thirdParty: '发第三方' };

export const sealKinds = ['agencySeal', 'enforcementSeal', 'none'] as const;
export type SealKind = (typeof sealKinds)[number];
export const sealKindLabel: Record<SealKind, string> = { agencySeal: '机关公章', enforcementSeal: '行政执法专用章', none: '不盖章' };

export const documentTypeStatuses = ['draft', 'legalReview', 'legalApproved', 'active', 'inactive', 'rejected'] as const;
export type DocumentTypeStatus = (typeof documentTypeStatuses)[number];
export const documentTypeStatusLabel: Record<DocumentTypeStatus, string> = {
  draft: '待法制审核',
  legalReview: '法制审核中',
  legalApproved: '法制审核通过',
  active: '已启用',
  inactive: '已停用',
  rejected: '法制审核未通过',
};

export const DocumentTypeFiling = z.object({
  filedOn: z.string(),
  upperAgencyId: z.string(),
  upperAgencyName: z.string(),
  reference: z.string(),
});

export const DocumentType = z.object({
  code: z.string(),
  name: z.string(),
  numberCode: z.string().nullable(),
  numberCodeAssumed: z.boolean(),
  kind: z.enum(documentKinds),
  stage: z.string(),
  numbered: z.boolean(),
  mustServe: z.boolean(),
  needsApproval: z.boolean(),
  seal: z.enum(sealKinds),
  signatories: z.array(z.string()),
  hasRemedies: z.boolean(),
  category: z.enum(['standard', 'other']),
  partyKind: z.enum(['organization', 'individual']).nullable(),
  /** Whose approval issuance needs (issue 8): the agency head's, the agency's chain, or none. */
  requiredApproval: z.enum(['agency-head', 'chain', 'none']),
  /** An urgent measure: issued first, the head's approval within `hours` (行政强制法第十九条). */
  urgentIssueFirst: z.object({ hours: z.number().int(), basis: z.string() }).nullable(),
  set: z.string(),
  builtin: z.boolean(),
  ownerAgencyId: z.string().nullable(),
  ownerAgencyName: z.string().nullable(),
  status: z.enum(documentTypeStatuses),
  legalApprovalId: z.string().nullable(),
  legalApprovedAt: z.string().nullable(),
  filing: DocumentTypeFiling.nullable(),
  activatedAt: z.string().nullable(),
  templateVersions: z.array(z.string()),
  note: z.string().nullable(),
});
export type DocumentType = z.infer<typeof DocumentType>;

export const DocumentTypeQuery = z.object({
  status: z.enum(documentTypeStatuses, { error: '状态无效' }).optional().describe('状态'),
  kind: z.enum(documentKinds, { error: '文书种类无效' }).optional().describe('文书种类'),
  q: singleLine().trim().max(50).optional().describe('搜索词'),
});

export const CodeParams = z.object({ code: z.string().regex(/^[a-z][a-z0-9-]{1,60}$/, { error: '文书类型代码应为小写字母、数字和连字符' }).describe('文书类型') });

/** An agency's own external document type (Q6): legal review and 备案 before it can be activated. */
export const DocumentTypeCreate = z.object({
  code: z
    .string({ error: '类型代码为必填项' })
    .regex(/^[a-z][a-z0-9-]{2,60}$/, { error: '类型代码：应以小写字母开头，只含小写字母、数字和连字符（3–61 个字符），与模板模块同名' })
    .describe('类型代码'),
  name: Name('文书名称', 60),
  numberCode: singleLine().trim().min(1, { error: '文书简称不能为空' }).max(8, { error: '文书简称不能超过 8 个字符' }).nullable().describe('文书简称'),
  kind: z.enum(['served', 'thirdParty', 'record', 'internal'], { error: '文书种类应为 对外送达、发第三方、笔录 或 内部审批' }).describe('文书种类'),
  stage: singleLine().trim().min(1).max(40).default('other').describe('程序环节'),
  needsApproval: z.boolean().default(true).describe('需要审批'),
  seal: z.enum(sealKinds, { error: '印章应为 机关公章、行政执法专用章 或 不盖章' }).describe('印章'),
  hasRemedies: z.boolean().default(false).describe('载明救济途径'),
  note: OptText('说明', 500),
});
export type DocumentTypeCreate = z.input<typeof DocumentTypeCreate>;

export const DocumentTypeUpdate = z.object({
  name: Name('文书名称', 60).optional(),
  numberCode: singleLine().trim().min(1, { error: '文书简称不能为空' }).max(8, { error: '文书简称不能超过 8 个字符' }).optional().describe('文书简称'),
  needsApproval: z.boolean().optional().describe('需要审批'),
  seal: z.enum(sealKinds, { error: '印章应为 机关公章、行政执法专用章 或 不盖章' }).optional().describe('印章'),
  note: OptText('说明', 500),
});
export type DocumentTypeUpdate = z.input<typeof DocumentTypeUpdate>;

export const DocumentTypeFilingBody = z.object({
  filedOn: IsoDate('备案日期'),
  upperAgencyId: Id.describe('备案机关'),
  reference: Name('备案文号', 80),
});
export type DocumentTypeFilingBody = z.input<typeof DocumentTypeFilingBody>;

// ── templates ─────────────────────────────────────────────────────────────────────────────────

export const TemplateSetting = z.object({
  id: z.string(),
  agencyId: z.string(),
  agencyName: z.string(),
  typeCode: z.string(),
  version: z.string(),
  effectiveFrom: z.string(),
  createdAt: z.string(),
});
export type TemplateSetting = z.infer<typeof TemplateSetting>;

export const TemplateInfo = z.object({
  typeCode: z.string(),
  versions: z.array(z.object({ version: z.string(), registeredAt: z.string(), title: z.string(), hasFixture: z.boolean() })),
  settings: z.array(TemplateSetting),
  /** The version the caller's agency uses today, and since when (null = newest, no setting). */
  inForce: z.object({ version: z.string(), effectiveFrom: z.string().nullable() }),
  /** JSON Schema of the newest version's fields (the form), for tools and the portal. */
  fieldsSchema: z.unknown(),
});
export type TemplateInfo = z.infer<typeof TemplateInfo>;

export const TemplateSettingCreate = z.object({
  agencyId: Id.describe('机关'),
  typeCode: singleLine().trim().min(1).max(64).describe('文书类型'),
  version: singleLine().trim().min(1).max(20).describe('模板版本'),
  effectiveFrom: IsoDate('启用日期'),
});
export type TemplateSettingCreate = z.input<typeof TemplateSettingCreate>;

export const TemplatePreviewParams = CodeParams.extend({ version: z.string().regex(/^[0-9][0-9.]{0,19}$/, { error: '模板版本格式无效' }).describe('模板版本') });

// ── numbering ─────────────────────────────────────────────────────────────────────────────────

export const numberingModes = ['perType', 'perCase'] as const;
export const numberingModeLabel: Record<(typeof numberingModes)[number], string> = { perType: '按文书类型分别编号', perCase: '按案件统一编号（同一案件各文书共用序号）' };
export const bracketStyleLabel = { square: '方括号 [ ]', hexagonal: '六角括号 〔 〕' } as const;

export const DocumentSettings = z.object({
  agencyId: z.string(),
  agencyName: z.string(),
  shortName: z.string(),
  prefix: z.string(),
  pattern: z.string(),
  brackets: z.enum(['square', 'hexagonal']),
  mode: z.enum(numberingModes),
  example: z.string(),
  government: z.string().nullable(),
  superiorAgency: z.string().nullable(),
  court: z.string().nullable(),
  address: z.string().nullable(),
  postcode: z.string().nullable(),
  phone: z.string().nullable(),
  updatedAt: z.string(),
});
export type DocumentSettings = z.infer<typeof DocumentSettings>;

export const DocumentSettingsUpdate = z.object({
  prefix: Name('编号前缀', 20).optional(),
  pattern: Name('编号格式', 80).optional(),
  brackets: z.enum(['square', 'hexagonal'], { error: '年份括号应为 square（[ ]）或 hexagonal（〔 〕）' }).optional().describe('年份括号'),
  mode: z.enum(numberingModes, { error: '编号方式应为 perType 或 perCase' }).optional().describe('编号方式'),
  government: OptText('本级人民政府', 100),
  superiorAgency: OptText('上一级主管部门', 100),
  court: OptText('管辖人民法院', 100),
  address: OptText('机关地址', 200),
  postcode: OptText('邮政编码', 10),
  phone: OptText('联系电话', 40),
});
export type DocumentSettingsUpdate = z.input<typeof DocumentSettingsUpdate>;

export const AgencyQuery = z.object({ agencyId: Id.optional().describe('机关') });

export const UnitSeries = z.object({ id: z.string(), agencyId: z.string(), unitId: z.string(), unitName: z.string(), label: z.string(), active: z.boolean() });
export type UnitSeries = z.infer<typeof UnitSeries>;
export const UnitSeriesCreate = z.object({
  unitId: Id.describe('科室'),
  label: singleLine({ error: '子序列标识为必填项' })
    .trim()
    .min(1, { error: '子序列标识不能为空' })
    .max(8, { error: '子序列标识不能超过 8 个字符' })
    .regex(/^[^\s{}[\]〔〕-]+$/, { error: '子序列标识不能含空格、括号或连字符' })
    .describe('子序列标识'),
});
export const UnitSeriesUpdate = z.object({ active: z.boolean().describe('启用') });

export const numberStatuses = ['issued', 'voided', 'reserved', 'returned'] as const;
export type NumberStatus = (typeof numberStatuses)[number];
export const numberStatusLabel: Record<NumberStatus, string> = { issued: '已使用', voided: '已作废', reserved: '已预留', returned: '已交回待用' };

export const LedgerEntry = z.object({
  id: z.string(),
  agencyId: z.string(),
  typeCode: z.string(),
  typeName: z.string(),
  year: z.number().int(),
  serial: z.number().int(),
  sub: z.number().int(),
  number: z.string(),
  status: z.enum(numberStatuses),
  documentId: z.string().nullable(),
  reservationId: z.string().nullable(),
  deviceId: z.string().nullable(),
  reservedByName: z.string().nullable(),
  caseKey: z.string().nullable(),
  issuedAt: z.string().nullable(),
  returnedAt: z.string().nullable(),
  voidReason: z.string().nullable(),
  voidedAt: z.string().nullable(),
  voidedByName: z.string().nullable(),
  createdAt: z.string(),
});
export type LedgerEntry = z.infer<typeof LedgerEntry>;

export const LedgerQuery = PageQuery.extend({
  agencyId: Id.optional().describe('机关'),
  typeCode: singleLine().trim().max(64).optional().describe('文书类型'),
  year: z.coerce.number().int().min(2000).max(2100).optional().describe('年份'),
  status: z.enum(numberStatuses, { error: '状态应为 issued、voided、reserved 或 returned' }).optional().describe('状态'),
});
export type LedgerQuery = z.input<typeof LedgerQuery>;

export const Reservation = z.object({
  id: z.string(),
  agencyId: z.string(),
  typeCode: z.string(),
  typeName: z.string(),
  year: z.number().int(),
  fromSerial: z.number().int(),
  toSerial: z.number().int(),
  deviceId: z.string(),
  officerId: z.string(),
  officerName: z.string(),
  status: z.enum(['open', 'closed']),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
  numbers: z.array(z.object({ id: z.string(), serial: z.number().int(), number: z.string(), status: z.enum(numberStatuses), documentId: z.string().nullable(), voidReason: z.string().nullable() })),
});
export type Reservation = z.infer<typeof Reservation>;

export const ReservationCreate = z.object({
  typeCode: singleLine({ error: '请选择文书类型' }).trim().min(1, { error: '请选择文书类型' }).max(64).describe('文书类型'),
  count: z.number({ error: '预留数量应为 1–50 的整数' }).int({ error: '预留数量应为整数' }).min(1, { error: '预留数量至少为 1' }).max(50, { error: '预留数量一次最多 50 个' }).describe('预留数量'),
  deviceId: Name('设备标识', 100),
  useUnitSeries: z.boolean().default(false).describe('使用本科室子序列'),
});
export type ReservationCreate = z.input<typeof ReservationCreate>;
export const ReservationQuery = z.object({ status: z.enum(['open', 'closed']).optional().describe('状态'), agencyId: Id.optional().describe('机关') });
const Serials = z.array(z.number().int().min(1), { error: '序号应为整数列表' }).min(1, { error: '请至少选择一个序号' }).max(50).describe('序号');
export const ReservationReturn = z.object({ serials: Serials.optional() });
export const ReservationVoid = z.object({ serials: Serials, reason: Reason('作废原因') });

// ── documents ─────────────────────────────────────────────────────────────────────────────────

export const documentStatuses = ['draft', 'pendingApproval', 'returned', 'approved', 'rejected', 'issued', 'served', 'archived', 'corrected', 'voided'] as const;
export type DocumentStatus = (typeof documentStatuses)[number];
export const documentStatusLabel: Record<DocumentStatus, string> = {
  draft: '草稿',
  pendingApproval: '审批中',
  returned: '已退回补正',
  approved: '已批准待签发',
  rejected: '未获批准',
  issued: '已签发',
  served: '已送达',
  archived: '已归档',
  corrected: '已更正',
  voided: '已作废',
};

export const serviceMethods = ['direct', 'left', 'post', 'entrusted', 'publicNotice', 'electronic'] as const;
export type ServiceMethod = (typeof serviceMethods)[number];
export const serviceMethodLabel: Record<ServiceMethod, string> = {
  direct: '直接送达',
  left: '留置送达',
  post: '邮寄送达',
  entrusted: '委托送达',
  publicNotice: '公告送达',
  electronic: '电子送达',
};

/** The party as typed in a draft when it is not (only) taken from the enterprise registry. */
export const PartyInput = z.object({
  kind: z.enum(['organization', 'soleProprietor', 'individual'], { error: '当事人类型应为 单位、个体工商户 或 个人' }).describe('当事人类型'),
  name: Name('当事人名称', 200),
  creditCode: OptText('统一社会信用代码', 18),
  address: OptText('地址', 200),
  postcode: OptText('邮政编码', 10),
  legalRepresentative: OptText('法定代表人（负责人）', 50),
  legalRepresentativeTitle: OptText('职务', 50),
  phone: OptText('联系电话', 40),
  gender: z.enum(['male', 'female']).nullable().optional().describe('性别'),
  birthDate: IsoDate('出生日期').nullable().optional(),
  idNumber: OptText('身份证号码', 18),
  employer: OptText('工作单位', 200),
  position: OptText('职务（岗位）', 50),
}).describe('当事人');
export type PartyInput = z.input<typeof PartyInput>;

const signatureRoles = ['party', 'witness', 'recorder', 'inquiree', 'recipient', 'hearingOfficer'] as const;
export const SignatureFiles = z.partialRecord(z.enum(signatureRoles), FileRef.nullable()).describe('签名图片');

const CaseKey = singleLine().trim().min(1, { error: '案件（检查）标识不能为空' }).max(80, { error: '案件（检查）标识不能超过 80 个字符' }).describe('案件（检查）标识');

const OfficerIds = z.array(Id, { error: '执法人员应为列表' }).max(2, { error: '执法人员：文书上最多显示两名执法人员（Q9），更多人员参加的可线下体现' }).describe('执法人员');
/** Bounds of a draft's template fields before the type's own schema checks them (issue 7). */
export const FIELDS_MAX_DEPTH = 8;
export const FIELDS_MAX_BYTES = 256 * 1024;

/** Nesting depth of a JSON value, without recursion (a body nested 5,000 levels deep must not overflow the stack). */
function depthOf(value: unknown, limit: number): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (d + 1 > max) max = d + 1;
    if (max > limit) return max;
    for (const child of Object.values(v)) stack.push([child, d + 1]);
  }
  return max;
}

const Fields = z
  .record(z.string(), z.unknown(), { error: '文书内容应为对象' })
  .superRefine((v, ctx) => {
    if (depthOf(v, FIELDS_MAX_DEPTH) > FIELDS_MAX_DEPTH) ctx.addIssue({ code: 'custom', message: `文书内容：嵌套层级过深（最多 ${FIELDS_MAX_DEPTH} 层）` });
    else if (new TextEncoder().encode(JSON.stringify(v)).length > FIELDS_MAX_BYTES) ctx.addIssue({ code: 'custom', message: `文书内容：过大（最多 ${FIELDS_MAX_BYTES / 1024} KB）` });
  })
  .describe('文书内容');
const AccountIds = z.array(Id).max(10, { error: '缴款账户最多 10 个' }).describe('缴款账户');
const UseUnitSeries = z.boolean().describe('使用本科室子序列编号');

export const DocumentCreate = z.object({
  typeCode: singleLine({ error: '请选择文书类型' }).trim().min(1, { error: '请选择文书类型' }).max(64).describe('文书类型'),
  title: OptText('标题', 200),
  enterpriseId: Id.nullable().optional().describe('当事人（企业库）'),
  party: PartyInput.nullable().optional(),
  officerIds: OfficerIds.default([]),
  fields: Fields.default({}),
  caseKey: CaseKey.nullable().optional(),
  paymentAccountIds: AccountIds.default([]),
  signatureFiles: SignatureFiles.optional(),
  useUnitSeries: UseUnitSeries.default(false),
});
export type DocumentCreate = z.input<typeof DocumentCreate>;

/** Only what is sent changes (no defaults: an absent field keeps its value). */
export const DocumentUpdate = z.object({
  title: OptText('标题', 200),
  enterpriseId: Id.nullable().optional().describe('当事人（企业库）'),
  party: PartyInput.nullable().optional(),
  officerIds: OfficerIds.optional(),
  fields: Fields.optional(),
  caseKey: CaseKey.nullable().optional(),
  paymentAccountIds: AccountIds.optional(),
  signatureFiles: SignatureFiles.optional(),
  useUnitSeries: UseUnitSeries.optional(),
});
export type DocumentUpdate = z.input<typeof DocumentUpdate>;

/** Submitting for approval: the drafter's opinion fills the 承办人意见 cell of a 审批表 (required there). */
export const DocumentSubmitBody = z.object({
  opinion: multiLine({ error: '承办人意见应为文字' }).trim().max(1000, { error: '承办人意见不能超过 1000 个字符' }).optional().describe('承办人意见'),
});
export type DocumentSubmitBody = z.input<typeof DocumentSubmitBody>;

export const DocumentIssueBody = z.object({
  reservation: z.object({ reservationId: Id.describe('预留号段'), serial: z.number().int().min(1).describe('预留序号') }).optional().describe('使用预留编号'),
});
export type DocumentIssueBody = z.input<typeof DocumentIssueBody>;

export const ReasonBody = z.object({ reason: Reason('原因') });

export const DocumentListQuery = PageQuery.extend({
  box: z.enum(['mine', 'all'], { error: '列表应为 mine（我起草的）或 all（数据范围内全部）' }).default('mine').describe('列表'),
  status: z.enum(documentStatuses, { error: '状态无效' }).optional().describe('状态'),
  typeCode: singleLine().trim().max(64).optional().describe('文书类型'),
});
export type DocumentListQuery = z.input<typeof DocumentListQuery>;

export const DocumentListItem = z.object({
  id: z.string(),
  rootId: z.string(),
  versionNo: z.number().int(),
  typeCode: z.string(),
  typeName: z.string(),
  title: z.string(),
  number: z.string().nullable(),
  status: z.enum(documentStatuses),
  partyName: z.string().nullable(),
  ownerName: z.string(),
  agencyName: z.string(),
  issuedOn: z.string().nullable(),
  updatedAt: z.string(),
});
export type DocumentListItem = z.infer<typeof DocumentListItem>;

export const Deadline = z.object({ key: z.string(), label: z.string(), date: z.string(), met: z.boolean().nullable(), basis: z.string().nullable(), verified: z.boolean() });
export type Deadline = z.infer<typeof Deadline>;

/** Something officers must act on: a missing or refused approval, an unresolved citation (issue 8). */
export const DocumentFlag = z.object({ key: z.string(), message: z.string() });
export type DocumentFlag = z.infer<typeof DocumentFlag>;

/** An urgent measure issued first whose head's approval is overdue, late or refused (行政强制法第十九条). */
export const DocumentApprovalFlag = z.object({
  documentId: z.string(),
  typeCode: z.string(),
  typeName: z.string(),
  title: z.string(),
  number: z.string().nullable(),
  issuedAt: z.string(),
  dueAt: z.string(),
  state: z.enum(['approved', 'late', 'pending', 'overdue', 'refused']),
  message: z.string(),
});
export type DocumentApprovalFlag = z.infer<typeof DocumentApprovalFlag>;

export const ServiceRecord = z.object({
  id: z.string(),
  method: z.enum(serviceMethods),
  servedAt: z.string(),
  recipient: z.string(),
  place: z.string(),
  receiverRelation: z.string().nullable(),
  witnessName: z.string().nullable(),
  receiptFileId: z.string().nullable(),
  consentId: z.string().nullable(),
  note: z.string().nullable(),
  receiptDocumentId: z.string().nullable(),
  receiptNumber: z.string().nullable(),
  recordedByName: z.string(),
  createdAt: z.string(),
});
export type ServiceRecord = z.infer<typeof ServiceRecord>;

export const DocumentVersionInfo = z.object({
  id: z.string(),
  versionNo: z.number().int(),
  status: z.enum(documentStatuses),
  number: z.string().nullable(),
  issuedAt: z.string().nullable(),
  correctionReason: z.string().nullable(),
  pdfSm3: z.string().nullable(),
});

export const DocumentDetail = DocumentListItem.extend({
  agencyId: z.string(),
  unitId: z.string().nullable(),
  ownerId: z.string(),
  kind: z.enum(documentKinds),
  mustServe: z.boolean(),
  needsApproval: z.boolean(),
  enterpriseId: z.string().nullable(),
  party: PartyInput.nullable(),
  officers: z.array(z.object({ id: z.string(), name: z.string(), certNo: z.string() })),
  fields: z.record(z.string(), z.unknown()),
  caseKey: z.string().nullable(),
  paymentAccountIds: z.array(z.string()),
  signatureFiles: z.record(z.string(), z.string().nullable()),
  useUnitSeries: z.boolean(),
  templateVersion: z.string().nullable(),
  issuedAt: z.string().nullable(),
  pdfSm3: z.string().nullable(),
  signature: z.string().nullable(),
  publicKey: z.string().nullable(),
  verifyUrl: z.string().nullable(),
  approvalId: z.string().nullable(),
  supersedesId: z.string().nullable(),
  supersededById: z.string().nullable(),
  correctionReason: z.string().nullable(),
  voidReason: z.string().nullable(),
  /** What is still missing or wrong for issuance (field errors in Chinese); empty = ready. */
  problems: z.array(z.object({ path: z.string(), message: z.string() })),
  versions: z.array(DocumentVersionInfo),
  services: z.array(ServiceRecord),
  deadlines: z.array(Deadline),
  flags: z.array(DocumentFlag),
  can: z.object({ edit: z.boolean(), submit: z.boolean(), issue: z.boolean(), serve: z.boolean(), archive: z.boolean(), correct: z.boolean(), void: z.boolean() }),
});
export type DocumentDetail = z.infer<typeof DocumentDetail>;

/** 公告送达 only when the recipient cannot be found or the other methods failed (民事诉讼法第九十五条). */
export const publicNoticeGrounds = ['whereaboutsUnknown', 'otherMethodsFailed'] as const;
export const publicNoticeGroundLabel: Record<(typeof publicNoticeGrounds)[number], string> = { whereaboutsUnknown: '受送达人下落不明', otherMethodsFailed: '用其他方式无法送达' };
const FailedAttempt = z.object({
  method: z.enum(serviceMethods, { error: '送达方式无效' }).describe('送达方式'),
  attemptedOn: IsoDate('送达日期'),
  result: Name('未能送达的情况', 200),
}).describe('已尝试的送达');

/** In what capacity the natural person who signed a 送达回执 received the document. */
export const signerCapacities = ['self', 'legalRepresentative', 'authorisedAgent', 'employee', 'adultFamilyMember', 'other'] as const;
export const signerCapacityLabel: Record<(typeof signerCapacities)[number], string> = {
  self: '受送达人本人',
  legalRepresentative: '法定代表人（负责人）',
  authorisedAgent: '授权委托人',
  employee: '受送达单位员工（收发部门）',
  adultFamilyMember: '同住成年家属',
  other: '其他',
};

export const ServiceCreate = z.object({
  method: z.enum(serviceMethods, { error: '送达方式应为 直接、留置、邮寄、委托、公告 或 电子送达（Q7：不得创设其他方式）' }).describe('送达方式'),
  servedAt: LocalDateTime('送达时间'),
  recipient: Name('受送达人', 200),
  place: Name('送达地点', 200),
  receiverRelation: OptText('收件人与受送达人关系', 50),
  signerName: OptText('签收人姓名', 50),
  signerCapacity: z.enum(signerCapacities, { error: '签收人身份应为本人、法定代表人、授权委托人、员工、成年家属或其他' }).nullable().optional().describe('签收人身份'),
  signerCapacityNote: OptText('签收人身份说明', 100),
  refusal: OptText('拒收情况', 500),
  witnessName: OptText('见证人', 50),
  witnessCapacity: OptText('见证人身份（单位、职务）', 100),
  postalNumber: OptText('邮件号码', 40),
  witnessSignatureFileId: FileRef.nullable().optional().describe('见证人签名'),
  recipientSignatureFileId: FileRef.nullable().optional().describe('收件人签名'),
  receiptFileId: FileRef.nullable().optional().describe('送达回执照片'),
  consentId: Id.nullable().optional().describe('电子送达同意'),
  officerIds: z.array(Id).max(2, { error: '送达人：最多两名' }).optional().describe('送达人'),
  note: OptText('备注', 500),
  publicNoticeGround: z.enum(publicNoticeGrounds, { error: '公告送达理由应为 受送达人下落不明 或 用其他方式无法送达' }).nullable().optional().describe('公告送达理由'),
  failedAttempts: z.array(FailedAttempt, { error: '已尝试的送达应为列表' }).max(10, { error: '已尝试的送达最多 10 条' }).optional().describe('已尝试的其他送达方式'),
});
export type ServiceCreate = z.input<typeof ServiceCreate>;

export const RerenderCheck = z.object({ identical: z.boolean(), templateVersion: z.string(), storedSm3: z.string(), renderedSm3: z.string() });

// ── files, seals, signatures, payment accounts, consents ──────────────────────────────────────

export const UploadedFile = z.object({ id: z.string(), sm3: z.string(), sizeBytes: z.number().int(), mediaType: z.string() });
export type UploadedFile = z.infer<typeof UploadedFile>;
export const fileKinds = ['signature', 'receipt', 'consent'] as const;
export const UploadQuery = z.object({ kind: z.enum(fileKinds, { error: '文件用途应为 signature（签名 PNG）、receipt（送达回执照片）或 consent（电子送达确认书）' }).describe('文件用途') });

export const Seal = z.object({
  id: z.string(),
  agencyId: z.string(),
  kind: z.enum(['agencySeal', 'enforcementSeal']),
  fileId: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  active: z.boolean(),
  uploadedAt: z.string(),
  uploadedByName: z.string().nullable(),
});
export type Seal = z.infer<typeof Seal>;
export const SealUploadQuery = z.object({
  agencyId: Id.describe('机关'),
  kind: z.enum(['agencySeal', 'enforcementSeal'], { error: '印章种类应为 agencySeal（公章）或 enforcementSeal（行政执法专用章）' }).describe('印章种类'),
});

export const OfficerSignature = z.object({ officerId: z.string(), fileId: z.string(), uploadedAt: z.string() });

export const PaymentAccount = z.object({
  id: z.string(),
  agencyId: z.string(),
  bank: z.string(),
  accountName: z.string(),
  accountNumber: z.string(),
  active: z.boolean(),
  sortOrder: z.number().int(),
});
export type PaymentAccount = z.infer<typeof PaymentAccount>;
export const PaymentAccountCreate = z.object({
  agencyId: Id.describe('机关'),
  bank: Name('开户银行', 100),
  accountName: Name('户名', 100),
  accountNumber: z.string({ error: '账号为必填项' }).trim().regex(/^[0-9][0-9 ]{5,38}[0-9]$/, { error: '账号：应为 7–40 位数字（可含空格分组）' }).describe('账号'),
  sortOrder: z.number().int().min(0).max(999).default(0).describe('排序'),
});
export const PaymentAccountUpdate = z.object({ active: z.boolean().optional().describe('启用'), sortOrder: z.number().int().min(0).max(999).optional().describe('排序') });

export const ServiceConsent = z.object({
  id: z.string(),
  agencyId: z.string(),
  enterpriseId: z.string().nullable(),
  partyName: z.string(),
  partyCode: z.string().nullable(),
  channel: z.string(),
  address: z.string(),
  signedOn: z.string(),
  fileId: z.string().nullable(),
  revokedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type ServiceConsent = z.infer<typeof ServiceConsent>;
export const ServiceConsentCreate = z.object({
  enterpriseId: Id.nullable().optional().describe('当事人（企业库）'),
  partyName: Name('当事人名称', 200),
  partyCode: OptText('统一社会信用代码或身份证号码', 18),
  channel: z.enum(['email', 'sms', 'platform', 'fax'], { error: '电子送达渠道应为 email、sms、platform 或 fax' }).describe('电子送达渠道'),
  address: Name('电子送达地址', 200),
  signedOn: IsoDate('确认书签订日期'),
  fileId: FileRef.nullable().optional().describe('确认书扫描件'),
});
export type ServiceConsentCreate = z.input<typeof ServiceConsentCreate>;
export const ConsentQuery = z.object({ enterpriseId: Id.optional().describe('当事人（企业库）'), q: singleLine().trim().max(100).optional().describe('搜索词') });

// ── public verification ───────────────────────────────────────────────────────────────────────

export const verifyStatuses = ['valid', 'corrected', 'voided'] as const;
export type VerifyStatus = (typeof verifyStatuses)[number];
export const verifyStatusLabel: Record<VerifyStatus, string> = { valid: '有效', corrected: '已更正', voided: '已作废' };

// No length rule here: any junk a client pastes gets the same plain 404 from the service.
export const TokenParams = z.object({ token: singleLine().max(512, { error: '不能超过 512 个字符' }).describe('核验码') });

export const VerifyResult = z.object({
  number: z.string().nullable(),
  typeName: z.string(),
  agencyName: z.string(),
  issuedOn: z.string(),
  status: z.enum(verifyStatuses),
  statusLabel: z.string(),
  served: z.boolean(),
  /** An organisation's name in full; a natural person's name masked (姓 + *). */
  party: z.string().nullable(),
  partyKind: z.enum(['organization', 'soleProprietor', 'individual']).nullable(),
  /** A natural person's ID number, masked to its last four characters. */
  partyIdNumber: z.string().nullable(),
  sm3: z.string(),
  signatureAlgorithm: z.literal('SM2-with-SM3'),
  signature: z.string(),
  signatureValid: z.boolean(),
  publicKey: z.string(),
  /** The token of the version that replaced this one (已更正). */
  currentToken: z.string().nullable(),
  correctionReason: z.string().nullable(),
});
export type VerifyResult = z.infer<typeof VerifyResult>;

export const VerifyFileBody = z.object({ contentBase64: multiLine().max(2_700_000, { error: '文件超过 2 MB，请以 multipart/form-data 上传' }).describe('文件内容（Base64）') });
export const VerifyFileResult = z.object({ identical: z.boolean(), uploadedSm3: z.string(), issuedSm3: z.string(), sizeBytes: z.number().int() });
export type VerifyFileResult = z.infer<typeof VerifyFileResult>;
