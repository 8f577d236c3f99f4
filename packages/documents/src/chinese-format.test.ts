import { describe, expect, it } from 'vitest';
import { BLANK_DATE, chineseOrdinal, formatChineseDate, formatChineseDateTime, formatChineseTimeRange, formatFine, formatYuanInWords } from './chinese-format';

describe('dates', () => {
  it('prints dates with Arabic numerals and no leading zeros', () => {
    expect(formatChineseDate('2020-06-18')).toBe('2020年6月18日');
    expect(formatChineseDate(undefined)).toBe(BLANK_DATE);
    expect(() => formatChineseDate('18/06/2020')).toThrow('日期格式');
  });

  it('prints local times and converts UTC times to Beijing time', () => {
    expect(formatChineseDateTime('2020-06-18T09:30')).toBe('2020年6月18日9时30分');
    expect(formatChineseDateTime('2020-06-18T16:05:00Z')).toBe('2020年6月19日0时05分');
  });

  it('shortens a range on one day', () => {
    expect(formatChineseTimeRange('2020-06-18T09:30', '2020-06-18T11:20')).toBe('2020年6月18日9时30分至11时20分');
    expect(formatChineseTimeRange('2020-06-18T09:30', '2020-06-19T11:20')).toBe('2020年6月18日9时30分至2020年6月19日11时20分');
  });
});

describe('amounts', () => {
  it.each([
    [5000000, '伍万元整'],
    [10050000, '壹拾万零伍佰元整'],
    [120050, '壹仟贰佰元伍角'],
    [120005, '壹仟贰佰元零伍分'],
    [100000000, '壹佰万元整'],
    [1000100000, '壹仟万壹仟元整'],
    [20000, '贰佰元整'],
    [5, '伍分'],
    [0, '零元整'],
  ])('%i fen → %s', (fen, words) => {
    expect(formatYuanInWords(fen)).toBe(words);
  });

  it('prints a fine with words and figures', () => {
    expect(formatFine(5000000)).toBe('人民币伍万元整（¥50,000.00）');
  });

  it('rejects fractions of a fen and negative amounts', () => {
    expect(() => formatYuanInWords(1.5)).toThrow('金额');
    expect(() => formatYuanInWords(-1)).toThrow('金额');
  });
});

describe('chineseOrdinal', () => {
  it('counts like section numbers', () => {
    expect([1, 9, 10, 11, 20, 23].map(chineseOrdinal)).toEqual(['一', '九', '十', '十一', '二十', '二十三']);
  });
});
