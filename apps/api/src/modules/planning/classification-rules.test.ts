import { describe, expect, it } from 'vitest';
import { classificationPresets, classify, monthsBefore, ruleProblems, type ClassificationInputs } from './classification-rules';

const shanxi = classificationPresets.find((p) => p.code === 'shanxi-2025')!.rule;
const base: ClassificationInputs = { sector: 'machinery', standardizationLevel: 'level2', majorHazardLevels: [], lastAccidentOn: null, lastFatalAccidentOn: null, creditStatus: 'normal' };

describe('classify (Shanxi 2025 preset)', () => {
  it('takes the class from the 标准化 level and the caps of its sector group', () => {
    expect(classify(shanxi, base, '2026-03-01')).toMatchObject({ riskClass: 'B', frequencyCap: 2, agencyLevel: 'county' });
    expect(classify(shanxi, { ...base, sector: 'hazchem', standardizationLevel: null }, '2026-03-01')).toMatchObject({ riskClass: 'D', frequencyCap: 12, agencyLevel: 'city' });
    expect(classify(shanxi, { ...base, sector: 'nonCoalMine', standardizationLevel: 'level3' }, '2026-03-01')).toMatchObject({ riskClass: 'C', frequencyCap: 2 });
  });

  it('worsens for a recent accident and poor credit, sets D for a fatal accident within 12 months only', () => {
    expect(classify(shanxi, { ...base, lastAccidentOn: '2025-06-01' }, '2026-03-01').riskClass).toBe('C');
    expect(classify(shanxi, { ...base, lastAccidentOn: '2024-06-01' }, '2026-03-01').riskClass).toBe('B');
    expect(classify(shanxi, { ...base, creditStatus: 'poor' }, '2026-03-01').riskClass).toBe('C');
    const fatal = classify(shanxi, { ...base, standardizationLevel: 'level1', lastFatalAccidentOn: '2025-12-01' }, '2026-03-01');
    expect(fatal.riskClass).toBe('D');
    expect(fatal.reasons.join('\n')).toContain('死亡事故');
  });

  it('raises the class and the level for major hazard sources', () => {
    const r = classify(shanxi, { ...base, standardizationLevel: 'level1', majorHazardLevels: ['level1'] }, '2026-03-01');
    expect(r).toMatchObject({ riskClass: 'C', agencyLevel: 'province' });
  });
});

describe('monthsBefore / ruleProblems', () => {
  it('clamps the day', () => {
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(monthsBefore('2026-01-15', 12)).toBe('2025-01-15');
  });
  it('accepts the presets and names a floor above its cap', () => {
    for (const p of classificationPresets) expect(ruleProblems(p.rule)).toEqual([]);
    const bad = { ...shanxi, frequency: [{ ...shanxi.frequency[0]!, floor: { ...shanxi.frequency[0]!.floor, A: 9 } }] };
    expect(ruleProblems(bad)[0]).toContain('下限 9 不能大于上限 2');
  });
});
