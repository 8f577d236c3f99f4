import { describe, expect, it } from 'vitest';
import { basisKindProblem, provisionSortOrder, structureProblem } from './provision-rules';

const n = (article: number, paragraph: number | null = null, item: number | null = null, subItem: number | null = null) => ({ article, paragraph, item, subItem });

describe('provisionSortOrder', () => {
  it('orders article, then paragraph, item and sub-item', () => {
    const sorted = [n(2), n(1, 2), n(1, 1, 3), n(1), n(1, 1), n(1, 1, 3, 1), n(10)].sort((a, b) => provisionSortOrder(a) - provisionSortOrder(b));
    expect(sorted).toEqual([n(1), n(1, 1), n(1, 1, 3), n(1, 1, 3, 1), n(1, 2), n(2), n(10)]);
  });
});

describe('structureProblem', () => {
  it('accepts the shapes of a provision tree', () => {
    expect(structureProblem(n(7), null)).toBeNull();
    expect(structureProblem(n(7, 2), n(7))).toBeNull();
    expect(structureProblem(n(7, 1, 3), n(7))).toBeNull();
    expect(structureProblem(n(7, 2, 3), n(7, 2))).toBeNull();
    expect(structureProblem(n(7, 2, 3, 1), n(7, 2, 3))).toBeNull();
  });
  it('names the field and the rule when the shape is wrong', () => {
    expect(structureProblem(n(7), n(6))).toEqual({ path: 'body.parentId', message: '上级条款：“条”不能有上级条款' });
    expect(structureProblem(n(7, 2), null)?.path).toBe('body.parentId');
    expect(structureProblem(n(7, 2), n(8))?.message).toBe('上级条款：与所填“条”的序号不一致');
    expect(structureProblem(n(7, 2, 1), n(7, 1))?.message).toBe('上级条款：项的上级应为同序号的条或款');
    expect(structureProblem(n(7, null, 1), n(7))?.path).toBe('body.paragraph');
    expect(structureProblem(n(7, 1, 2, 1), n(7, 1))?.message).toBe('上级条款：目的上级应为同序号的项');
  });
});

describe('basisKindProblem (Q10)', () => {
  it('accepts only obligation provisions as a check item basis', () => {
    expect(basisKindProblem([{ citation: '《中华人民共和国安全生产法》第四十一条第二款', kind: 'obligation' }])).toBeNull();
    expect(basisKindProblem([{ citation: '《中华人民共和国安全生产法》第九十九条', kind: 'penalty' }])).toBe('法律依据：《中华人民共和国安全生产法》第九十九条是罚则（法律责任条款），检查事项的依据应为规定生产经营单位义务的强制性条款（问题解释第10条），请引用其违反的义务性条款');
    expect(basisKindProblem([{ citation: 'x', kind: 'obligation' }, { citation: '《中华人民共和国行政处罚法》第五十一条', kind: 'procedure' }])).toMatch(/是程序性条款/);
    expect(basisKindProblem([{ citation: 'y', kind: null }])).toMatch(/尚未标注条款性质/);
  });
});
