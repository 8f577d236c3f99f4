/**
 * 条/款/项/目: numbering, citations and the shape rules of a provision tree. Pure.
 */

import type { ProvisionNumber } from '@zhifa/shared/rules/provision-citation';

/** The level of a provision row: 条, 款, 项 or 目. */
export function levelOf(p: ProvisionNumber): 'article' | 'paragraph' | 'item' | 'subItem' {
  if (p.subItem !== null) return 'subItem';
  if (p.item !== null) return 'item';
  if (p.paragraph !== null) return 'paragraph';
  return 'article';
}

/** A total order of provisions inside one version: article, paragraph, item, sub-item. */
export function provisionSortOrder(p: ProvisionNumber): number {
  return p.article * 1_000_000 + (p.paragraph ?? 0) * 10_000 + (p.item ?? 0) * 100 + (p.subItem ?? 0);
}

/**
 * Why a new provision does not fit under `parent` (null = fits). Rules: an article has no parent;
 * a 款 hangs under its 条; a 项 under its 款, or under its 条 when the article has one paragraph;
 * a 目 under its 项; numbers below a level need the level above (no 项 without 款).
 */
export function structureProblem(p: ProvisionNumber, parent: ProvisionNumber | null): { path: string; message: string } | null {
  if (p.item !== null && p.paragraph === null) return { path: 'body.paragraph', message: '款：有“项”时须填写所属的款（只有一款的条文填 1）' };
  if (p.subItem !== null && p.item === null) return { path: 'body.item', message: '项：有“目”时须填写所属的项' };
  const level = levelOf(p);
  if (level === 'article') {
    return parent ? { path: 'body.parentId', message: '上级条款：“条”不能有上级条款' } : null;
  }
  if (!parent) return { path: 'body.parentId', message: '上级条款：款、项、目须选择所属的上级条款' };
  if (parent.article !== p.article) return { path: 'body.parentId', message: '上级条款：与所填“条”的序号不一致' };
  const pl = levelOf(parent);
  const ok =
    (level === 'paragraph' && pl === 'article') ||
    (level === 'item' && (pl === 'article' || (pl === 'paragraph' && parent.paragraph === p.paragraph))) ||
    (level === 'subItem' && pl === 'item' && parent.paragraph === p.paragraph && parent.item === p.item);
  if (!ok) {
    const expected = level === 'paragraph' ? '条' : level === 'item' ? '条或款' : '项';
    return { path: 'body.parentId', message: `上级条款：${level === 'paragraph' ? '款' : level === 'item' ? '项' : '目'}的上级应为同序号的${expected}` };
  }
  return null;
}

/**
 * Q10: a check item's legal basis is a mandatory provision that obliges the unit (kind
 * `obligation`), never a 罚则 (e.g. 安全生产法第九十九条) or a procedural provision. Unclassified
 * provisions (kind null) are refused too: the law administrator classifies them first.
 */
export function basisKindProblem(basis: readonly { citation: string; kind?: 'obligation' | 'penalty' | 'procedure' | null }[]): string | null {
  const bad = basis.find((b) => b.kind !== 'obligation');
  if (!bad) return null;
  const what = bad.kind === 'penalty' ? '是罚则（法律责任条款）' : bad.kind === 'procedure' ? '是程序性条款' : '尚未标注条款性质';
  return `法律依据：${bad.citation}${what}，检查事项的依据应为规定生产经营单位义务的强制性条款（问题解释第10条），请引用其违反的义务性条款`;
}
