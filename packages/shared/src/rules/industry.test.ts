import { describe, expect, it } from 'vitest';
import {
  deriveSector,
  findIndustry,
  industryCodes,
  industryDisplayName,
  industryPath,
  industryTradeSectors,
  isIndustryTradeSector,
  normalizeIndustryCode,
  sectorLabel,
  sectors,
} from './industry';

describe('GB/T 4754-2017 code list', () => {
  it('has all 20 sections A–T and all 97 divisions 01–97', () => {
    const sections = industryCodes.filter((c) => c.level === 'section').map((c) => c.code);
    expect(sections).toEqual('ABCDEFGHIJKLMNOPQRST'.split(''));
    const divisions = industryCodes.filter((c) => c.level === 'division').map((c) => c.code);
    expect(divisions).toEqual(Array.from({ length: 97 }, (_, i) => String(i + 1).padStart(2, '0')));
  });

  it('has unique codes and every parent exists', () => {
    const codes = industryCodes.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    const set = new Set(codes);
    for (const c of industryCodes) if (c.parent !== null) expect(set.has(c.parent), `${c.code} parent ${c.parent}`).toBe(true);
  });

  it('puts divisions in the right section', () => {
    expect(findIndustry('32')?.section).toBe('C');
    expect(findIndustry('10')?.section).toBe('B');
    expect(findIndustry('59')?.section).toBe('G');
    expect(findIndustry('83')?.section).toBe('P');
  });

  it('knows the classes our sectors need', () => {
    expect(findIndustry('3216')?.name).toBe('铝冶炼');
    expect(findIndustry('3011')?.name).toBe('水泥制造');
    expect(findIndustry('2672')?.name).toBe('焰火、鞭炮产品制造');
    expect(findIndustry('5265')?.name).toBe('机动车燃油零售');
    expect(findIndustry('1011')?.name).toBe('石灰石、石膏开采');
  });

  it('normalises input and rejects malformed codes', () => {
    expect(normalizeIndustryCode(' c3216 ')).toBe('3216');
    expect(normalizeIndustryCode('C3216')).toBe('3216');
    expect(normalizeIndustryCode('B3216')).toBeNull(); // 32 is in section C
    expect(normalizeIndustryCode('32160')).toBeNull();
    expect(normalizeIndustryCode('abc')).toBeNull();
  });

  it('builds paths and display names', () => {
    expect(industryPath('3216').map((c) => c.code)).toEqual(['C', '32', '321', '3216']);
    expect(industryDisplayName('3216')).toBe('C3216 铝冶炼');
    // an undescribed class falls back to its nearest described ancestor
    expect(industryDisplayName('3394')).toBe('C3394 铸造及其他金属制品制造');
    expect(industryDisplayName('9999')).toBeNull();
  });
});

describe('deriveSector', () => {
  it.each([
    ['3110', 'metallurgy'],
    ['31', 'metallurgy'],
    ['3216', 'nonferrous'],
    ['3252', 'nonferrous'],
    ['3011', 'buildingMaterials'],
    ['3054', 'lightIndustry'], // 305 玻璃制品 is not 建材
    ['3071', 'buildingMaterials'],
    ['3074', 'lightIndustry'], // 3073–3079 are not 建材
    ['3311', 'machinery'],
    ['4011', 'machinery'],
    ['4310', 'machinery'],
    ['1312', 'lightIndustry'],
    ['1620', 'tobacco'],
    ['5128', 'tobacco'],
    ['1711', 'textile'],
    ['1810', 'textile'],
    ['5212', 'commerce'],
    ['5930', 'commerce'],
    ['5951', 'commerce'],
    ['2511', 'hazchem'],
    ['2614', 'hazchem'],
    ['5162', 'hazchem'],
    ['5265', 'hazchem'],
    ['5941', 'hazchem'],
    ['2672', 'fireworks'],
    ['2671', 'other'],
    ['1011', 'nonCoalMine'],
    ['0721', 'nonCoalMine'],
    ['0610', 'other'],
    ['8336', 'other'],
    ['C3216', 'nonferrous'],
  ] as const)('%s → %s', (code, sector) => {
    expect(deriveSector(code)).toBe(sector);
  });

  it('returns other for missing or malformed codes', () => {
    expect(deriveSector(null)).toBe('other');
    expect(deriveSector('')).toBe('other');
    expect(deriveSector('xyz')).toBe('other');
  });

  it('uses licences as hints', () => {
    expect(deriveSector('5149', { licenceTypes: ['fireworksWholesale'] })).toBe('fireworks');
    expect(deriveSector('5149')).toBe('commerce');
    expect(deriveSector('5212', { licenceTypes: ['hazchemOperation'] })).toBe('hazchem');
    // a steel plant holding a hazchem licence (e.g. its oxygen plant) stays metallurgy
    expect(deriveSector('3120', { licenceTypes: ['hazchemProductionSafety'] })).toBe('metallurgy');
  });
});

describe('sector vocabulary', () => {
  it('labels every sector and lists the eight 工贸 sectors', () => {
    for (const s of sectors) expect(sectorLabel[s]).toMatch(/\S/);
    expect(industryTradeSectors).toHaveLength(8);
    expect(isIndustryTradeSector('metallurgy')).toBe(true);
    expect(isIndustryTradeSector('hazchem')).toBe(false);
    expect(isIndustryTradeSector('fireworks')).toBe(false);
  });
});
