import { describe, expect, it } from 'vitest';
import { buildProvisions, provisionKey } from './law-builder';
import type { LawVersionRecord } from './types';

const version: LawVersionRecord = {
  key: 'law-version:test-law@2020',
  lawKey: 'law:test-law',
  tag: '2020',
  title: '测试法',
  documentNumber: null,
  adoptedOn: null,
  effectiveFrom: '2020-01-01',
  effectiveTo: null,
  source: 'test',
  textSource: 'test',
  verified: false,
};

describe('buildProvisions', () => {
  const rows = buildProvisions(version, [
    { n: 1, paras: [{ text: '有下列情形之一的：', items: ['甲；', '乙。'] }] },
    { n: 2, paras: ['第一款。', { text: '第二款：', items: [{ n: 3, text: '丙。' }] }] },
  ]);

  it('creates article, paragraph and item rows with keys and citations', () => {
    expect(rows.map((r) => r.key)).toEqual([
      'provision:test-law@2020:1',
      'provision:test-law@2020:1.1.1',
      'provision:test-law@2020:1.1.2',
      'provision:test-law@2020:2',
      'provision:test-law@2020:2.1',
      'provision:test-law@2020:2.2',
      'provision:test-law@2020:2.2.3',
    ]);
    expect(rows[1]).toMatchObject({ parentKey: 'provision:test-law@2020:1', citation: '《测试法》第一条第一项', text: '甲；' });
    expect(rows[6]).toMatchObject({ parentKey: 'provision:test-law@2020:2.2', citation: '《测试法》第二条第二款第三项' });
    expect(rows[0]!.text).toBe('有下列情形之一的：\n（一）甲；\n（二）乙。');
    expect(provisionKey(version.key, 2, 2, 3)).toBe('provision:test-law@2020:2.2.3');
  });

  it('rejects an article given twice', () => {
    expect(() => buildProvisions(version, [{ n: 1, paras: ['a'] }, { n: 1, paras: ['b'] }])).toThrow();
  });
});
