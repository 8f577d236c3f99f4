/**
 * The catalogue of 执法文书 types (reference.md §1.3 and the 2021+ additions).
 * The API seeds its document-type table from this array; templates are looked up by `code`.
 */

/** 内 internal approval/record · 外 served on the party · 录 record signed on site · 三 sent to a third party. */
export type DocumentKind = 'internal' | 'served' | 'record' | 'thirdParty';

export type DocumentStage =
  | 'inspectionScheme'
  | 'inspection'
  | 'onSiteMeasure'
  | 'rectificationReview'
  | 'coerciveMeasure'
  | 'supplySuspension'
  | 'caseFiling'
  | 'investigation'
  | 'legalReview'
  | 'penaltyNotice'
  | 'statement'
  | 'hearing'
  | 'collectiveDeliberation'
  | 'penaltyDecision'
  | 'simpleProcedure'
  | 'execution'
  | 'service'
  | 'enforcementApplication'
  | 'transfer'
  | 'extension'
  | 'closure'
  | 'archiving'
  | 'other';

/**
 * The seal a type lawfully carries. Decisions and notices served on the party or sent to a third
 * party carry the agency's seal (公章) or its 行政执法专用章; internal approval forms and records
 * (立案审批表, 现场检查方案, 现场检查记录, 笔录, 送达回执 …) carry none: they are signed, not sealed.
 */
export type SealKind = 'agencySeal' | 'enforcementSeal' | 'none';

export type Signatory =
  | 'officers'
  | 'party'
  | 'witness'
  | 'recorder'
  | 'inquiree'
  | 'reviewer'
  | 'approver'
  | 'legalReviewer'
  | 'hearingOfficer'
  | 'participants'
  | 'recipient';

export type DocumentCategory = 'standard' | 'other';

export interface DocumentTypeDefinition {
  /** Stable English id, also the template module name. */
  readonly code: string;
  /** Title printed on the document. */
  readonly name: string;
  /** 文书简称 in the number (责改 in 铜应急责改〔2020〕1号); null when the form carries no number. */
  readonly numberCode: string | null;
  /** True when the 简称 was not observed in a source and is our own choice (the API may configure another). */
  readonly numberCodeAssumed?: true;
  readonly kind: DocumentKind;
  readonly stage: DocumentStage;
  readonly numbered: boolean;
  /** Must be served (送达) with a 送达回执. */
  readonly mustServe: boolean;
  readonly needsApproval: boolean;
  readonly seal: SealKind;
  readonly signatories: readonly Signatory[];
  /** Carries the 复议/诉讼 notice (救济告知). */
  readonly hasRemedies: boolean;
  /** 'other' = 行政执法有关事项审批表, the catch-all for internal needs without their own form (Q6). */
  readonly category: DocumentCategory;
  /** Which party a form is for, where the set has separate 单位/个人 forms. */
  readonly partyKind?: 'organization' | 'individual';
  /** The document set the form belongs to. */
  readonly set: '2016' | '2021';
  /**
   * Whose approval issuance needs: `agency-head` = the approval of the agency's head (行政机关负责人)
   * recorded in the approval engine (行政处罚法第五十七条, 行政强制法第十八条); `chain` = the agency's
   * approval chain for the type; `none` = issued by the officers.
   */
  readonly requiredApproval: RequiredApproval;
  /** May be issued before the approval, which must follow within `hours` (行政强制法第十九条). */
  readonly urgentIssueFirst?: { readonly hours: number; readonly basis: string };
  /** Field paths (dot paths, `[]` for list rows) holding deadlines the document sets: not before the issue date. */
  readonly deadlineFields?: readonly string[];
  /** A refusal in the approval closes the matter and the refused form is archived (Q3: 不予立案 → 结案归档). */
  readonly archiveRefused?: true;
}

export type RequiredApproval = 'agency-head' | 'chain' | 'none';

type Entry = Omit<DocumentTypeDefinition, 'numbered' | 'category' | 'set' | 'requiredApproval'> &
  Partial<Pick<DocumentTypeDefinition, 'category' | 'set' | 'requiredApproval'>>;

const define = (entry: Entry): DocumentTypeDefinition => ({
  ...entry,
  numbered: entry.numberCode !== null,
  category: entry.category ?? 'standard',
  set: entry.set ?? '2016',
  requiredApproval: entry.requiredApproval ?? (entry.needsApproval ? 'chain' : 'none'),
});

/** Decisions the agency head approves (行政处罚法第五十七条; coercive measures: 行政强制法第十八条). */
const headApproval = { requiredApproval: 'agency-head', needsApproval: true } as const;
/** Urgent on-site measures: issued first, the head's approval within 24 hours (行政强制法第十九条). */
const urgent = { requiredApproval: 'agency-head', needsApproval: true, urgentIssueFirst: { hours: 24, basis: '行政强制法第十九条' } } as const;

const served = { kind: 'served', mustServe: true, needsApproval: false } as const;
const internalApproval = { kind: 'internal', mustServe: false, needsApproval: true, hasRemedies: false } as const;
const thirdParty = { kind: 'thirdParty', mustServe: true, needsApproval: false, hasRemedies: false } as const;
const approvalSigners = ['officers', 'reviewer', 'approver'] as const;
const officerAndParty = ['officers', 'party'] as const;

export const documentTypes: readonly DocumentTypeDefinition[] = [
  // 立案、检查、现场处理
  define({ code: 'case-filing-approval', name: '立案审批表', numberCode: '立', ...internalApproval, archiveRefused: true, stage: 'caseFiling', seal: 'none', signatories: approvalSigners }),
  define({ code: 'inspection-scheme', name: '现场检查方案', numberCode: '检查', ...internalApproval, stage: 'inspectionScheme', seal: 'none', signatories: approvalSigners }),
  define({ code: 'inspection-record', name: '现场检查记录', numberCode: '检记', kind: 'record', mustServe: false, needsApproval: false, hasRemedies: false, stage: 'inspection', seal: 'none', signatories: ['officers', 'party', 'witness'] }),
  define({ code: 'on-site-measure-decision', name: '现场处理措施决定书', numberCode: '现决', ...served, ...urgent, hasRemedies: true, stage: 'onSiteMeasure', seal: 'enforcementSeal', signatories: officerAndParty }),
  define({ code: 'rectification-order', name: '责令限期整改指令书', numberCode: '责改', ...served, deadlineFields: ['problems[].deadline'], hasRemedies: true, stage: 'onSiteMeasure', seal: 'enforcementSeal', signatories: officerAndParty }),
  define({ code: 'rectification-review-opinion', name: '整改复查意见书', numberCode: '复查', ...served, hasRemedies: false, stage: 'rectificationReview', seal: 'enforcementSeal', signatories: officerAndParty }),
  // 行政强制
  define({ code: 'coercive-measure-approval', name: '行政强制审批表', numberCode: '强审', ...internalApproval, stage: 'coerciveMeasure', seal: 'none', signatories: approvalSigners }),
  define({ code: 'sealing-decision', name: '查封扣押决定书', numberCode: '查扣', ...served, ...urgent, hasRemedies: true, stage: 'coerciveMeasure', seal: 'enforcementSeal', signatories: officerAndParty }),
  define({ code: 'sealing-list', name: '查封扣押（场所、设施、财物）清单', numberCode: null, ...served, hasRemedies: false, stage: 'coerciveMeasure', seal: 'none', signatories: ['officers', 'party', 'witness'] }),
  define({ code: 'sealing-extension-decision', name: '延长查封扣押期限决定书', numberCode: '查扣延期', ...served, ...headApproval, hasRemedies: true, stage: 'coerciveMeasure', seal: 'enforcementSeal', signatories: ['officers'] }),
  define({ code: 'sealing-disposal-decision', name: '查封扣押处理决定书', numberCode: '查扣处', ...served, ...headApproval, hasRemedies: true, stage: 'coerciveMeasure', seal: 'enforcementSeal', signatories: ['officers'] }),
  define({ code: 'supply-suspension-notice', name: '停止供电（供应民用爆炸物品）通知书', numberCode: '停供通', ...thirdParty, stage: 'supplySuspension', seal: 'enforcementSeal', signatories: ['officers', 'recipient'] }),
  define({ code: 'supply-suspension-decision', name: '停止供电（供应民用爆炸物品）决定书', numberCode: '停供决', ...served, ...headApproval, hasRemedies: true, stage: 'supplySuspension', seal: 'enforcementSeal', signatories: ['officers'] }),
  define({ code: 'supply-restoration-notice', name: '恢复供电（供应民用爆炸物品）通知书', numberCode: '恢复通', ...thirdParty, stage: 'supplySuspension', seal: 'enforcementSeal', signatories: ['officers', 'recipient'] }),
  // 调查取证
  define({ code: 'inquiry-notice', name: '询问通知书', numberCode: '询', ...served, hasRemedies: false, stage: 'investigation', seal: 'enforcementSeal', signatories: ['officers', 'party'] }),
  define({ code: 'inquiry-record', name: '询问笔录', numberCode: null, kind: 'record', mustServe: false, needsApproval: false, hasRemedies: false, stage: 'investigation', seal: 'none', signatories: ['officers', 'recorder', 'inquiree'] }),
  define({ code: 'site-examination-record', name: '勘验笔录', numberCode: '勘', kind: 'record', mustServe: false, needsApproval: false, hasRemedies: false, stage: 'investigation', seal: 'none', signatories: ['officers', 'recorder', 'party', 'witness'] }),
  define({ code: 'sampling-voucher', name: '抽样取证凭证', numberCode: '抽', ...served, hasRemedies: false, stage: 'investigation', seal: 'enforcementSeal', signatories: officerAndParty }),
  define({ code: 'evidence-preservation-approval', name: '先行登记保存证据审批表', numberCode: '先保审', ...internalApproval, stage: 'investigation', seal: 'none', signatories: approvalSigners }),
  define({ code: 'evidence-preservation-notice', name: '先行登记保存证据通知书', numberCode: '先保通', ...served, hasRemedies: false, stage: 'investigation', seal: 'enforcementSeal', signatories: officerAndParty }),
  define({ code: 'evidence-preservation-disposal-approval', name: '先行登记保存证据处理审批表', numberCode: '先保处审', ...internalApproval, stage: 'investigation', seal: 'none', signatories: approvalSigners }),
  define({ code: 'evidence-preservation-disposal-decision', name: '先行登记保存证据处理决定书', numberCode: '先保处', ...served, hasRemedies: false, stage: 'investigation', seal: 'enforcementSeal', signatories: officerAndParty }),
  define({ code: 'appraisal-commission', name: '鉴定委托书', numberCode: '鉴', ...thirdParty, deadlineFields: ['dueOn'], stage: 'investigation', seal: 'enforcementSeal', signatories: ['officers'] }),
  define({ code: 'evidence-list', name: '物品清单', numberCode: null, ...served, hasRemedies: false, stage: 'investigation', seal: 'none', signatories: officerAndParty }),
  // 告知、陈述申辩、听证
  define({ code: 'penalty-notice', name: '行政处罚告知书', numberCode: '罚告', ...served, hasRemedies: false, stage: 'penaltyNotice', seal: 'agencySeal', signatories: [] }),
  define({ code: 'statement-defence-record', name: '当事人陈述申辩笔录', numberCode: null, kind: 'record', mustServe: false, needsApproval: false, hasRemedies: false, stage: 'statement', seal: 'none', signatories: ['officers', 'recorder', 'party'] }),
  define({ code: 'hearing-notice', name: '听证告知书', numberCode: '听告', ...served, hasRemedies: false, stage: 'hearing', seal: 'agencySeal', signatories: [] }),
  define({ code: 'hearing-meeting-notice', name: '听证会通知书', numberCode: '听通', ...served, hasRemedies: false, stage: 'hearing', seal: 'enforcementSeal', signatories: [] }),
  define({ code: 'hearing-record', name: '听证笔录', numberCode: null, kind: 'record', mustServe: false, needsApproval: false, hasRemedies: false, stage: 'hearing', seal: 'none', signatories: ['hearingOfficer', 'recorder', 'party', 'officers'] }),
  define({ code: 'hearing-report', name: '听证会报告书', numberCode: '听报', kind: 'internal', mustServe: false, needsApproval: true, hasRemedies: false, stage: 'hearing', seal: 'none', signatories: ['hearingOfficer', 'approver'] }),
  // 审理、决定
  define({ code: 'case-handling-approval', name: '案件处理呈批表', numberCode: '处呈', ...internalApproval, stage: 'penaltyDecision', seal: 'none', signatories: approvalSigners }),
  define({ code: 'collective-deliberation-record', name: '行政处罚集体讨论记录', numberCode: '罚集', kind: 'internal', mustServe: false, needsApproval: false, hasRemedies: false, stage: 'collectiveDeliberation', seal: 'none', signatories: ['participants', 'recorder'] }),
  define({ code: 'on-site-penalty-decision-unit', name: '行政（当场）处罚决定书（单位）', numberCode: '罚当', ...served, hasRemedies: true, stage: 'simpleProcedure', seal: 'agencySeal', signatories: officerAndParty, partyKind: 'organization' }),
  define({ code: 'on-site-penalty-decision-individual', name: '行政（当场）处罚决定书（个人）', numberCode: '罚当', ...served, hasRemedies: true, stage: 'simpleProcedure', seal: 'agencySeal', signatories: officerAndParty, partyKind: 'individual' }),
  define({ code: 'penalty-decision-unit', name: '行政处罚决定书（单位）', numberCode: '罚', ...served, ...headApproval, hasRemedies: true, stage: 'penaltyDecision', seal: 'agencySeal', signatories: [], partyKind: 'organization' }),
  define({ code: 'penalty-decision-individual', name: '行政处罚决定书（个人）', numberCode: '罚', ...served, ...headApproval, hasRemedies: true, stage: 'penaltyDecision', seal: 'agencySeal', signatories: [], partyKind: 'individual' }),
  // 执行
  define({ code: 'fine-payment-reminder', name: '缴纳罚款催告书', numberCode: '催', ...served, hasRemedies: false, stage: 'execution', seal: 'enforcementSeal', signatories: [] }),
  define({ code: 'surcharge-decision', name: '加处罚款决定书', numberCode: '加罚', ...served, hasRemedies: true, stage: 'execution', seal: 'enforcementSeal', signatories: [] }),
  define({ code: 'payment-deferral-approval', name: '延期（分期）缴纳罚款审批表', numberCode: '缴审', ...internalApproval, stage: 'execution', seal: 'none', signatories: approvalSigners }),
  define({ code: 'payment-deferral-permit', name: '延期（分期）缴纳罚款批准书', numberCode: '缴批', ...served, deadlineFields: ['deferUntil', 'installments[].dueOn'], hasRemedies: false, stage: 'execution', seal: 'enforcementSeal', signatories: [] }),
  define({ code: 'service-receipt', name: '文书送达回执', numberCode: '回', kind: 'record', mustServe: false, needsApproval: false, hasRemedies: false, stage: 'service', seal: 'none', signatories: ['recipient', 'officers', 'witness'] }),
  define({ code: 'enforcement-reminder', name: '行政强制执行事先催告书', numberCode: '执行催告', ...served, hasRemedies: false, stage: 'enforcementApplication', seal: 'enforcementSeal', signatories: [] }),
  define({ code: 'enforcement-application', name: '强制执行申请书', numberCode: '强执', ...thirdParty, stage: 'enforcementApplication', seal: 'enforcementSeal', signatories: [] }),
  // 移送、延期、结案、归档
  define({ code: 'case-transfer-approval', name: '案件移送审批表', numberCode: '移审', ...internalApproval, stage: 'transfer', seal: 'none', signatories: approvalSigners }),
  define({ code: 'case-transfer-letter', name: '案件移送书', numberCode: '移', ...thirdParty, stage: 'transfer', seal: 'enforcementSeal', signatories: [] }),
  define({ code: 'case-extension-approval', name: '案件延期审批表', numberCode: '案延', ...internalApproval, deadlineFields: ['extendTo'], stage: 'extension', seal: 'none', signatories: approvalSigners }),
  define({ code: 'case-closure-approval', name: '结案审批表', numberCode: '结', ...internalApproval, stage: 'closure', seal: 'none', signatories: approvalSigners }),
  define({ code: 'dossier-cover', name: '案卷（首页）', numberCode: '案', kind: 'internal', mustServe: false, needsApproval: false, hasRemedies: false, stage: 'archiving', seal: 'none', signatories: [] }),
  define({ code: 'dossier-contents', name: '卷内目录', numberCode: null, kind: 'internal', mustServe: false, needsApproval: false, hasRemedies: false, stage: 'archiving', seal: 'none', signatories: [] }),
  // 2021 年《行政处罚法》修订后新增
  define({ code: 'legal-review-opinion', name: '行政处罚法制审核意见书', numberCode: '法审', numberCodeAssumed: true, kind: 'internal', mustServe: false, needsApproval: true, hasRemedies: false, stage: 'legalReview', seal: 'none', signatories: ['legalReviewer', 'approver'], set: '2021' }),
  define({ code: 'investigation-report', name: '行政处罚案件调查报告', numberCode: '终报', kind: 'internal', mustServe: false, needsApproval: true, hasRemedies: false, stage: 'investigation', seal: 'none', signatories: approvalSigners, set: '2021' }),
  define({ code: 'no-penalty-decision', name: '不予行政处罚决定书', numberCode: '不罚', numberCodeAssumed: true, ...served, ...headApproval, hasRemedies: true, stage: 'penaltyDecision', seal: 'agencySeal', signatories: [], set: '2021' }),
  define({ code: 'case-revocation-record', name: '案件撤销记录单', numberCode: null, ...internalApproval, stage: 'closure', seal: 'none', signatories: approvalSigners, set: '2021' }),
  define({ code: 'case-notification-approval', name: '案件告知审批表', numberCode: '告审', numberCodeAssumed: true, ...internalApproval, stage: 'penaltyNotice', seal: 'none', signatories: approvalSigners, set: '2021' }),
  define({ code: 'rectification-extension-approval', name: '整改复查延期申请审批表', numberCode: '延审', numberCodeAssumed: true, ...internalApproval, stage: 'rectificationReview', seal: 'none', signatories: approvalSigners, set: '2021' }),
  define({ code: 'rectification-extension-reply', name: '整改复查延期申请答复书', numberCode: '延复', numberCodeAssumed: true, ...served, deadlineFields: ['newDeadline'], hasRemedies: false, stage: 'rectificationReview', seal: 'enforcementSeal', signatories: [], set: '2021' }),
  define({ code: 'non-jurisdiction-transfer', name: '非职责范围安全问题移交单', numberCode: '移交', numberCodeAssumed: true, ...thirdParty, stage: 'transfer', seal: 'enforcementSeal', signatories: ['officers', 'recipient'], set: '2021' }),
  define({ code: 'matter-approval', name: '行政执法有关事项审批表', numberCode: '审批', numberCodeAssumed: true, ...internalApproval, stage: 'other', seal: 'none', signatories: approvalSigners, category: 'other', set: '2021' }),
];

/**
 * Forms that run over more than one page when their content does (records, reports, lists, the
 * full 行政处罚决定书); every other form is a one-page form and keeps to one page for typical content.
 */
export const multiPageForms: ReadonlySet<string> = new Set([
  'inspection-record',
  'inspection-scheme',
  'inquiry-record',
  'site-examination-record',
  'statement-defence-record',
  'hearing-record',
  'hearing-report',
  'collective-deliberation-record',
  'case-handling-approval',
  'legal-review-opinion',
  'investigation-report',
  'penalty-decision-unit',
  'penalty-decision-individual',
  'enforcement-application',
  'case-transfer-letter',
  'sealing-list',
  'evidence-list',
  'dossier-contents',
]);

export const isOnePageForm = (code: string): boolean => !multiPageForms.has(code);

const byCode = new Map(documentTypes.map((t) => [t.code, t]));

export const findDocumentType = (code: string): DocumentTypeDefinition | undefined => byCode.get(code);
