import { registerRecurringJob } from '../../platform/jobs/job-registry';
import { registerApprovalObjectType } from './approval-object-types';
import { REMINDER_JOB, REMINDER_SCAN_MINUTES, sendDueReminders } from './approval-reminder.service';
import { matterObjectType } from './matter.service';

let registered = false;

/** Registers the engine's own object type (`generic:matter`) and its reminder job; idempotent. */
export function registerApprovalModule(): void {
  if (registered) return;
  registered = true;
  registerApprovalObjectType(matterObjectType);
  registerRecurringJob(REMINDER_JOB, REMINDER_SCAN_MINUTES, async (deps) => {
    await sendDueReminders(deps);
  });
}
