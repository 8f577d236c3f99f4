import { describe, expect, it } from 'vitest';
import { cellCode, cellCodes, cellDate, cellNumber, cellText, cellYesNo } from './sheet-cells';

describe('cells', () => {
  it('reads text and keeps long digit strings whole', () => {
    expect(cellText('  甲公司\u00a0')).toBe('甲公司');
    expect(cellText('')).toBeNull();
    expect(cellText(610202)).toBe('610202');
  });

  it('reads numbers, refusing words and fractions where integers are needed', () => {
    expect(cellNumber('1,200')).toEqual({ ok: true, value: 1200 });
    expect(cellNumber('三十')).toEqual({ ok: false, error: '“三十”不是数字' });
    expect(cellNumber(2.5, { integer: true })).toEqual({ ok: false, error: '应为整数（当前 2.5）' });
    expect(cellNumber(null)).toEqual({ ok: true, value: null });
  });

  it('reads dates written in the usual Chinese ways and Excel dates', () => {
    for (const v of ['2026-01-31', '2026/1/31', '2026.1.31', '2026年1月31日']) expect(cellDate(v)).toEqual({ ok: true, value: '2026-01-31' });
    expect(cellDate(new Date(Date.UTC(2026, 0, 31)))).toEqual({ ok: true, value: '2026-01-31' });
    expect(cellDate(46053)).toEqual({ ok: true, value: '2026-01-31' });
    expect(cellDate('2026-02-30')).toEqual({ ok: false, error: '“2026-02-30”不是有效的日期' });
    expect(cellDate('明天')).toMatchObject({ ok: false });
  });

  it('maps labels to codes and says what is allowed', () => {
    const labels = { large: '大型', small: '小型' };
    expect(cellCode('小型', labels)).toEqual({ ok: true, value: 'small' });
    expect(cellCode('small', labels)).toEqual({ ok: true, value: 'small' });
    expect(cellCode('超大', labels)).toEqual({ ok: false, error: '“超大”不在代码表中，应为 大型、小型 之一' });
    expect(cellCodes('小型、大型，小型', labels)).toEqual({ ok: true, value: ['small', 'large'] });
    expect(cellCodes('无', labels)).toEqual({ ok: true, value: [] });
    expect(cellYesNo('是')).toEqual({ ok: true, value: true });
    expect(cellYesNo('也许')).toMatchObject({ ok: false });
  });
});
