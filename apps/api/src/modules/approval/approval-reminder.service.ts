import { appendAudit, systemActor } from '../../platform/audit/audit';
import { inTransaction } from '../../platform/db/tx';
import type { AppDeps } from '../../platform/http/context';
import type { ChainStep } from './approval-chain-rules';
import * as repo from './approval.repository';
import { notify, type NotificationInput } from './notification.service';

export const REMINDER_JOB = 'approval.remind';
/** How often the scan runs; each step says after how many hours its tasks are overdue. */
export const REMINDER_SCAN_MINUTES = 10;

/**
 * 催办: for every open task whose step has waited `remindAfterHours` (calendar hours) records a
 * notification for the assignee, then again every `remindAfterHours` while it stays open.
 */
export async function sendDueReminders(deps: AppDeps): Promise<number> {
  const now = deps.clock.now();
  const nowIso = now.toISOString();
  const due = await repo.dueReminders(deps.db, nowIso, 500);
  if (!due.length) return 0;
  return inTransaction(deps.db, async (tx) => {
    const notices: NotificationInput[] = [];
    const taskIds: string[] = [];
    for (const t of due) {
      const step = (JSON.parse(t.steps) as ChainStep[])[t.step_index];
      const hours = step?.remindAfterHours ?? 24;
      const next = new Date(now.getTime() + hours * 3_600_000).toISOString();
      if (!(await repo.markReminded(tx, t.id, t.remind_at!, next))) continue;
      const waited = Math.floor((now.getTime() - Date.parse(t.created_at)) / 3_600_000);
      notices.push({ userId: t.assignee_id, kind: 'approval.reminder', title: `催办：“${t.title}”已在“${step?.name ?? '审批'}”等待 ${waited} 小时，请及时办理`, link: `/approvals/${t.instance_id}` });
      taskIds.push(t.id);
    }
    await notify(tx, nowIso, notices);
    if (taskIds.length) await appendAudit(tx, systemActor, { action: 'approval.task.remind', objectType: 'approvalTask', detail: { count: taskIds.length, taskIds } }, nowIso);
    return taskIds.length;
  });
}
