import { describe, expect, it } from 'vitest';
import {
  applicableDiscretion,
  applicableTiers,
  fineRangeFor,
  formatFen,
  formatFineRange,
  isWithinRange,
  chooseDiscretion,
  lighterOf,
  toChinaDate,
  validateDiscretionVersions,
  wanToFen,
  yuanToFen,
  type DiscretionTier,
  type DiscretionVersion,
} from './discretion';

const tier = (key: string, level: number, unitMaxWan: number, personWan: [number, number] | null = null): DiscretionTier => ({
  key,
  level,
  label: `档${level}`,
  circumstance: '示例',
  unitFine: { minFen: 0, maxFen: wanToFen(unitMaxWan) },
  personFine: personWan ? { minFen: wanToFen(personWan[0]), maxFen: wanToFen(personWan[1]) } : null,
  otherPenalties: [],
});

const v2021: DiscretionVersion = {
  key: 'd@2021',
  effectiveFrom: '2021-09-01',
  effectiveTo: '2026-01-31',
  basis: '安全生产法（2021）',
  penaltyProvisionKeys: [],
  statutory: { unitFine: { minFen: 0, maxFen: wanToFen(20) }, personFine: { minFen: wanToFen(2), maxFen: wanToFen(5) }, otherPenalties: ['suspendForRectification'], summary: '' },
  tiers: [tier('d@2021#1', 1, 3), tier('d@2021#2', 2, 10, [2, 5])],
  verified: false,
  illustrative: true,
  source: 'test',
};
const v2026: DiscretionVersion = { ...v2021, key: 'd@2026', effectiveFrom: '2026-02-01', effectiveTo: null, tiers: [tier('d@2026#1', 1, 2)] };
const violation = { discretionVersions: [v2026, v2021] };

describe('applicableDiscretion', () => {
  it('picks the version in force on the violation date around a switch', () => {
    expect(applicableDiscretion(violation, '2026-01-31')?.key).toBe('d@2021');
    expect(applicableDiscretion(violation, '2026-02-01')?.key).toBe('d@2026');
    expect(applicableDiscretion(violation, '2030-06-30')?.key).toBe('d@2026');
    expect(applicableDiscretion(violation, '2021-09-01')?.key).toBe('d@2021');
  });

  it('returns null before the first version', () => {
    expect(applicableDiscretion(violation, '2021-08-31')).toBeNull();
    expect(applicableTiers(violation, '2021-08-31')).toEqual([]);
  });

  it('returns the tiers of that version', () => {
    expect(applicableTiers(violation, '2024-05-01').map((t) => t.key)).toEqual(['d@2021#1', 'd@2021#2']);
    expect(applicableTiers(violation, '2026-03-01').map((t) => t.key)).toEqual(['d@2026#1']);
  });

  it('reads a Date in China time (UTC+8)', () => {
    // 2026-01-31T17:00Z is already 2026-02-01 01:00 in Beijing
    expect(toChinaDate(new Date('2026-01-31T17:00:00Z'))).toBe('2026-02-01');
    expect(applicableDiscretion(violation, new Date('2026-01-31T17:00:00Z'))?.key).toBe('d@2026');
    expect(applicableDiscretion(violation, new Date('2026-01-31T15:59:59Z'))?.key).toBe('d@2021');
  });

  it('rejects malformed dates', () => {
    expect(() => applicableDiscretion(violation, '2026-2-1')).toThrow();
    expect(() => applicableDiscretion(violation, '2026-02-30')).toThrow();
  });

  it('lets the later start win when versions overlap', () => {
    const overlapping = { discretionVersions: [v2021, { ...v2026, effectiveFrom: '2025-01-01' }] };
    expect(applicableDiscretion(overlapping, '2025-06-01')?.key).toBe('d@2026');
  });
});

describe('fineRangeFor', () => {
  it('gives the unit or person range, or null', () => {
    const t = v2021.tiers[1]!;
    expect(fineRangeFor(t, 'unit')).toEqual({ minFen: 0, maxFen: 10_000_000 });
    expect(fineRangeFor(t, 'person')).toEqual({ minFen: 2_000_000, maxFen: 5_000_000 });
    expect(fineRangeFor(v2021.tiers[0]!, 'person')).toBeNull();
    expect(fineRangeFor({ ...t, noPenalty: true }, 'unit')).toBeNull();
  });

  it('checks amounts in whole fen', () => {
    const r = { minFen: 0, maxFen: wanToFen(5) };
    expect(isWithinRange(wanToFen(5), r)).toBe(true);
    expect(isWithinRange(wanToFen(5) + 1, r)).toBe(false);
    expect(isWithinRange(100.5, r)).toBe(false);
  });
});

describe('money helpers', () => {
  it('converts and formats', () => {
    expect(yuanToFen(3000)).toBe(300_000);
    expect(yuanToFen(12.34)).toBe(1234);
    expect(() => yuanToFen(0.001)).toThrow();
    expect(wanToFen(1.5)).toBe(1_500_000);
    expect(formatFen(wanToFen(5))).toBe('5万元');
    expect(formatFen(wanToFen(1.5))).toBe('1.5万元');
    expect(formatFen(yuanToFen(5000))).toBe('5000元');
    expect(formatFen(1234)).toBe('12.34元');
    expect(formatFineRange({ minFen: 0, maxFen: wanToFen(10) })).toBe('10万元以下');
    expect(formatFineRange({ minFen: wanToFen(2), maxFen: wanToFen(5) })).toBe('2万元以上5万元以下');
  });
});

describe('validateDiscretionVersions', () => {
  it('accepts consistent versions', () => {
    expect(validateDiscretionVersions([v2021, v2026])).toEqual([]);
  });

  it('reports overlaps, tiers outside the statute and bad numbering', () => {
    const bad: DiscretionVersion = {
      ...v2026,
      effectiveFrom: '2026-01-01',
      tiers: [tier('x#1', 1, 30), { ...tier('x#3', 3, 1), otherPenalties: ['revokeLicence'] }],
    };
    const problems = validateDiscretionVersions([v2021, bad]);
    expect(problems.some((p) => p.includes('overlaps'))).toBe(true);
    expect(problems.some((p) => p.includes('outside the statutory'))).toBe(true);
    expect(problems.some((p) => p.includes('expected 2'))).toBe(true);
    expect(problems.some((p) => p.includes('revokeLicence'))).toBe(true);
  });
});

describe('lighterOf', () => {
  it('prefers the newer version only when it is lighter', () => {
    const lighter = { ...v2026, statutory: { ...v2026.statutory, unitFine: { minFen: 0, maxFen: wanToFen(10) } } };
    expect(lighterOf(v2021, lighter).key).toBe('d@2026');
    expect(lighterOf(v2021, v2026).key).toBe('d@2021');
  });
});

describe('chooseDiscretion (从旧兼从轻, 行政处罚法第三十七条)', () => {
  const versions = [v2021, v2026];
  const act = v2021.effectiveFrom;
  const decision = v2026.effectiveFrom;

  it('applies the version in force at the act when the new one is not lighter, and says why', () => {
    const c = chooseDiscretion(versions, act, decision);
    expect(c).toMatchObject({ rule: 'old', atAct: { key: 'd@2021' }, atDecision: { key: 'd@2026' } });
    expect(c.version!.key).toBe('d@2021');
    expect(c.reason).toMatch(/^适用违法行为发生时.*不从新（行政处罚法第三十七条）$/);
  });

  it('applies the lighter version in force at the decision', () => {
    const lighterNew = { ...v2026, statutory: { ...v2026.statutory, unitFine: { minFen: 0, maxFen: wanToFen(10) } } };
    const c = chooseDiscretion([v2021, lighterNew], act, decision);
    expect(c.rule).toBe('lighterNew');
    expect(c.version!.key).toBe('d@2026');
    expect(c.reason).toMatch(/处罚较轻，从轻适用新规定/);
  });

  it('names the same version when nothing changed, and applies none (says why) when the act predates every version', () => {
    expect(chooseDiscretion(versions, decision, decision)).toMatchObject({ rule: 'sameVersion', version: { key: 'd@2026' } });
    expect(chooseDiscretion(versions, '2019-01-01', decision)).toMatchObject({ rule: 'noneAtAct', version: null, atDecision: { key: 'd@2026' }, reason: expect.stringMatching(/须按当时的规定人工确定/) });
    expect(chooseDiscretion(versions, '2019-01-01', '2019-02-01')).toMatchObject({ rule: 'none', version: null });
  });
});
