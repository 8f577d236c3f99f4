import { describe, expect, it } from 'vitest';
import { MISSING_BASIS, publishGateProblem, transitionProblem } from './item-lifecycle';

describe('transitionProblem', () => {
  it('allows the steps of the workflow', () => {
    expect(transitionProblem('draft', 'submit')).toBeNull();
    expect(transitionProblem('legalReview', 'approve')).toBeNull();
    expect(transitionProblem('legalReview', 'return')).toBeNull();
    expect(transitionProblem('published', 'retire')).toBeNull();
    expect(transitionProblem('published', 'edit')).toBeNull();
    expect(transitionProblem('draft', 'edit')).toBeNull();
  });
  it('refuses skipped or backward steps with a reason', () => {
    expect(transitionProblem('draft', 'approve')).toBe('该事项尚未提交法制审核');
    expect(transitionProblem('legalReview', 'edit')).toMatch(/法制审核中/);
    expect(transitionProblem('retired', 'edit')).toBe('已停用的检查事项不能修改');
    expect(transitionProblem('published', 'submit')).toBe('该事项已发布');
  });
});

describe('publishGateProblem', () => {
  const basis = { citation: '《中华人民共和国安全生产法》第四十一条第二款', versionEffectiveFrom: '2021-09-01', versionEffectiveTo: null };
  it('requires a provision for a local item', () => {
    expect(publishGateProblem({ ownerAgencyId: 'a' }, [], '2026-03-01')).toBe(MISSING_BASIS);
    expect(publishGateProblem({ ownerAgencyId: 'a' }, [basis], '2026-03-01')).toBeNull();
  });
  it('requires the provision to be in force', () => {
    const old = { ...basis, citation: '《办法》第三十条', versionEffectiveFrom: '2015-05-01', versionEffectiveTo: '2026-01-31' };
    expect(publishGateProblem({ ownerAgencyId: 'a' }, [old], '2026-03-01')).toBe('法律依据：《办法》第三十条 在 2026-03-01 不是现行有效的版本，请引用现行有效的条款');
    expect(publishGateProblem({ ownerAgencyId: 'a' }, [old], '2025-03-01')).toBeNull();
  });
  it('lets ministry items through', () => {
    expect(publishGateProblem({ ownerAgencyId: null }, [], '2026-03-01')).toBeNull();
  });
});
