/**
 * 条/款/项/目 numbering and citations, the way Chinese statutes are cited. Pure; used by the API,
 * the seed data and the portal so a citation is written the same everywhere.
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
