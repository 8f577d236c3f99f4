import { describe, expect, it } from 'vitest';
import type { ApprovalTrail } from './approval-adapter';
import { approvalCellKeys, cellsFromTrail } from './approval-cells';

const steps2 = [{ name: '科室负责人审核', roleCode: 'unitChief' }, { name: '分管领导审批', roleCode: 'deputyLeader' }];
const act = (action: ApprovalTrail['actions'][number]['action'], stepIndex: number | null, actorName: string, opinion: string | null, at: string) => ({ action, stepIndex, actorName, opinion, at });

describe('cellsFromTrail', () => {
  it('maps the submission, the first of two steps and the last step to 承办人 / 审核 / 审批, in Beijing dates', () => {
    const trail: ApprovalTrail = {
      status: 'approved',
      steps: steps2,
      actions: [act('submit', null, '王建国', '建议立案。', '2026-12-06T17:00:00Z'), act('approve', 0, '陈志强', '同意。', '2026-12-07T01:00:00Z'), act('approve', 1, '赵国栋', null, '2026-12-07T02:00:00Z')],
    };
    expect(cellsFromTrail(trail)).toEqual({
      submission: { opinion: '建议立案。', signer: '王建国', date: '2026-12-07' },
      review: { opinion: '同意。', signer: '陈志强', date: '2026-12-07' },
      approval: { opinion: '同意。', signer: '赵国栋', date: '2026-12-07' },
    });
  });

  it('fills only the 审批 cell for a one-step chain, keeps the latest decision per step and the refusal of a rejection', () => {
    const one: ApprovalTrail = { status: 'approved', steps: [steps2[0]!], actions: [act('submit', null, '王建国', '请审批。', '2026-12-07T01:00:00Z'), act('approve', 0, '陈志强', '同意。', '2026-12-07T02:00:00Z')] };
    expect(Object.keys(cellsFromTrail(one)).sort()).toEqual(['approval', 'submission']);
    const again: ApprovalTrail = {
      status: 'rejected',
      steps: steps2,
      actions: [
        act('submit', null, '王建国', '建议立案。', '2026-12-01T01:00:00Z'),
        act('approve', 0, '陈志强', '同意。', '2026-12-01T02:00:00Z'),
        act('return', 1, '赵国栋', '补充证据。', '2026-12-01T03:00:00Z'),
        act('resubmit', null, '王建国', '已补充询问笔录。', '2026-12-02T01:00:00Z'),
        act('approve', 0, '陈志强', '已补充，同意。', '2026-12-02T02:00:00Z'),
        act('reject', 1, '赵国栋', '证据不足，不予立案。', '2026-12-02T03:00:00Z'),
      ],
    };
    expect(cellsFromTrail(again)).toEqual({
      submission: { opinion: '建议立案。', signer: '王建国', date: '2026-12-02' },
      review: { opinion: '已补充，同意。', signer: '陈志强', date: '2026-12-02' },
      approval: { opinion: '证据不足，不予立案。', signer: '赵国栋', date: '2026-12-02' },
    });
  });

  it('fills nothing for a withdrawn approval', () => {
    expect(cellsFromTrail({ status: 'withdrawn', steps: steps2, actions: [act('submit', null, '王建国', '建议立案。', '2026-12-07T01:00:00Z')] })).toEqual({});
  });
});

describe('approvalCellKeys', () => {
  it('reads the cells from the field schema, per type', () => {
    expect([...approvalCellKeys('case-filing-approval')]).toEqual([['handlerOpinion', 'submission'], ['reviewOpinion', 'review'], ['approvalOpinion', 'approval']]);
    expect([...approvalCellKeys('hearing-report')]).toEqual([['approvalOpinion', 'approval']]);
    expect([...approvalCellKeys('legal-review-opinion')]).toEqual([['headOpinion', 'approval']]);
    expect(approvalCellKeys('rectification-order').size).toBe(0);
    expect(approvalCellKeys('no-such-type').size).toBe(0);
  });
});
