import { documentTypes, findDocumentType } from '@zhifa/documents';
import type { CitationCheck, Deadline, DocumentFlag, FieldError } from '@zhifa/shared';
import * as citations from './citation.service';
import type { Db } from '../../platform/db/connect';
import type { Tx } from '../../platform/db/tx';
import type { Ctx } from '../../platform/http/context';
import { conflict, invalidFields } from '../../platform/http/errors';
import { approvalRecordsOf, documentObjectType, submitForApproval } from './approval-adapter';
import { flaggedStates, headApprovalGate, headDecision, requirementOf, urgentApproval, type UrgentApproval } from './approval-requirements';
import * as repo from './document.repository';
import * as gatesRepo from './issue-gates.repository';
import { ruleRowsFor } from './serving-queries';
import { LIMIT_RULE_KEYS, limitProblems, type PartyKind } from './statutory-limits';

/**
 * The legal gates of a document (issue 8): statutory limits on its content (checked when a draft is
 * saved and again at issue, on the issue date), the approvals its type requires (the agency head's
 * for decisions and coercive measures; urgent on-site measures issued first and approved within 24
 * hours), and the flags of urgent measures whose approval is missing. document.service calls these
 * through small hooks.
 */

type Q = Db | Tx;

interface StoredParty {
  party?: { kind?: PartyKind };
}

const partyKindOf = (partyJson: string | null): PartyKind | null => (partyJson ? ((JSON.parse(partyJson) as StoredParty).party?.kind ?? null) : null);

export const typeFacts = (code: string): { issueBeforeApproval: boolean; archiveRefused: boolean } => {
  const def = findDocumentType(code);
  return { issueBeforeApproval: Boolean(def?.urgentIssueFirst), archiveRefused: Boolean(def?.archiveRefused) };
};

/** The type's declaration asks for an approval (the head's, or the chain's). */
export const declaresApproval = (code: string): boolean => requirementOf(findDocumentType(code)) !== 'none';

/** Statutory-limit problems of a document's content on `date` (field errors; empty = within the limits). */
export async function limitsOf(db: Q, doc: { typeCode: string; fields: Record<string, unknown>; partyJson: string | null; agencyId: string }, date: string): Promise<FieldError[]> {
  const def = findDocumentType(doc.typeCode);
  const rules = await ruleRowsFor(db, LIMIT_RULE_KEYS);
  return limitProblems({ typeCode: doc.typeCode, fields: doc.fields, partyKind: partyKindOf(doc.partyJson), typePartyKind: def?.partyKind ?? null, date, deadlineFields: def?.deadlineFields, agencyIds: [doc.agencyId] }, rules);
}

/** On save: a draft may be incomplete, but what it says must be within the statutory limits. */
export async function assertWithinLimits(ctx: Ctx, doc: Parameters<typeof limitsOf>[1], date: string): Promise<void> {
  const problems = await limitsOf(ctx.db, doc, date);
  if (problems.length) throw invalidFields(problems);
}

const recordsFor = (db: Q, row: { id: string; type_code: string }) => approvalRecordsOf(db, documentObjectType(row.type_code), row.id);

/** At issue: the approval the type requires must be recorded in the approval engine (409 otherwise). */
export async function assertRequiredApproval(db: Q, row: { id: string; type_code: string }): Promise<void> {
  const def = findDocumentType(row.type_code);
  if (!def || requirementOf(def) !== 'agency-head') return;
  const refusal = headApprovalGate(def, await recordsFor(db, row));
  if (refusal) throw conflict(refusal);
}

/** The head's approval of an urgent measure issued first: due time and state (null for other types). */
export async function urgentApprovalOf(db: Q, row: { id: string; type_code: string; issued_at: string | null }, now: string): Promise<UrgentApproval | null> {
  const def = findDocumentType(row.type_code);
  if (!def?.urgentIssueFirst || !row.issued_at) return null;
  return urgentApproval(def, row.issued_at, await recordsFor(db, row), now);
}

export interface ApprovalFlag {
  documentId: string;
  typeCode: string;
  typeName: string;
  title: string;
  number: string | null;
  issuedAt: string;
  dueAt: string;
  state: UrgentApproval['state'];
  message: string;
}

/** Urgent measures in the caller's data scope whose head's approval is overdue, late or refused. */
export async function approvalFlags(ctx: Ctx): Promise<ApprovalFlag[]> {
  const urgentCodes = documentTypes.filter((t) => t.urgentIssueFirst).map((t) => t.code);
  const rows = await gatesRepo.issuedOfTypes(ctx.db, ctx.scope, urgentCodes);
  const now = ctx.now();
  const out: ApprovalFlag[] = [];
  for (const r of rows) {
    const u = await urgentApprovalOf(ctx.db, r, now);
    if (u && flaggedStates.includes(u.state)) {
      out.push({ documentId: r.id, typeCode: r.type_code, typeName: r.type_name ?? r.type_code, title: r.title, number: r.number, issuedAt: r.issued_at!, dueAt: u.dueAt, state: u.state, message: u.message });
    }
  }
  return out;
}

/** The head's approval deadline of an urgent measure, as a deadline of the document. */
export async function approvalDeadlines(db: Q, row: { id: string; type_code: string; issued_at: string | null }, now: string): Promise<Deadline[]> {
  const u = await urgentApprovalOf(db, row, now);
  const def = findDocumentType(row.type_code);
  if (!u || !def?.urgentIssueFirst) return [];
  const met = u.state === 'approved' ? true : u.state === 'pending' ? null : false;
  return [{ key: 'approval.agencyHead', label: `负责人补办批准期限（签发后 ${def.urgentIssueFirst.hours} 小时内）：${u.message}`, date: u.dueAt, met, basis: def.urgentIssueFirst.basis, verified: true }];
}

/**
 * What the drafter and the officers must see on the document: a missing or refused approval, and
 * (while it is a draft, `draftDate` set) the citations that do not resolve in the law library.
 */
export async function documentFlags(db: Q, row: { id: string; type_code: string; issued_at: string | null; fields: string }, now: string, draftDate: string | null): Promise<DocumentFlag[]> {
  const u = await urgentApprovalOf(db, row, now);
  const flags: DocumentFlag[] = u && flaggedStates.includes(u.state) ? [{ key: `approval.${u.state}`, message: u.message }] : [];
  if (draftDate) {
    for (const i of (await citations.checkCitations(db, row, draftDate)).items) {
      if (!i.resolved) flags.push({ key: i.reason ? 'citation.unresolvedWithReason' : 'citation.unresolved', message: `${i.path}：${i.message ?? '未能在法律法规库中找到'}${i.reason ? `（已记录理由：${i.reason}）` : '；签发前须改正或记录理由'}` });
    }
  }
  return flags;
}

/** At issue: the citations resolved for the issue date; 400 while one does not resolve and has no reason. */
export async function assertCitations(db: Q, row: { id: string; fields: string }, issueDate: string): Promise<CitationCheck> {
  const check = await citations.checkCitations(db, row, issueDate);
  const problems = citations.citationProblems(check);
  if (problems.length) throw invalidFields(problems);
  return check;
}

export const renderCitations = citations.renderCitations;
export const recordCitations = citations.recordCitations;

/** Submits an urgent measure issued first for the head's approval (行政强制法第十九条). */
export async function submitAfterIssue(ctx: Ctx, row: repo.DocumentRow, typeName: string): Promise<void> {
  const records = await recordsFor(ctx.db, row);
  if (records.some((r) => r.status === 'pending' || r.status === 'returned')) throw conflict('该文书已在审批中，不能重复提交');
  const head = headDecision(records);
  if (head?.approved) throw conflict('负责人已批准该措施，无需再次提交');
  if (head) throw conflict('负责人已不予批准，应当立即解除已实施的措施，不能再次提交');
  await ctx.tx(async (tx) => {
    const { id: approvalId } = await submitForApproval(tx, ctx, { objectType: documentObjectType(row.type_code), objectId: row.id, title: `${typeName}（先行实施，补办批准）`, summary: `${row.title}；须在签发后 24 小时内报告负责人并补办批准手续（行政强制法第十九条）` });
    if (!(await repo.updateDocumentGuarded(tx, row.id, row.row_version, { approval_id: approvalId, updated_at: ctx.now() }, ['issued', 'served']))) throw conflict('文书刚刚已被更改，请刷新后重试');
    await ctx.audit(tx, { action: 'document.submit', objectType: 'document', objectId: row.id, detail: { approvalId, typeCode: row.type_code, afterIssue: true } });
  });
}

/** The refusal recorded in the engine for a rejected document (who, when, why). */
export async function refusalOf(db: Q, row: { id: string; type_code: string }): Promise<{ by: string | null; opinion: string | null; at: string | null }> {
  for (const r of await recordsFor(db, row)) {
    const reject = [...r.decisions].reverse().find((d) => d.action === 'reject');
    if (r.status === 'rejected' && reject) return { by: reject.actorName, opinion: reject.opinion, at: reject.at };
  }
  return { by: null, opinion: null, at: null };
}
