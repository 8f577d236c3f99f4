import { describe, expect, it } from 'vitest';
import { provisionSortOrder, structureProblem } from './provision-rules';

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
