import { describe, expect, it } from 'vitest';
import { decide, returnTargets, type ApprovalState, type Decision, type StateTask } from './approval-state';

const task = (id: string, assigneeId: string, stepIndex: number, status: StateTask['status'] = 'open', round = 1): StateTask => ({ id, assigneeId, stepIndex, status, round });

const twoSteps = (over: Partial<ApprovalState> = {}): ApprovalState => ({
  status: 'pending',
  currentStep: 0,
  round: 1,
  steps: [
    { name: '科室负责人审核', mode: 'any' },
    { name: '分管领导审批', mode: 'any' },
  ],
  submitterId: 'sub',
  decisionsSinceSubmit: 0,
  tasks: [task('t1', 'chief', 0), task('t2', 'chief2', 0)],
  ...over,
});

const ok = (d: Decision) => {
  if (!d.ok) throw new Error(`expected ok, got ${d.status} ${d.message}`);
  return d.next;
};
const refused = (d: Decision) => {
  if (d.ok) throw new Error('expected a refusal');
  return d;
};

describe('approve', () => {
  it('moves an any-mode step on with the first approval and cancels the other tasks', () => {
    const next = ok(decide(twoSteps(), { kind: 'approve' }, 'chief'));
    expect(next).toMatchObject({ status: 'pending', currentStep: 1, stepIndex: 0, activateStep: 1, cancelOpenTasks: true, closeTask: { id: 't1', status: 'approved' }, outcome: null, decisionsSinceSubmit: 1 });
  });

  it('approves the instance after the last step', () => {
    const next = ok(decide(twoSteps({ currentStep: 1, round: 2, tasks: [task('t3', 'leader', 1, 'open', 2)] }), { kind: 'approve' }, 'leader'));
    expect(next).toMatchObject({ status: 'approved', currentStep: null, outcome: 'approved', activateStep: null });
  });

  it('keeps an all-mode step (会签) open until every assignee has approved', () => {
    const cosign = twoSteps({ steps: [{ name: '会签', mode: 'all' }, { name: '分管领导审批', mode: 'any' }] });
    const first = ok(decide(cosign, { kind: 'approve' }, 'chief'));
    expect(first).toMatchObject({ status: 'pending', currentStep: 0, activateStep: null, cancelOpenTasks: false, closeTask: { id: 't1', status: 'approved' } });
    const afterFirst = { ...cosign, tasks: [task('t1', 'chief', 0, 'approved'), task('t2', 'chief2', 0)] };
    const again = refused(decide(afterFirst, { kind: 'approve' }, 'chief'));
    expect(again).toMatchObject({ status: 409, message: '您已在第 1 步“会签”签署意见，不能重复审批' });
    expect(ok(decide(afterFirst, { kind: 'approve' }, 'chief2'))).toMatchObject({ currentStep: 1, activateStep: 1 });
  });

  it('refuses a second approval after the step has moved on (409)', () => {
    const s = twoSteps({ currentStep: 1, round: 2, decisionsSinceSubmit: 1, tasks: [task('t1', 'chief', 0, 'approved'), task('t2', 'chief2', 0, 'cancelled'), task('t3', 'leader', 1, 'open', 2)] });
    expect(refused(decide(s, { kind: 'approve' }, 'chief'))).toMatchObject({ status: 409, message: '您已签署过审批意见，不能重复审批（该审批现处于第 2 步“分管领导审批”）' });
    expect(refused(decide(s, { kind: 'approve' }, 'chief2'))).toMatchObject({ status: 403 });
  });

  it('refuses someone who is not an assignee of the current step (403)', () => {
    expect(refused(decide(twoSteps(), { kind: 'approve' }, 'leader'))).toMatchObject({ status: 403, message: '您不是第 1 步“科室负责人审核”的审批人' });
    expect(refused(decide(twoSteps(), { kind: 'approve' }, 'sub')).status).toBe(403);
  });

  it('refuses an assignee who delegated the task away', () => {
    const s = twoSteps({ tasks: [task('t1', 'chief', 0, 'delegated'), task('t9', 'deputy', 0)] });
    expect(refused(decide(s, { kind: 'approve' }, 'chief'))).toMatchObject({ status: 403, message: '您已将该审批转办他人，不能再办理' });
  });

  it('refuses any action on a finished instance (409)', () => {
    for (const status of ['approved', 'rejected', 'withdrawn'] as const) {
      const d = refused(decide(twoSteps({ status, currentStep: null }), { kind: 'approve' }, 'chief'));
      expect(d.status).toBe(409);
      expect(d.message).toMatch(/^该审批已结束（(已批准|不予批准|已撤回)），不能再审批$/);
    }
    expect(refused(decide(twoSteps({ status: 'approved', currentStep: null }), { kind: 'withdraw' }, 'sub')).message).toBe('该审批已结束（已批准），不能再撤回');
  });
});

describe('return', () => {
  const atStep2 = twoSteps({ currentStep: 1, round: 2, decisionsSinceSubmit: 1, tasks: [task('t3', 'leader', 1, 'open', 2)] });

  it('returns to an earlier step, which runs again', () => {
    const next = ok(decide(atStep2, { kind: 'return', toStep: 0 }, 'leader'));
    expect(next).toMatchObject({ status: 'pending', currentStep: 0, activateStep: 0, cancelOpenTasks: true, closeTask: { id: 't3', status: 'returned' }, outcome: 'returned', decisionsSinceSubmit: 2 });
  });

  it('returns to the submitter', () => {
    expect(ok(decide(atStep2, { kind: 'return', toStep: null }, 'leader'))).toMatchObject({ status: 'returned', currentStep: null, activateStep: null, outcome: 'returned' });
  });

  it('refuses a return to the current or a later step (409) and to a step that does not exist (400)', () => {
    expect(refused(decide(atStep2, { kind: 'return', toStep: 1 }, 'leader'))).toMatchObject({ status: 409, message: '只能退回到当前步骤（第 2 步“分管领导审批”）之前的步骤或退回提交人' });
    expect(refused(decide(twoSteps(), { kind: 'return', toStep: 1 }, 'chief')).status).toBe(409);
    expect(refused(decide(atStep2, { kind: 'return', toStep: 5 }, 'leader'))).toMatchObject({ status: 400, path: 'body.toStep' });
  });

  it('offers the submitter and the earlier steps as return targets', () => {
    expect(returnTargets(atStep2)).toEqual([
      { toStep: null, label: '提交人（补正后重新提交）' },
      { toStep: 0, label: '第 1 步“科室负责人审核”' },
    ]);
    expect(returnTargets(twoSteps({ status: 'returned', currentStep: null }))).toEqual([]);
  });
});

describe('reject', () => {
  it('ends the instance and tells the owning module', () => {
    expect(ok(decide(twoSteps(), { kind: 'reject' }, 'chief2'))).toMatchObject({ status: 'rejected', currentStep: null, outcome: 'rejected', cancelOpenTasks: true, closeTask: { id: 't2', status: 'rejected' } });
  });
});

describe('withdraw', () => {
  it('lets the submitter withdraw while no approver has decided', () => {
    expect(ok(decide(twoSteps(), { kind: 'withdraw' }, 'sub'))).toMatchObject({ status: 'withdrawn', outcome: 'withdrawn', cancelOpenTasks: true });
  });

  it('refuses once an approver has decided, and refuses anyone but the submitter', () => {
    expect(refused(decide(twoSteps({ decisionsSinceSubmit: 1 }), { kind: 'withdraw' }, 'sub'))).toMatchObject({ status: 409, message: '审批人已作出审批意见，不能撤回；如需修改，请联系当前审批人退回' });
    expect(refused(decide(twoSteps(), { kind: 'withdraw' }, 'chief'))).toMatchObject({ status: 403, message: '只有提交人可以撤回审批' });
  });

  it('lets the submitter give up a returned instance', () => {
    expect(ok(decide(twoSteps({ status: 'returned', currentStep: null, decisionsSinceSubmit: 2, tasks: [] }), { kind: 'withdraw' }, 'sub')).status).toBe('withdrawn');
  });
});

describe('delegate', () => {
  it('hands the task to another user on the same step', () => {
    expect(ok(decide(twoSteps(), { kind: 'delegate', toUserId: 'deputy' }, 'chief'))).toMatchObject({
      status: 'pending', currentStep: 0, closeTask: { id: 't1', status: 'delegated' }, delegateTo: 'deputy', activateStep: null, cancelOpenTasks: false, decisionsSinceSubmit: 0,
    });
  });

  it('refuses delegating to oneself, to the submitter, or to someone already on the step', () => {
    expect(refused(decide(twoSteps(), { kind: 'delegate', toUserId: 'chief' }, 'chief'))).toMatchObject({ status: 400, path: 'body.toUserId' });
    expect(refused(decide(twoSteps(), { kind: 'delegate', toUserId: 'sub' }, 'chief'))).toMatchObject({ status: 400, message: '转办给：不能转办给提交人' });
    expect(refused(decide(twoSteps(), { kind: 'delegate', toUserId: 'chief2' }, 'chief')).status).toBe(409);
  });
});

describe('resubmit', () => {
  it('restarts a returned instance from step 1', () => {
    const next = ok(decide(twoSteps({ status: 'returned', currentStep: null, decisionsSinceSubmit: 3, tasks: [] }), { kind: 'resubmit' }, 'sub'));
    expect(next).toMatchObject({ status: 'pending', currentStep: 0, activateStep: 0, decisionsSinceSubmit: 0, outcome: 'resubmitted' });
  });

  it('refuses a pending instance and anyone but the submitter', () => {
    expect(refused(decide(twoSteps(), { kind: 'resubmit' }, 'sub')).status).toBe(409);
    expect(refused(decide(twoSteps({ status: 'returned', currentStep: null }), { kind: 'resubmit' }, 'chief')).status).toBe(403);
  });

  it('refuses approver actions on a returned instance', () => {
    expect(refused(decide(twoSteps({ status: 'returned', currentStep: null }), { kind: 'approve' }, 'chief'))).toMatchObject({ status: 409, message: '该审批已退回提交人补正，等待重新提交，不能审批' });
  });
});
