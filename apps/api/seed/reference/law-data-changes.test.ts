import { describe, expect, it } from 'vitest';
import { lawDataChanges } from './law-data-changes';
import { provisions } from './laws';
import { violations } from './violations';

const SCOPE = '矿山、金属冶炼建设项目或者用于生产、储存、装卸危险物品的建设项目';

describe('law data fixes of issue 8', () => {
  it('keeps the scope of 第九十八条 in AQ-098-02 and AQ-098-04', () => {
    for (const code of ['AQ-098-01', 'AQ-098-02', 'AQ-098-04']) expect(violations.find((v) => v.code === code)!.name).toContain(SCOPE);
  });

  it('gives the two parts of every split 2026 stage distinct circumstances', () => {
    for (const v of violations) {
      const tiers = v.discretionVersions.find((d) => d.key.endsWith('@2026'))!.tiers;
      const circumstances = tiers.map((t) => t.circumstance);
      expect(new Set(circumstances).size, v.code).toBe(circumstances.length);
    }
  });

  it('holds 行政处罚法 第六十八、六十九条', () => {
    expect(provisions.find((p) => p.key === 'provision:administrative-penalty-law@2021:68.1.1')).toMatchObject({ text: '依法给予一百元以下罚款的；', citation: '《中华人民共和国行政处罚法》第六十八条第一项' });
    expect(provisions.find((p) => p.key === 'provision:administrative-penalty-law@2021:69')!.text).toMatch(/^在边远、水上、交通不便地区/);
  });

  it('records every change with its date, source and reason, and each correction matches the data', () => {
    for (const c of lawDataChanges) {
      expect(c.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(c.source.length).toBeGreaterThan(5);
      expect(c.reason.length).toBeGreaterThan(5);
      if (c.kind === 'correct') expect(c.from).not.toBe(c.to);
    }
    const byKey = new Map(violations.map((v) => [v.key, v]));
    for (const c of lawDataChanges.filter((x) => x.table === 'violations')) expect(byKey.get(c.key!)!.name).toBe(c.to);
    expect(lawDataChanges.filter((c) => c.table === 'discretion_tiers').length).toBeGreaterThan(10);
  });
});
