import { DocumentRenderError } from '../document-render-error';
import type { DocumentTemplate } from './document-template';
import { template as appraisalCommission } from './appraisal-commission';
import { template as caseClosureApproval } from './case-closure-approval';
import { template as caseExtensionApproval } from './case-extension-approval';
import { template as caseFilingApproval } from './case-filing-approval';
import { template as caseHandlingApproval } from './case-handling-approval';
import { template as caseNotificationApproval } from './case-notification-approval';
import { template as caseRevocationRecord } from './case-revocation-record';
import { template as caseTransferApproval } from './case-transfer-approval';
import { template as caseTransferLetter } from './case-transfer-letter';
import { template as coerciveMeasureApproval } from './coercive-measure-approval';
import { template as collectiveDeliberationRecord } from './collective-deliberation-record';
import { template as dossierContents } from './dossier-contents';
import { template as dossierCover } from './dossier-cover';
import { template as enforcementApplication } from './enforcement-application';
import { template as enforcementReminder } from './enforcement-reminder';
import { template as evidenceList } from './evidence-list';
import { template as evidencePreservationApproval } from './evidence-preservation-approval';
import { template as evidencePreservationDisposalApproval } from './evidence-preservation-disposal-approval';
import { template as evidencePreservationDisposalDecision } from './evidence-preservation-disposal-decision';
import { template as evidencePreservationNotice } from './evidence-preservation-notice';
import { template as finePaymentReminder } from './fine-payment-reminder';
import { template as hearingMeetingNotice } from './hearing-meeting-notice';
import { template as hearingNotice } from './hearing-notice';
import { template as hearingNotice2020 } from './hearing-notice-2020';
import { template as hearingRecord } from './hearing-record';
import { template as hearingReport } from './hearing-report';
import { template as inquiryNotice } from './inquiry-notice';
import { template as inquiryRecord } from './inquiry-record';
import { template as inspectionRecord } from './inspection-record';
import { template as inspectionScheme } from './inspection-scheme';
import { template as investigationReport } from './investigation-report';
import { template as legalReviewOpinion } from './legal-review-opinion';
import { template as matterApproval } from './matter-approval';
import { template as noPenaltyDecision } from './no-penalty-decision';
import { template as nonJurisdictionTransfer } from './non-jurisdiction-transfer';
import { template as onSiteMeasureDecision } from './on-site-measure-decision';
import { template as onSitePenaltyDecisionIndividual } from './on-site-penalty-decision-individual';
import { template as onSitePenaltyDecisionUnit } from './on-site-penalty-decision-unit';
import { template as paymentDeferralApproval } from './payment-deferral-approval';
import { template as paymentDeferralPermit } from './payment-deferral-permit';
import { template as penaltyDecisionIndividual } from './penalty-decision-individual';
import { template as penaltyDecisionIndividual2021 } from './penalty-decision-individual-2021';
import { template as penaltyDecisionUnit } from './penalty-decision-unit';
import { template as penaltyDecisionUnit2021 } from './penalty-decision-unit-2021';
import { template as penaltyNotice } from './penalty-notice';
import { template as penaltyNotice2020 } from './penalty-notice-2020';
import { template as rectificationExtensionApproval } from './rectification-extension-approval';
import { template as rectificationExtensionReply } from './rectification-extension-reply';
import { template as rectificationOrder } from './rectification-order';
import { template as rectificationReviewOpinion } from './rectification-review-opinion';
import { template as samplingVoucher } from './sampling-voucher';
import { template as sealingDecision } from './sealing-decision';
import { template as sealingDisposalDecision } from './sealing-disposal-decision';
import { template as sealingExtensionDecision } from './sealing-extension-decision';
import { template as sealingList } from './sealing-list';
import { template as serviceReceipt } from './service-receipt';
import { template as siteExaminationRecord } from './site-examination-record';
import { template as statementDefenceRecord } from './statement-defence-record';
import { template as supplyRestorationNotice } from './supply-restoration-notice';
import { template as supplySuspensionDecision } from './supply-suspension-decision';
import { template as supplySuspensionNotice } from './supply-suspension-notice';
import { template as surchargeDecision } from './surcharge-decision';

/**
 * Every template version ever issued stays here: an issued document re-renders with the version it
 * was issued with. Add a new version as a new module; never edit an issued one.
 */
export const templates: readonly DocumentTemplate[] = [
  caseFilingApproval,
  inspectionScheme,
  inspectionRecord,
  onSiteMeasureDecision,
  rectificationOrder,
  rectificationReviewOpinion,
  coerciveMeasureApproval,
  sealingDecision,
  sealingList,
  sealingExtensionDecision,
  sealingDisposalDecision,
  supplySuspensionNotice,
  supplySuspensionDecision,
  supplyRestorationNotice,
  inquiryNotice,
  inquiryRecord,
  siteExaminationRecord,
  samplingVoucher,
  evidencePreservationApproval,
  evidencePreservationNotice,
  evidencePreservationDisposalApproval,
  evidencePreservationDisposalDecision,
  appraisalCommission,
  evidenceList,
  penaltyNotice,
  penaltyNotice2020,
  statementDefenceRecord,
  hearingNotice,
  hearingNotice2020,
  hearingMeetingNotice,
  hearingRecord,
  hearingReport,
  caseHandlingApproval,
  collectiveDeliberationRecord,
  onSitePenaltyDecisionUnit,
  onSitePenaltyDecisionIndividual,
  penaltyDecisionUnit2021,
  penaltyDecisionUnit,
  penaltyDecisionIndividual2021,
  penaltyDecisionIndividual,
  finePaymentReminder,
  surchargeDecision,
  paymentDeferralApproval,
  paymentDeferralPermit,
  serviceReceipt,
  enforcementReminder,
  enforcementApplication,
  caseTransferApproval,
  caseTransferLetter,
  caseExtensionApproval,
  caseClosureApproval,
  dossierCover,
  dossierContents,
  legalReviewOpinion,
  investigationReport,
  noPenaltyDecision,
  caseRevocationRecord,
  caseNotificationApproval,
  rectificationExtensionApproval,
  rectificationExtensionReply,
  nonJurisdictionTransfer,
  matterApproval,
];

const byCode = new Map<string, DocumentTemplate[]>();
for (const t of templates) byCode.set(t.code, [...(byCode.get(t.code) ?? []), t]);
for (const versions of byCode.values()) versions.sort((a, b) => compareVersions(a.version, b.version));

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

/** The template of a document type; without `version` the newest. */
export function getTemplate(code: string, version?: string): DocumentTemplate {
  const versions = byCode.get(code);
  if (!versions?.length) throw new DocumentRenderError('UNKNOWN_DOCUMENT_TYPE', `文书类型“${code}”没有模板`);
  if (version === undefined) return versions[versions.length - 1] as DocumentTemplate;
  const found = versions.find((t) => t.version === version);
  if (!found) throw new DocumentRenderError('UNKNOWN_TEMPLATE_VERSION', `文书类型“${code}”没有 ${version} 版模板（现有：${versions.map((t) => t.version).join('、')}）`);
  return found;
}

/** All versions of one type, oldest first. */
export const getTemplateVersions = (code: string): readonly DocumentTemplate[] => byCode.get(code) ?? [];
