/**
 * 条/款/项/目: numbering, citations and the shape rules of a provision tree. Pure.
 */

const digits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Chinese numerals as used in article numbers: 1 一, 10 十, 12 十二, 20 二十, 101 一百零一, 112 一百一十二. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999) throw new Error(`chineseNumeral: ${n} out of range`);
  if (n < 10) return digits[n]!;
  if (n < 20) return `十${n % 10 === 0 ? '' : digits[n % 10]}`;
  if (n < 100) return `${digits[Math.floor(n / 10)]}十${n % 10 === 0 ? '' : digits[n % 10]}`;
  const h = Math.floor(n / 100);
  const rest = n % 100;
  if (rest === 0) return `${digits[h]}百`;
  if (rest < 10) return `${digits[h]}百零${digits[rest]}`;
  return `${digits[h]}百${digits[Math.floor(rest / 10)]}十${rest % 10 === 0 ? '' : digits[rest % 10]}`;
}

export interface ProvisionNumber {
  article: number;
  paragraph: number | null;
  item: number | null;
  subItem: number | null;
}

/** The level of a provision row: 条, 款, 项 or 目. */
export function levelOf(p: ProvisionNumber): 'article' | 'paragraph' | 'item' | 'subItem' {
  if (p.subItem !== null) return 'subItem';
  if (p.item !== null) return 'item';
  if (p.paragraph !== null) return 'paragraph';
  return 'article';
}

/**
 * The citation in drafting practice: 《T》第X条[第Y款][第Z项][第N目]. The 款 is left out when the
 * article has only one paragraph (`multiParagraph` false), as in "第九十九条第二项".
 */
export function citationFor(title: string, p: ProvisionNumber, multiParagraph: boolean): string {
  let c = `《${title}》第${chineseNumeral(p.article)}条`;
  if (p.paragraph !== null && multiParagraph) c += `第${chineseNumeral(p.paragraph)}款`;
  if (p.item !== null) c += `第${chineseNumeral(p.item)}项`;
  if (p.subItem !== null) c += `第${chineseNumeral(p.subItem)}目`;
  return c;
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
