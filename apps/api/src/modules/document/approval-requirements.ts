import type { DocumentTypeDefinition, RequiredApproval } from '@zhifa/documents';

/**
 * Who must approve a document before (or, for urgent on-site measures, soon after) it is issued,
 * as declared per type in @zhifa/documents (`requiredApproval`, `urgentIssueFirst`). Pure: the
 * service loads what the approval engine recorded and asks.
 *
 * The agency head (行政机关负责人) is the head or a deputy head in charge: the seeded roles 分管领导
 * (deputyLeader, the last step of the seeded decision chains) and 局领导 (director).
 */
export const AGENCY_HEAD_ROLES: readonly string[] = ['deputyLeader', 'director'];
export const AGENCY_HEAD_LABEL = '行政机关负责人（分管领导或局领导）';

export type Requirement = Pick<DocumentTypeDefinition, 'name' | 'stage' | 'requiredApproval' | 'urgentIssueFirst'>;

/** One instance of the approval engine for the document, as the engine recorded it. */
export interface RecordedApproval {
  status: 'pending' | 'returned' | 'approved' | 'rejected' | 'withdrawn';
  finishedAt: string | null;
  steps: { roleCode: string; name: string }[];
  decisions: { action: 'approve' | 'reject' | 'return'; stepIndex: number | null; actorName: string | null; opinion: string | null; at: string }[];
}

export interface HeadDecision {
  approved: boolean;
  actorName: string | null;
  opinion: string | null;
  at: string;
}

/** The legal basis of the head's approval for a type. */
export function approvalBasis(t: Pick<DocumentTypeDefinition, 'stage'>): string {
  return ['coerciveMeasure', 'supplySuspension', 'onSiteMeasure'].includes(t.stage) ? '行政强制法第十八条' : '行政处罚法第五十七条';
}

export const requirementOf = (t: Partial<Pick<DocumentTypeDefinition, 'requiredApproval'>> | undefined): RequiredApproval => t?.requiredApproval ?? 'none';

/**
 * The head's decision recorded in the engine: an approval (instance approved, with an 'approve'
 * at a step held by a head role) or a refusal (a 'reject' at such a step). Newest instance first.
 */
export function headDecision(records: readonly RecordedApproval[]): HeadDecision | null {
  for (const r of records) {
    const headSteps = new Set(r.steps.flatMap((s, i) => (AGENCY_HEAD_ROLES.includes(s.roleCode) ? [i] : [])));
    const atHead = r.decisions.filter((d) => d.stepIndex !== null && headSteps.has(d.stepIndex));
    const last = atHead[atHead.length - 1];
    if (r.status === 'approved' && last?.action === 'approve') return { approved: true, actorName: last.actorName, opinion: last.opinion, at: last.at };
    if (r.status === 'rejected' && last?.action === 'reject') return { approved: false, actorName: last.actorName, opinion: last.opinion, at: last.at };
  }
  return null;
}

/** Why issuance must wait for the head's approval (null = it may be issued as far as approval goes). */
export function headApprovalGate(t: Requirement, records: readonly RecordedApproval[]): string | null {
  if (requirementOf(t) !== 'agency-head' || t.urgentIssueFirst) return null;
  const d = headDecision(records);
  if (d?.approved) return null;
  if (d && !d.approved) return `${t.name}：${AGENCY_HEAD_LABEL}未批准（${d.opinion ?? '不同意'}），不能签发（${approvalBasis(t)}）`;
  return `${t.name}须经${AGENCY_HEAD_LABEL}在审批流程中批准后才能签发（${approvalBasis(t)}）；本文书的审批记录中没有负责人的批准，请检查本机关该文书类型的审批流程是否含负责人审批步骤`;
}

export type UrgentState = 'approved' | 'late' | 'pending' | 'overdue' | 'refused';

export interface UrgentApproval {
  /** ISO instant by which the head's approval is due. */
  dueAt: string;
  state: UrgentState;
  message: string;
  head: HeadDecision | null;
}

/**
 * An urgent measure issued first: the head's approval is due within `hours` of issuance
 * (行政强制法第十九条). Flagged when overdue, late, or refused (the measure must be lifted at once).
 */
export function urgentApproval(t: Requirement, issuedAt: string, records: readonly RecordedApproval[], now: string): UrgentApproval | null {
  if (!t.urgentIssueFirst) return null;
  const dueAt = new Date(Date.parse(issuedAt) + t.urgentIssueFirst.hours * 3_600_000).toISOString();
  const head = headDecision(records);
  const within = `签发后 ${t.urgentIssueFirst.hours} 小时内（${t.urgentIssueFirst.basis}）`;
  if (head?.approved) {
    return head.at <= dueAt
      ? { dueAt, state: 'approved', head, message: `${AGENCY_HEAD_LABEL}已于${within}补办批准` }
      : { dueAt, state: 'late', head, message: `${AGENCY_HEAD_LABEL}的批准晚于${within}的期限` };
  }
  if (head && !head.approved) return { dueAt, state: 'refused', head, message: `${AGENCY_HEAD_LABEL}不予批准，应当立即解除已实施的措施（${t.urgentIssueFirst.basis}）` };
  return now <= dueAt
    ? { dueAt, state: 'pending', head: null, message: `须在${within}报告${AGENCY_HEAD_LABEL}并补办批准手续` }
    : { dueAt, state: 'overdue', head: null, message: `已超过${within}的期限，仍未取得${AGENCY_HEAD_LABEL}的批准` };
}

/** The states that put a document on the flags list. */
export const flaggedStates: readonly UrgentState[] = ['late', 'overdue', 'refused'];
