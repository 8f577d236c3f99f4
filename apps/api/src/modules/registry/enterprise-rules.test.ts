import { makeCreditCode } from '@zhifa/shared/rules/credit-code';
import { describe, expect, it } from 'vitest';
import { applyPatch, blankEnterprise, diffEnterprise, displayValue, evaluate, sectorOf } from './enterprise-rules';

const base = () => blankEnterprise('铜川市测试水泥有限公司', makeCreditCode('91610202MA6TEXT01'), 'agency-1');

describe('stored sector', () => {
  it('is derived from the industry code and licences unless an officer confirmed another', () => {
    expect(sectorOf({ ...base(), industryCode: '3011' })).toBe('buildingMaterials');
    expect(sectorOf({ ...base(), industryCode: '5149', licences: [{ type: 'fireworksRetail', number: 'x', validFrom: null, validTo: null }] })).toBe('fireworks');
    expect(sectorOf({ ...base(), industryCode: '5149' })).toBe('commerce');
    expect(sectorOf({ ...base(), industryCode: '5149', sectorConfirmed: 'fireworks' })).toBe('fireworks');
    expect(sectorOf(base())).toBe('other');
  });
});

describe('completeness', () => {
  it('counts the supervising agency and the sector-specific fields', () => {
    const empty = evaluate(base());
    expect(empty.completeness.complete).toBe(false);
    expect(empty.completeness.missing.map((m) => m.field)).toContain('supervisingAgencyKey');
    const full = applyPatch(base(), {
      address: '陕西省铜川市王益区1号', legalRepresentative: '甲', principalName: '乙', principalPhone: '13800000000', safetyManagerName: '丙',
      industryCode: '3011', location: { lon: 109, lat: 35 }, supervisingAgencyId: 'agency-1', employeeCount: 30, scale: 'small', standardizationLevel: 'level3',
    });
    expect(evaluate(full).completeness).toMatchObject({ score: 100, complete: true, missing: [] });
    const dusty = evaluate({ ...full, riskFlags: ['dustExplosion'] });
    expect(dusty.completeness.missing.map((m) => m.label)).toEqual(['可燃性粉尘种类']);
  });
});

describe('change history', () => {
  it('lists each changed field once with old → new as people read them', () => {
    const before = { ...base(), industryCode: '3011' };
    const after = applyPatch(before, { status: 'suspended', riskFlags: ['dustExplosion', 'confinedSpace'], industryCode: '3130', supervisingAgencyId: 'agency-1' });
    const changes = diffEnterprise({ ...before, sector: sectorOf(before) }, { ...after, sector: sectorOf(after) }, (id) => (id === 'agency-1' ? '王益区应急管理局' : id));
    expect(changes).toEqual([
      { field: 'supervisingAgencyId', label: '监管机关', oldValue: null, newValue: '王益区应急管理局' },
      { field: 'industryCode', label: '国民经济行业分类代码', oldValue: '3011', newValue: '3130' },
      { field: 'status', label: '经营状态', oldValue: '在营', newValue: '停产' },
      { field: 'riskFlags', label: '风险特征', oldValue: null, newValue: '粉尘涉爆、有限空间作业' },
      { field: 'sector', label: '行业领域', oldValue: '建材', newValue: '冶金' },
    ]);
    expect(diffEnterprise({ ...before, sector: 'buildingMaterials' }, { ...before, sector: 'buildingMaterials' })).toEqual([]);
  });

  it('shows licences, hazard sources and yes/no in words', () => {
    expect(displayValue('licences', [{ type: 'hazchemOperation', number: '陕铜危化经字〔2024〕8号', validFrom: '2024-03-01', validTo: '2027-02-28' }])).toBe('危险化学品经营许可证 陕铜危化经字〔2024〕8号（2024-03-01 至 2027-02-28）');
    expect(displayValue('majorHazardSources', [{ name: '罐区', level: 'level3' }])).toBe('罐区（三级）');
    expect(displayValue('majorHazardSources', [])).toBe('无');
    expect(displayValue('principalAssessed', false)).toBe('否');
    expect(displayValue('location', { lon: 109.1, lat: 35.2 })).toBe('109.1, 35.2');
  });
});
