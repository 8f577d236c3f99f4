import { findDocumentType } from '@zhifa/documents';
import { describe, expect, it } from 'vitest';
import { headApprovalGate, headDecision, urgentApproval, type RecordedApproval } from './approval-requirements';

const type = (code: string) => findDocumentType(code)!;
const steps = [{ roleCode: 'unitChief', name: '科室负责人审核' }, { roleCode: 'legalReviewer', name: '法制审核' }, { roleCode: 'deputyLeader', name: '分管领导审批' }];
const approvedBy = (stepIndex: number, at = '2026-12-07T03:00:00.000Z'): RecordedApproval => ({
  status: 'approved', finishedAt: at, steps,
  decisions: [0, 1, 2].filter((i) => i <= stepIndex).map((i) => ({ action: 'approve' as const, stepIndex: i, actorName: `审批人${i}`, opinion: '同意', at })),
});

describe('approval requirements', () => {
  it('declares the head’s approval for decisions and coercive measures, the chain for internal forms', () => {
    expect(type('penalty-decision-unit').requiredApproval).toBe('agency-head');
    expect(type('penalty-decision-individual').requiredApproval).toBe('agency-head');
    expect(type('no-penalty-decision').requiredApproval).toBe('agency-head');
    expect(type('sealing-decision')).toMatchObject({ requiredApproval: 'agency-head', urgentIssueFirst: { hours: 24, basis: '行政强制法第十九条' } });
    expect(type('on-site-measure-decision').urgentIssueFirst?.hours).toBe(24);
    expect(type('case-filing-approval').requiredApproval).toBe('chain');
    expect(type('on-site-penalty-decision-unit').requiredApproval).toBe('none');
  });

  it('needs an approval at a head step (分管领导 / 局领导) recorded in the engine before a decision is issued', () => {
    const t = type('penalty-decision-unit');
    expect(headApprovalGate(t, [])).toMatch(/^行政处罚决定书（单位）须经行政机关负责人（分管领导或局领导）在审批流程中批准后才能签发（行政处罚法第五十七条）/);
    const chiefOnly: RecordedApproval = { status: 'approved', finishedAt: 'x', steps: [steps[0]!], decisions: [{ action: 'approve', stepIndex: 0, actorName: '科长', opinion: '同意', at: 'x' }] };
    expect(headApprovalGate(t, [chiefOnly])).not.toBeNull();
    expect(headApprovalGate(t, [approvedBy(2)])).toBeNull();
    expect(headDecision([approvedBy(2)])).toMatchObject({ approved: true, actorName: '审批人2' });
    const refused: RecordedApproval = { ...approvedBy(1), status: 'rejected', decisions: [...approvedBy(1).decisions, { action: 'reject', stepIndex: 2, actorName: '分管领导', opinion: '证据不足', at: 'y' }] };
    expect(headApprovalGate(t, [refused])).toMatch(/未批准（证据不足）/);
    expect(headApprovalGate(type('sealing-decision'), [])).toBeNull();
    expect(headApprovalGate(type('inquiry-notice'), [])).toBeNull();
  });

  it('tracks the 24-hour approval of an urgent measure issued first', () => {
    const t = type('on-site-measure-decision');
    const issuedAt = '2026-12-07T02:00:00.000Z';
    expect(urgentApproval(t, issuedAt, [], '2026-12-07T20:00:00.000Z')).toMatchObject({ state: 'pending', dueAt: '2026-12-08T02:00:00.000Z' });
    expect(urgentApproval(t, issuedAt, [], '2026-12-08T02:00:01.000Z')!.state).toBe('overdue');
    expect(urgentApproval(t, issuedAt, [approvedBy(2, '2026-12-07T10:00:00.000Z')], '2026-12-09T00:00:00.000Z')!.state).toBe('approved');
    expect(urgentApproval(t, issuedAt, [approvedBy(2, '2026-12-08T10:00:00.000Z')], '2026-12-09T00:00:00.000Z')!.state).toBe('late');
    expect(urgentApproval(type('penalty-decision-unit'), issuedAt, [], issuedAt)).toBeNull();
  });
});
