import { describe, expect, it } from 'vitest';
import { chineseNumeral, citationFor } from './provision-citation';

const n = (article: number, paragraph: number | null = null, item: number | null = null, subItem: number | null = null) => ({ article, paragraph, item, subItem });

describe('chineseNumeral', () => {
  it('writes article numbers as the statutes do', () => {
    expect([1, 10, 11, 12, 20, 41, 99, 100, 101, 110, 112].map(chineseNumeral)).toEqual(['一', '十', '十一', '十二', '二十', '四十一', '九十九', '一百', '一百零一', '一百一十', '一百一十二']);
  });
});

describe('citationFor', () => {
  const t = '中华人民共和国安全生产法';
  it('cites articles, paragraphs, items and sub-items', () => {
    expect(citationFor(t, n(41), false)).toBe('《中华人民共和国安全生产法》第四十一条');
    expect(citationFor(t, n(41, 2), true)).toBe('《中华人民共和国安全生产法》第四十一条第二款');
    expect(citationFor(t, n(99, 1, 2), false)).toBe('《中华人民共和国安全生产法》第九十九条第二项');
    expect(citationFor(t, n(65, 1, 3), true)).toBe('《中华人民共和国安全生产法》第六十五条第一款第三项');
    expect(citationFor(t, n(5, 1, 7, 2), false)).toBe('《中华人民共和国安全生产法》第五条第七项第二目');
  });
});

describe('chineseNumeral range', () => {
  it('refuses numbers no article has', () => {
    expect(() => chineseNumeral(1000)).toThrow(/out of range/);
    expect(() => chineseNumeral(1.5)).toThrow(/out of range/);
  });
});
