import { describe, expect, it } from 'vitest';
import { appliesTo, isActiveOn } from './applicability';

describe('appliesTo', () => {
  const dustPlant = { sector: 'lightIndustry' as const, riskFlags: ['dustExplosion' as const] };
  it('applies general items to every enterprise', () => {
    expect(appliesTo({ sectors: null, riskFlags: [] }, dustPlant)).toBe(true);
  });
  it('needs the sector when the item names sectors', () => {
    expect(appliesTo({ sectors: ['metallurgy'], riskFlags: [] }, dustPlant)).toBe(false);
    expect(appliesTo({ sectors: ['lightIndustry', 'machinery'], riskFlags: [] }, dustPlant)).toBe(true);
  });
  it('needs one of the risk flags when the item names flags', () => {
    expect(appliesTo({ sectors: null, riskFlags: ['dustExplosion'] }, dustPlant)).toBe(true);
    expect(appliesTo({ sectors: null, riskFlags: ['ammoniaRefrigeration', 'confinedSpace'] }, dustPlant)).toBe(false);
    expect(appliesTo({ sectors: ['lightIndustry'], riskFlags: ['confinedSpace', 'dustExplosion'] }, dustPlant)).toBe(true);
  });
});

describe('isActiveOn', () => {
  const c = { status: 'published', effectiveFrom: '2025-03-01', effectiveTo: '2025-12-31' };
  it('is inclusive at both ends', () => {
    expect(isActiveOn(c, '2025-03-01')).toBe(true);
    expect(isActiveOn(c, '2025-12-31')).toBe(true);
    expect(isActiveOn(c, '2026-01-01')).toBe(false);
    expect(isActiveOn(c, '2025-02-28')).toBe(false);
  });
  it('is open-ended without an end date, and never for drafts', () => {
    expect(isActiveOn({ ...c, effectiveTo: null }, '2030-01-01')).toBe(true);
    expect(isActiveOn({ ...c, status: 'draft' }, '2025-06-01')).toBe(false);
  });
});
