import { formDescriptor } from '@zhifa/documents';
import type { ApprovalCell } from '@zhifa/shared';
import { toChinaDate } from '@zhifa/shared/rules/discretion';
import type { Db } from '../../platform/db/connect';
import type { Tx } from '../../platform/db/tx';
import { approvalTrail, type ApprovalTrail } from './approval-adapter';

/**
 * Approvals fill the form (issue 8): the opinion cells of a 审批表 (and of any document that prints
 * an approval) are written by the approval engine, never typed. Which action fills which cell is
 * declared on the field schema (`approvalCell` of `opinion()` in @zhifa/documents):
 *
 * - `submission` (承办人意见): the drafter's submission — their name and opinion, dated by the latest
 *   (re)submission;
 * - `review` (审核意见): the first step of a chain of two or more steps (科室负责人审核);
 * - `approval` (审批意见, 机关负责人意见, 法制机构负责人意见): the chain's last step (分管领导审批).
 *
 * A step's cell shows its latest decision (approve or reject) with the actor's name, opinion and
 * Beijing date. Steps in between (e.g. 法制审核 in a three-step chain) have their own documents.
 */

export interface CellValue {
  opinion: string;
  signer: string;
  date: string;
}

const dateOf = (iso: string): string => toChinaDate(new Date(iso));

/** The cells an approval's history fills (pure). */
export function cellsFromTrail(trail: ApprovalTrail): Partial<Record<ApprovalCell, CellValue>> {
  if (trail.status === 'withdrawn') return {};
  const out: Partial<Record<ApprovalCell, CellValue>> = {};
  let submissionOpinion: string | null = null;
  const decisions = new Map<number, ApprovalTrail['actions'][number]>();
  for (const a of trail.actions) {
    if (a.action === 'submit' || a.action === 'resubmit') {
      // A resubmission's note answers the return; the 承办人意见 stays the one written at submission.
      if (a.action === 'submit') submissionOpinion = a.opinion?.trim() || null;
      if (submissionOpinion && a.actorName) out.submission = { opinion: submissionOpinion, signer: a.actorName, date: dateOf(a.at) };
    }
    if ((a.action === 'approve' || a.action === 'reject') && a.stepIndex !== null) decisions.set(a.stepIndex, a);
  }
  const cell = (stepIndex: number): CellValue | undefined => {
    const a = decisions.get(stepIndex);
    if (!a?.actorName) return undefined;
    return { opinion: a.opinion?.trim() || (a.action === 'approve' ? '同意。' : '不同意。'), signer: a.actorName, date: dateOf(a.at) };
  };
  const last = trail.steps.length - 1;
  const approval = last >= 0 ? cell(last) : undefined;
  if (approval) out.approval = approval;
  const review = trail.steps.length >= 2 ? cell(0) : undefined;
  if (review) out.review = review;
  return out;
}

/** The top-level keys of a template that approvals fill, with their cell. */
export function approvalCellKeys(typeCode: string, version?: string): Map<string, ApprovalCell> {
  let fields;
  try {
    fields = formDescriptor(typeCode, version).fields;
  } catch {
    return new Map(); // a type without a template has no cells
  }
  return new Map(fields.flatMap((f) => (f.systemOwned === 'approval' && f.approvalCell ? [[f.key, f.approvalCell] as const] : [])));
}

/**
 * `fields` with the approval cells as the approval engine has them: any stored value of those keys
 * is dropped (nobody types them), and each cell the approval has reached is filled.
 */
export async function withApprovalCells(db: Db | Tx, approvalId: string | null, typeCode: string, version: string | undefined, fields: Record<string, unknown>): Promise<Record<string, unknown>> {
  const keys = approvalCellKeys(typeCode, version);
  if (!keys.size) return fields;
  const out = Object.fromEntries(Object.entries(fields).filter(([k]) => !keys.has(k)));
  const trail = approvalId ? await approvalTrail(db, approvalId) : null;
  if (!trail) return out;
  const cells = cellsFromTrail(trail);
  for (const [key, cell] of keys) {
    const v = cells[cell];
    if (v) out[key] = v;
  }
  return out;
}
