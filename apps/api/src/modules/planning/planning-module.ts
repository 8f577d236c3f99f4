import { appendAudit, systemActor } from '../../platform/audit/audit';
import { inTransaction } from '../../platform/db/tx';
import { registerRecurringJob } from '../../platform/jobs/job-registry';
import { registerApprovalObjectType } from '../approval/approval-object-types';
import { recompute, todayOf } from './classification.service';
import { planObjectType } from './plan.service';
import { schemeObjectType } from './scheme.service';
import * as repo from './classification.repository';

export const YEARLY_CLASSIFICATION_JOB = 'planning.classify.yearly';

let registered = false;

/**
 * Registers plans and schemes with the approval engine, and the yearly re-classification: the job
 * looks once a day and recomputes every enterprise when no run exists yet for the current year.
 */
export function registerPlanningModule(): void {
  if (registered) return;
  registered = true;
  registerApprovalObjectType(planObjectType);
  registerApprovalObjectType(schemeObjectType);
  registerRecurringJob(YEARLY_CLASSIFICATION_JOB, 24 * 60, async (deps) => {
    const date = todayOf(deps);
    const year = Number(date.slice(0, 4));
    if ((await repo.listRuns(deps.db, 50)).some((r) => r.year === year)) return;
    const now = deps.clock.now().toISOString();
    await recompute(
      { db: deps.db, tx: (fn) => inTransaction(deps.db, fn), audit: async (tx, entry) => { await appendAudit(tx, systemActor, entry, now); } },
      { scope: { all: true }, agencyId: null, actorId: null, date, year, trigger: 'yearly', now },
    );
  });
}
