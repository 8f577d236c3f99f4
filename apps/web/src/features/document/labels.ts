import type { DocumentStatus, DocumentTypeStatus, NumberStatus } from '@zhifa/shared';

export const documentStatusColor: Record<DocumentStatus, string> = {
  draft: 'default',
  pendingApproval: 'processing',
  returned: 'warning',
  approved: 'cyan',
  rejected: 'error',
  issued: 'blue',
  served: 'green',
  archived: 'purple',
  corrected: 'orange',
  voided: 'red',
};

export const typeStatusColor: Record<DocumentTypeStatus, string> = {
  draft: 'default',
  legalReview: 'processing',
  legalApproved: 'cyan',
  active: 'green',
  inactive: 'default',
  rejected: 'error',
};

export const numberStatusColor: Record<NumberStatus, string> = { issued: 'blue', voided: 'red', reserved: 'gold', returned: 'cyan' };

/** "2026-11-21T09:30" in Beijing time, for the 送达时间 field. */
export function beijingNow(): string {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 16);
}

/** 程序环节 of a document type (DocumentStage of @zhifa/documents). */
export const stageLabel: Record<string, string> = {
  inspectionScheme: '检查准备',
  inspection: '现场检查',
  onSiteMeasure: '现场处理',
  rectificationReview: '整改复查',
  coerciveMeasure: '行政强制',
  supplySuspension: '停止供电（民爆）',
  caseFiling: '立案',
  investigation: '调查取证',
  legalReview: '法制审核',
  penaltyNotice: '处罚告知',
  statement: '陈述申辩',
  hearing: '听证',
  collectiveDeliberation: '集体讨论',
  penaltyDecision: '处罚决定',
  simpleProcedure: '简易程序',
  execution: '执行',
  service: '送达',
  enforcementApplication: '强制执行',
  transfer: '移送',
  extension: '期限延长',
  closure: '结案',
  archiving: '归档',
  other: '其他',
};

export const signatoryLabel: Record<string, string> = {
  officers: '执法人员',
  party: '当事人',
  witness: '见证人',
  recorder: '记录人',
  inquiree: '被询问人',
  reviewer: '审核人',
  approver: '审批人',
  legalReviewer: '法制审核人',
  hearingOfficer: '听证主持人',
  participants: '参加人',
  recipient: '收件人',
};
