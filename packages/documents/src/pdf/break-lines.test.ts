import { describe, expect, it } from 'vitest';
import { breakLines, justifySpacing } from './break-lines';

/** Every wide character is 1 unit, narrow characters 0.5. */
const measure = (text: string): number => [...text].reduce((s, ch) => s + ((ch.codePointAt(0) ?? 0) > 0x2e80 ? 1 : 0.5), 0);

describe('breakLines', () => {
  it('breaks Chinese text without spaces between any two characters', () => {
    const lines = breakLines('经查你单位存在下列问题涂装车间调漆间内防爆电气设备接线盒盖板缺失', 10, measure);
    expect(lines.map((l) => l.text)).toEqual(['经查你单位存在下列问', '题涂装车间调漆间内防', '爆电气设备接线盒盖板', '缺失']);
    expect(lines.map((l) => l.isLast)).toEqual([false, false, false, true]);
  });

  it('indents the first line of each paragraph', () => {
    const lines = breakLines('一二三四五六七八九十\n甲乙丙', 6, measure, 2);
    expect(lines.map((l) => [l.text, l.isFirst])).toEqual([
      ['一二三四', true],
      ['五六七八九十', false],
      ['甲乙丙', true],
    ]);
  });

  it('never starts a line with closing punctuation (禁则)', () => {
    const lines = breakLines('一二三四五，六七', 5, measure);
    expect(lines.map((l) => l.text)).toEqual(['一二三四', '五，六七']);
  });

  it('never ends a line with opening punctuation', () => {
    const lines = breakLines('一二三四（五六）', 5, measure);
    expect(lines.map((l) => l.text)).toEqual(['一二三四', '（五六）']);
  });

  it('keeps Latin words and numbers whole and breaks them at spaces', () => {
    const lines = breakLines('叉车编号 FL-07 司机 Wang Jun 未持证', 8, measure);
    expect(lines.every((l) => measure(l.text) <= 8)).toBe(true);
    expect(lines.map((l) => l.text).join('|')).toContain('Wang');
    expect(lines.some((l) => l.text.includes('FL-0') && !l.text.includes('FL-07'))).toBe(false);
  });

  it('breaks a word longer than the line by characters', () => {
    const lines = breakLines('https://zhifa.example.gov.cn/public/verify/abc', 8, measure);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.every((l) => measure(l.text) <= 8)).toBe(true);
  });
});

describe('justifySpacing', () => {
  it('spreads a small remainder over the gaps and leaves last lines alone', () => {
    expect(justifySpacing({ text: '一二三四五', width: 4.5, isFirst: true, isLast: false }, 5, 1)).toBeCloseTo(0.125);
    expect(justifySpacing({ text: '一二三', width: 3, isFirst: false, isLast: true }, 5, 1)).toBe(0);
  });

  it('keeps a line ragged when more than a character is missing', () => {
    expect(justifySpacing({ text: '一二 ab', width: 3, isFirst: true, isLast: false }, 10, 1)).toBe(0);
  });
});
