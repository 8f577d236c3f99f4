import { describe, expect, it } from 'vitest';
import { completenessScore, effectiveSector, requiredFieldsForSector, type EnterpriseBaseData } from './completeness';
import { makeCreditCode } from './credit-code';

const base: EnterpriseBaseData = {
  name: '铜川市王益区恒达建材有限公司',
  creditCode: makeCreditCode('91610202MA6X00001'),
  address: '铜川市王益区工业园1号',
  legalRepresentative: '张三',
  principalName: '李四',
  principalPhone: '13800000000',
  safetyManagerName: '王五',
  industryCode: '3021',
  location: { lon: 109.07, lat: 35.07 },
  supervisingAgencyKey: 'agency:610202',
  employeeCount: 45,
  scale: 'small',
  standardizationLevel: 'level3',
  riskFlags: [],
};

describe('requiredFieldsForSector', () => {
  it('asks every enterprise for the base data', () => {
    const fields = requiredFieldsForSector('machinery').map((f) => f.field);
    for (const f of ['creditCode', 'address', 'legalRepresentative', 'principalName', 'principalPhone', 'industryCode', 'location', 'supervisingAgencyKey', 'employeeCount', 'standardizationLevel'] as const) {
      expect(fields).toContain(f);
    }
    expect(fields).not.toContain('licence.hazchem');
  });

  it('asks hazchem for licences and major-hazard identification', () => {
    const fields = requiredFieldsForSector('hazchem').map((f) => f.field);
    expect(fields).toContain('licence.hazchem');
    expect(fields).toContain('majorHazardSources.identified');
    expect(fields).not.toContain('majorHazardSources.list');
    expect(requiredFieldsForSector('hazchem', ['majorHazardSource']).map((f) => f.field)).toContain('majorHazardSources.list');
  });

  it('adds risk-flag fields without duplicates', () => {
    const fields = requiredFieldsForSector('nonferrous', ['metalSmelting', 'aluminiumDeepWellCasting', 'dustExplosion']).map((f) => f.field);
    expect(fields).toContain('deepWellCastingLines');
    expect(fields).toContain('combustibleDustTypes');
    expect(fields.filter((f) => f === 'principalAssessed')).toHaveLength(1);
  });

  it('labels every field in Chinese', () => {
    for (const f of requiredFieldsForSector('hazchem', ['majorHazardSource', 'ammoniaRefrigeration', 'confinedSpace', 'hazardousProcess'])) {
      expect(f.label).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe('completenessScore', () => {
  it('gives 100 to a complete enterprise', () => {
    expect(completenessScore(base)).toMatchObject({ score: 100, complete: true, missing: [] });
  });

  it('lists missing fields with labels and lowers the score', () => {
    const r = completenessScore({ ...base, location: null, principalPhone: '' });
    expect(r.complete).toBe(false);
    expect(r.missing.map((m) => m.field)).toEqual(['principalPhone', 'location']);
    expect(r.missing[1]).toMatchObject({ label: '地理位置（经纬度）', reason: 'missing' });
    expect(r.score).toBe(Math.floor(((r.required - 2) * 100) / r.required));
  });

  it('reports malformed values as invalid with the reason', () => {
    const r = completenessScore({ ...base, creditCode: '91350100M000100Y44', location: { lon: 10, lat: 10 } });
    const cc = r.missing.find((m) => m.field === 'creditCode');
    expect(cc).toMatchObject({ reason: 'invalid' });
    expect(cc?.detail).toMatch(/^(校验码错误|长度应为18位)/);
    expect(r.missing.find((m) => m.field === 'location')).toMatchObject({ reason: 'invalid' });
  });

  it('applies the hazchem rules to a fuel retailer derived from its industry code', () => {
    const station: EnterpriseBaseData = { ...base, industryCode: '5265', sector: null };
    expect(effectiveSector(station)).toBe('hazchem');
    const r1 = completenessScore(station);
    expect(r1.missing.map((m) => m.field)).toEqual(['licence.hazchem', 'majorHazardSources.identified', 'principalAssessed']);
    const r2 = completenessScore({
      ...station,
      licences: [{ type: 'hazchemOperation', number: '陕铜危化经字〔2024〕000001' }],
      majorHazardSources: [],
      principalAssessed: true,
    });
    expect(r2.complete).toBe(true);
  });

  it('requires a named, graded major hazard source when flagged', () => {
    const plant: EnterpriseBaseData = {
      ...base,
      industryCode: '2511',
      riskFlags: ['majorHazardSource'],
      licences: [{ type: 'hazchemProductionSafety', number: '（陕）WH安许证字〔2023〕0001' }],
      principalAssessed: true,
      majorHazardSources: [{ name: '原油罐区', level: null }],
    };
    expect(completenessScore(plant).missing).toEqual([
      expect.objectContaining({ field: 'majorHazardSources.list', reason: 'invalid' }),
    ]);
    expect(completenessScore({ ...plant, majorHazardSources: [{ name: '原油罐区', level: 'level2' }] }).complete).toBe(true);
  });

  it('treats a licence without a number as invalid', () => {
    const r = completenessScore({ ...base, sector: 'fireworks', principalAssessed: true, licences: [{ type: 'fireworksRetail', number: ' ' }] });
    expect(r.missing).toEqual([expect.objectContaining({ field: 'licence.fireworks', reason: 'invalid' })]);
  });

  it('gives 0 to an empty record but never divides by zero', () => {
    const r = completenessScore({});
    expect(r.score).toBe(0);
    expect(r.required).toBeGreaterThan(0);
  });
});
