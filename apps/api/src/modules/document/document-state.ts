import { documentStatuses, documentStatusLabel, type DocumentStatus } from '@zhifa/shared';

/**
 * The lifecycle of one document version: draft → (approval) → issued → served → archived, with
 * corrections (a new version; the old one becomes 已更正 when the new one is issued) and voiding.
 * Pure: the service asks, and turns a refusal into a 409 with the message.
 */

export { documentStatuses, documentStatusLabel, type DocumentStatus };

export type DocumentCommand = 'edit' | 'submit' | 'issue' | 'serve' | 'archive' | 'correct' | 'void' | 'sign';

export interface DocumentFacts {
  /** The type needs approval, or the agency configured an approval chain for it. */
  needsApproval: boolean;
  /** Served on the party or a third party (has a 送达回执). */
  served: boolean;
  /** An urgent measure: may be issued first, its approval follows (行政强制法第十九条). */
  issueBeforeApproval?: boolean;
  /** A refusal closes the matter and is archived (Q3: 不予立案 goes straight to 结案归档). */
  archiveRefused?: boolean;
}

export type Decision = { ok: true; next: DocumentStatus } | { ok: false; message: string };

const issuedLike = new Set<DocumentStatus>(['issued', 'served', 'archived', 'corrected', 'voided']);
const refuse = (message: string): Decision => ({ ok: false, message });

function notEditable(status: DocumentStatus): string {
  if (issuedLike.has(status)) return `文书${documentStatusLabel[status]}，不能修改；如需更正，请使用“更正”生成新版本（原版本保留）`;
  if (status === 'pendingApproval') return '文书正在审批中，不能修改；如需修改，请先撤回审批';
  if (status === 'approved') return '文书已批准，不能再修改；如需修改，请签发后更正或重新起草';
  return `文书${documentStatusLabel[status]}，不能修改`;
}

export function decide(status: DocumentStatus, command: DocumentCommand, facts: DocumentFacts): Decision {
  switch (command) {
    case 'edit':
    case 'sign':
      return status === 'draft' || status === 'returned' ? { ok: true, next: status } : refuse(notEditable(status));
    case 'submit':
      if (!facts.needsApproval) return refuse('该文书无需审批，可直接签发');
      if (facts.issueBeforeApproval && (status === 'issued' || status === 'served')) return { ok: true, next: status };
      if (status === 'returned') return refuse('文书已退回补正，请在审批详情中“重新提交”');
      return status === 'draft' ? { ok: true, next: 'pendingApproval' } : refuse(`文书${documentStatusLabel[status]}，不能提交审批`);
    case 'issue':
      if (status === 'approved') return { ok: true, next: 'issued' };
      if (status === 'draft') return facts.needsApproval && !facts.issueBeforeApproval ? refuse('该文书须经审批后签发，请先提交审批') : { ok: true, next: 'issued' };
      if (status === 'pendingApproval') return refuse('文书审批尚未完成，不能签发');
      if (status === 'rejected') return refuse('文书未获批准，不能签发');
      if (status === 'returned') return refuse('文书已退回补正，请补正后重新提交审批');
      return refuse(`文书${documentStatusLabel[status]}，不能再次签发`);
    case 'serve':
      if (!facts.served) return refuse('内部文书和笔录无需送达');
      return status === 'issued' || status === 'served' ? { ok: true, next: 'served' } : refuse(`文书${documentStatusLabel[status]}，不能登记送达${status === 'corrected' ? '（请送达更正后的版本）' : ''}`);
    case 'archive':
      if (status === 'served' || (status === 'issued' && !facts.served)) return { ok: true, next: 'archived' };
      if (status === 'rejected' && facts.archiveRefused) return { ok: true, next: 'archived' };
      if (status === 'issued') return refuse('文书尚未送达，送达后才能归档');
      return refuse(`文书${documentStatusLabel[status]}，不能归档`);
    case 'correct':
      if (status === 'issued' || status === 'served') return { ok: true, next: status };
      if (status === 'archived') return refuse('文书已归档，归档后的卷宗材料不得更改');
      return refuse(`文书${documentStatusLabel[status]}，不能更正${status === 'corrected' ? '（请更正最新版本）' : ''}`);
    case 'void':
      return status === 'issued' || status === 'served' ? { ok: true, next: 'voided' } : refuse(`文书${documentStatusLabel[status]}，不能作废`);
  }
}

/** What the approval engine's outcome does to the document. */
export function afterApproval(outcome: 'approved' | 'rejected' | 'returnedToSubmitter' | 'returnedToStep' | 'withdrawn' | 'resubmitted'): DocumentStatus {
  switch (outcome) {
    case 'approved':
      return 'approved';
    case 'rejected':
      return 'rejected';
    case 'returnedToSubmitter':
      return 'returned';
    case 'returnedToStep':
    case 'resubmitted':
      return 'pendingApproval';
    case 'withdrawn':
      return 'draft';
  }
}
