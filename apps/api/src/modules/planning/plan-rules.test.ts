import { describe, expect, it } from 'vitest';
import { deriveMonthly, plannedInspections, schedulingProblems } from './plan-rules';

describe('deriveMonthly', () => {
  it('spreads the planned inspections evenly over the months, the remainder first', () => {
    const rows = deriveMonthly([{ id: 'i', keyCount: 3, randomCount: 4, frequency: 2, months: [9, 3, 6], unitId: null, sector: 'machinery' }]);
    expect(plannedInspections({ keyCount: 3, randomCount: 4, frequency: 2 })).toBe(10);
    expect(rows.map((r) => [r.month, r.planned])).toEqual([[3, 4], [6, 3], [9, 3]]);
    expect(rows.reduce((s, r) => s + r.planned, 0)).toBe(10);
  });
});

describe('schedulingProblems', () => {
  it('says why: at the cap, or another level in the same month', () => {
    expect(schedulingProblems({ enterpriseName: '甲', countThisYear: 1, cap: 2, otherAgencies: [] })).toEqual([]);
    expect(schedulingProblems({ enterpriseName: '甲', countThisYear: 2, cap: 2, otherAgencies: [] })[0]).toContain('年度上限为 2 次');
    expect(schedulingProblems({ enterpriseName: '甲', countThisYear: 0, cap: null, otherAgencies: [{ agencyName: '王益区应急管理局', month: '2026-05' }] })[0]).toContain('多层级重复检查');
  });
});
