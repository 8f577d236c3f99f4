import { describe, expect, it } from 'vitest';
import { chinaYear, DEFAULT_PATTERN, defaultPrefix, formatDocumentNumber, formatSerial, patternProblems } from './document-number-format';

const base = { pattern: DEFAULT_PATTERN, prefix: defaultPrefix('铜'), code: '立', year: 2020, serial: 1 };

describe('document numbers', () => {
  it('formats the default pattern with either bracket style', () => {
    expect(formatDocumentNumber({ ...base, brackets: 'square' })).toBe('铜应急立[2020]1号');
    expect(formatDocumentNumber({ ...base, brackets: 'hexagonal', code: '责改', serial: 12 })).toBe('铜应急责改〔2020〕12号');
  });

  it('shows the unit of a sub-series and the sub-number of a repeated type in one case (Q1)', () => {
    expect(formatDocumentNumber({ ...base, brackets: 'square', unitLabel: '危化' })).toBe('铜应急立[2020]危化-1号');
    expect(formatSerial(5, null, 2)).toBe('5-2');
    expect(formatDocumentNumber({ ...base, brackets: 'hexagonal', code: '询', serial: 5, sub: 2 })).toBe('铜应急询〔2020〕5-2号');
  });

  it('accepts other layouts of the same parts, e.g. （宁）应急现决〔2021〕第12号', () => {
    const pattern = '（{prefix}）应急{code}{open}{year}{close}第{serial}号';
    expect(patternProblems(pattern)).toEqual([]);
    expect(formatDocumentNumber({ pattern, prefix: '宁', brackets: 'hexagonal', code: '现决', year: 2021, serial: 12 })).toBe('（宁）应急现决〔2021〕第12号');
  });

  it('refuses patterns that could repeat a number or that it cannot read', () => {
    expect(patternProblems('{prefix}{code}{serial}号')).toEqual(['应包含 {year}，否则不同年份的编号会重复']);
    expect(patternProblems('{prefix}{year}{serial}{serial}{x}')[0]).toMatch(/不认识的占位符 \{x\}/);
    expect(patternProblems('{code}{year}{serial}{serial}')).toContain('{serial} 只能出现一次');
    expect(patternProblems('{code}{year}{serial}}')).toContain('花括号只能用于占位符');
  });

  it('takes the year in China time (numbers restart at midnight Beijing time on 1 January)', () => {
    expect(chinaYear(new Date('2020-12-31T15:59:59Z'))).toBe(2020);
    expect(chinaYear(new Date('2020-12-31T16:00:00Z'))).toBe(2021);
  });
});
