import { describe, expect, it } from 'vitest';
import { parseCitations, parseNumeral } from './citation-parse';

describe('citation parsing', () => {
  it('reads Chinese and Arabic article numbers', () => {
    expect([parseNumeral('九十九'), parseNumeral('一百零二'), parseNumeral('十二'), parseNumeral('二十'), parseNumeral('35'), parseNumeral('一百一十二')]).toEqual([99, 102, 12, 20, 35, 112]);
  });

  it('finds every cited article, paragraph and item, with the law they belong to', () => {
    const p = parseCitations('《中华人民共和国安全生产法》第九十九条第（一）项、第一百零二条');
    expect(p.refs).toEqual([
      { lawTitle: '中华人民共和国安全生产法', article: 99, paragraph: null, item: 1, written: '《中华人民共和国安全生产法》第九十九条第（一）项' },
      { lawTitle: '中华人民共和国安全生产法', article: 102, paragraph: null, item: null, written: '《中华人民共和国安全生产法》第一百零二条' },
    ]);
    expect(p.complete).toBe(true);
    const two = parseCitations('《中华人民共和国安全生产法》第四十一条第二款和《工贸企业重大事故隐患判定标准》第十一条第一款第三项的规定');
    expect(two.refs.map((r) => [r.lawTitle, r.article, r.paragraph, r.item])).toEqual([['中华人民共和国安全生产法', 41, 2, null], ['工贸企业重大事故隐患判定标准', 11, 1, 3]]);
    expect(two.complete).toBe(true);
    expect(parseCitations('《安全生产违法行为行政处罚办法》（2015年修正）第四十五条').refs[0]).toMatchObject({ lawTitle: '安全生产违法行为行政处罚办法', article: 45 });
  });

  it('marks free text that is not (only) a citation', () => {
    expect(parseCitations('有关法律法规')).toEqual({ refs: [], complete: false });
    expect(parseCitations('依据《中华人民共和国安全生产法》第六十五条第一款第三项，责令立即停止作业').complete).toBe(false);
  });
});
