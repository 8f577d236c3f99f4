import { describe, expect, it } from 'vitest';
import {
  enterpriseScaleLabel,
  enterpriseScales,
  enterpriseStatusLabel,
  enterpriseStatuses,
  licenceTypeLabel,
  licenceTypes,
  riskFlagLabel,
  riskFlags,
  standardizationLevelLabel,
  standardizationLevels,
} from './enterprise-codes';

describe('enterprise vocabularies', () => {
  it.each([
    ['scale', enterpriseScales, enterpriseScaleLabel],
    ['standardization', standardizationLevels, standardizationLevelLabel],
    ['risk flag', riskFlags, riskFlagLabel],
    ['licence', licenceTypes, licenceTypeLabel],
    ['status', enterpriseStatuses, enterpriseStatusLabel],
  ] as const)('%s: every code has a unique Chinese label', (_name, codes, labels) => {
    const values = codes.map((c) => (labels as Record<string, string>)[c]);
    for (const v of values) expect(v).toMatch(/[\u4e00-\u9fff]/);
    expect(new Set(values).size).toBe(values.length);
    expect(Object.keys(labels).sort()).toEqual([...codes].sort());
  });
});
