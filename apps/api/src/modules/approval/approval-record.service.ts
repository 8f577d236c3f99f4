import type { Db } from '../../platform/db/connect';
import type { Tx } from '../../platform/db/tx';
import type { ChainStep } from './approval-chain-rules';
import * as repo from './approval.repository';

/**
 * What the approval engine recorded for one object: every instance (newest first) with its frozen
 * steps and each step's approvals (who, in which role, when, with which opinion). For owning modules
 * that must check *who* approved (e.g. the agency head's approval of a decision) or print it.
 */
export interface ApprovalRecord {
  instanceId: string;
  status: 'pending' | 'returned' | 'approved' | 'rejected' | 'withdrawn';
  submittedAt: string;
  finishedAt: string | null;
  steps: { name: string; roleCode: string; roleName: string }[];
  decisions: { action: 'approve' | 'reject' | 'return'; stepIndex: number | null; stepName: string | null; actorName: string | null; actorRole: string | null; opinion: string | null; at: string }[];
}

export async function approvalRecordsOf(db: Db | Tx, objectType: string, objectId: string): Promise<ApprovalRecord[]> {
  const instances = await repo.instancesForObject(db, objectType, objectId);
  const out: ApprovalRecord[] = [];
  for (const i of instances) {
    const steps = (JSON.parse(i.steps) as ChainStep[]).map((s) => ({ name: s.name, roleCode: s.roleCode, roleName: s.roleName }));
    const actions = await repo.actionsOf(db, i.id);
    out.push({
      instanceId: i.id, status: i.status, submittedAt: i.submitted_at, finishedAt: i.finished_at, steps,
      decisions: actions.flatMap((a) => (a.action === 'approve' || a.action === 'reject' || a.action === 'return' ? [{ action: a.action, stepIndex: a.step_index, stepName: a.step_name, actorName: a.actor_name, actorRole: a.actor_role, opinion: a.opinion, at: a.at }] : [])),
    });
  }
  return out;
}
