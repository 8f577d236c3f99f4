/**
 * The approval state machine, pure: given an instance, a command and who gives it, the next state
 * or the Chinese reason it is refused. The service loads the state, asks `decide`, and applies
 * the transition in one transaction (it also resolves who the assignees of an activated step are).
 *
 * Rules
 * - approve: the actor must hold an open task on the current step. A step in `any` mode is done
 *   with the first approval (the other assignees' tasks are cancelled); in `all` mode (会签) when
 *   every assignee has approved. After the last step the instance is approved.
 * - return: to an earlier step (it runs again with fresh tasks) or to the submitter (`toStep`
 *   null → status `returned`, the submitter completes the material and resubmits from step 1).
 * - reject: terminal; the owning module is told (a case filing is then closed and archived, Q3).
 * - withdraw: only the submitter, and only until an approver has decided anything (approve,
 *   return, reject) since the last submission — an approver's signed opinion is part of the
 *   record and is not taken back by the submitter; ask the current approver to return instead.
 *   A `returned` instance can always be withdrawn (the submitter gives the matter up).
 * - delegate (转办): an open assignee hands the task to another user; the step is unchanged.
 * - resubmit: the submitter, on a `returned` instance; the chain runs again from step 1.
 */

export type InstanceStatus = 'pending' | 'returned' | 'approved' | 'rejected' | 'withdrawn';
export type TaskStatus = 'open' | 'approved' | 'returned' | 'rejected' | 'delegated' | 'cancelled';
export type StepMode = 'any' | 'all';

export interface StateTask {
  id: string;
  stepIndex: number;
  round: number;
  assigneeId: string;
  status: TaskStatus;
}

export interface ApprovalState {
  status: InstanceStatus;
  currentStep: number | null;
  round: number;
  /** One entry per chain step: its name and mode. */
  steps: { name: string; mode: StepMode }[];
  submitterId: string;
  decisionsSinceSubmit: number;
  /** Every task of the instance; those of `round` belong to the current step's activation. */
  tasks: StateTask[];
}

export type ApprovalCommand =
  | { kind: 'approve' }
  | { kind: 'return'; toStep: number | null }
  | { kind: 'reject' }
  | { kind: 'withdraw' }
  | { kind: 'delegate'; toUserId: string }
  | { kind: 'resubmit' };

export interface Transition {
  status: InstanceStatus;
  currentStep: number | null;
  /** The step the command acted on (for the history), null for a returned instance. */
  stepIndex: number | null;
  /** The actor's own task and the status it takes. */
  closeTask: { id: string; status: TaskStatus } | null;
  /** Cancel every other open task of the current round. */
  cancelOpenTasks: boolean;
  /** Create the tasks of this step in a new round. */
  activateStep: number | null;
  /** Delegation: a new open task for this user on the same step and round. */
  delegateTo: string | null;
  /** Which owning-module hook to call, if any. */
  outcome: 'approved' | 'rejected' | 'returned' | 'withdrawn' | 'resubmitted' | null;
  decisionsSinceSubmit: number;
}

export type Decision =
  | { ok: true; next: Transition }
  | { ok: false; status: 400 | 403 | 409; message: string; path?: string };

const finishedLabel: Record<'approved' | 'rejected' | 'withdrawn', string> = { approved: '已批准', rejected: '不予批准', withdrawn: '已撤回' };
const verb: Record<ApprovalCommand['kind'], string> = {
  approve: '审批',
  return: '退回',
  reject: '作出不予批准决定',
  withdraw: '撤回',
  delegate: '转办',
  resubmit: '重新提交',
};

const refuse = (status: 400 | 403 | 409, message: string, path?: string): Decision => ({ ok: false, status, message, ...(path ? { path } : {}) });
const accept = (next: Transition): Decision => ({ ok: true, next });

const stepLabel = (state: ApprovalState, i: number): string => `第 ${i + 1} 步“${state.steps[i]?.name ?? ''}”`;

export function decide(state: ApprovalState, command: ApprovalCommand, actorId: string): Decision {
  if (state.status === 'approved' || state.status === 'rejected' || state.status === 'withdrawn') {
    return refuse(409, `该审批已结束（${finishedLabel[state.status]}），不能再${verb[command.kind]}`);
  }
  const isSubmitter = actorId === state.submitterId;
  const base = { decisionsSinceSubmit: state.decisionsSinceSubmit, delegateTo: null, activateStep: null, closeTask: null, cancelOpenTasks: false, outcome: null } as const;

  if (command.kind === 'withdraw') {
    if (!isSubmitter) return refuse(403, '只有提交人可以撤回审批');
    if (state.status === 'pending' && state.decisionsSinceSubmit > 0) {
      return refuse(409, '审批人已作出审批意见，不能撤回；如需修改，请联系当前审批人退回');
    }
    return accept({ ...base, status: 'withdrawn', currentStep: null, stepIndex: state.currentStep, cancelOpenTasks: true, outcome: 'withdrawn' });
  }

  if (command.kind === 'resubmit') {
    if (!isSubmitter) return refuse(403, '只有提交人可以重新提交');
    if (state.status !== 'returned') return refuse(409, '该审批正在进行中，只有退回给提交人的审批才能重新提交');
    return accept({ ...base, status: 'pending', currentStep: 0, stepIndex: 0, activateStep: 0, decisionsSinceSubmit: 0, outcome: 'resubmitted' });
  }

  // approve, return, reject, delegate: the actor must hold an open task on the current step.
  if (state.status === 'returned' || state.currentStep === null) {
    return refuse(409, `该审批已退回提交人补正，等待重新提交，不能${verb[command.kind]}`);
  }
  const current = state.currentStep;
  const tasks = state.tasks.filter((t) => t.round === state.round);
  const mine = tasks.filter((t) => t.assigneeId === actorId && t.stepIndex === current);
  const task = mine.find((t) => t.status === 'open');
  if (!task) {
    if (mine.some((t) => t.status === 'approved')) return refuse(409, `您已在${stepLabel(state, current)}签署意见，不能重复审批`);
    if (mine.some((t) => t.status === 'delegated')) return refuse(403, '您已将该审批转办他人，不能再办理');
    if (state.tasks.some((t) => t.assigneeId === actorId && t.status === 'approved')) {
      return refuse(409, `您已签署过审批意见，不能重复审批（该审批现处于${stepLabel(state, current)}）`);
    }
    return refuse(403, `您不是${stepLabel(state, current)}的审批人`);
  }
  const lastStep = state.steps.length - 1;
  const decided = state.decisionsSinceSubmit + 1;

  switch (command.kind) {
    case 'approve': {
      const othersOpen = tasks.some((t) => t.stepIndex === current && t.status === 'open' && t.id !== task.id);
      const mode = state.steps[current]?.mode ?? 'any';
      const closeTask = { id: task.id, status: 'approved' as const };
      if (mode === 'all' && othersOpen) {
        return accept({ ...base, status: 'pending', currentStep: current, stepIndex: current, closeTask, decisionsSinceSubmit: decided });
      }
      if (current >= lastStep) {
        return accept({ ...base, status: 'approved', currentStep: null, stepIndex: current, closeTask, cancelOpenTasks: true, outcome: 'approved', decisionsSinceSubmit: decided });
      }
      return accept({ ...base, status: 'pending', currentStep: current + 1, stepIndex: current, closeTask, cancelOpenTasks: true, activateStep: current + 1, decisionsSinceSubmit: decided });
    }
    case 'return': {
      const closeTask = { id: task.id, status: 'returned' as const };
      if (command.toStep === null) {
        return accept({ ...base, status: 'returned', currentStep: null, stepIndex: current, closeTask, cancelOpenTasks: true, outcome: 'returned', decisionsSinceSubmit: decided });
      }
      if (command.toStep > lastStep) return refuse(400, `退回到：审批流程只有 ${state.steps.length} 个步骤`, 'body.toStep');
      if (command.toStep >= current) {
        return refuse(409, `只能退回到当前步骤（${stepLabel(state, current)}）之前的步骤或退回提交人`);
      }
      return accept({ ...base, status: 'pending', currentStep: command.toStep, stepIndex: current, closeTask, cancelOpenTasks: true, activateStep: command.toStep, outcome: 'returned', decisionsSinceSubmit: decided });
    }
    case 'reject':
      return accept({ ...base, status: 'rejected', currentStep: null, stepIndex: current, closeTask: { id: task.id, status: 'rejected' }, cancelOpenTasks: true, outcome: 'rejected', decisionsSinceSubmit: decided });
    case 'delegate': {
      if (command.toUserId === actorId) return refuse(400, '转办给：不能转办给自己', 'body.toUserId');
      if (command.toUserId === state.submitterId) return refuse(400, '转办给：不能转办给提交人', 'body.toUserId');
      if (tasks.some((t) => t.stepIndex === current && t.status === 'open' && t.assigneeId === command.toUserId)) {
        return refuse(409, '该人员已是当前步骤的审批人，无需转办');
      }
      return accept({ ...base, status: 'pending', currentStep: current, stepIndex: current, closeTask: { id: task.id, status: 'delegated' }, delegateTo: command.toUserId });
    }
  }
}

/** Where the holder of an open task on the current step may return the instance to. */
export function returnTargets(state: ApprovalState): { toStep: number | null; label: string }[] {
  if (state.status !== 'pending' || state.currentStep === null) return [];
  const earlier = Array.from({ length: state.currentStep }, (_, i) => ({ toStep: i, label: stepLabel(state, i) }));
  return [{ toStep: null, label: '提交人（补正后重新提交）' }, ...earlier];
}
