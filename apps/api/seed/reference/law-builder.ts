/**
 * Helpers to author law texts compactly (article → paragraphs → items) and expand them into
 * ProvisionRecord rows with keys and citations. Pure.
 */
import type { LawVersionRecord, ProvisionRecord } from './types';

export type ItemInput = string | { n: number; text: string };
export type ParagraphInput = string | { text: string; items: readonly ItemInput[] };

export interface ArticleInput {
  n: number;
  heading?: string;
  paras: readonly ParagraphInput[];
  /** The whole article text is a paraphrase (wording not known well enough to quote). */
  paraphrase?: boolean;
  note?: string;
}

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

export function provisionKey(lawVersionKey: string, article: number, paragraph?: number, item?: number): string {
  const base = lawVersionKey.replace(/^law-version:/, 'provision:');
  if (paragraph === undefined) return `${base}:${article}`;
  if (item === undefined) return `${base}:${article}.${paragraph}`;
  return `${base}:${article}.${paragraph}.${item}`;
}

function itemNumber(item: ItemInput, index: number): number {
  return typeof item === 'string' ? index + 1 : item.n;
}
function itemText(item: ItemInput): string {
  return typeof item === 'string' ? item : item.text;
}
function paragraphText(p: ParagraphInput): string {
  if (typeof p === 'string') return p;
  return [p.text, ...p.items.map((it, i) => `（${chineseNumeral(itemNumber(it, i))}）${itemText(it)}`)].join('\n');
}

/**
 * Expand articles into provisions: one row per article, one per paragraph when the article has
 * more than one, and one per item. Citations follow drafting practice: a one-paragraph article's
 * item is cited "第X条第Y项", otherwise "第X条第Y款第Z项".
 */
export function buildProvisions(version: LawVersionRecord, articles: readonly ArticleInput[]): ProvisionRecord[] {
  const out: ProvisionRecord[] = [];
  const title = `《${version.title}》`;
  const seen = new Set<number>();
  for (const a of articles) {
    if (seen.has(a.n)) throw new Error(`${version.key}: article ${a.n} twice`);
    seen.add(a.n);
    const articleKey = provisionKey(version.key, a.n);
    const art = `第${chineseNumeral(a.n)}条`;
    const heading = a.heading ?? null;
    const paraphrase = a.paraphrase ?? false;
    out.push({
      key: articleKey,
      lawVersionKey: version.key,
      parentKey: null,
      article: a.n,
      paragraph: null,
      item: null,
      heading,
      text: a.paras.map(paragraphText).join('\n'),
      textIsParaphrase: paraphrase,
      citation: `${title}${art}`,
      ...(a.note ? { note: a.note } : {}),
    });
    const multi = a.paras.length > 1;
    a.paras.forEach((p, pi) => {
      const pn = pi + 1;
      const paraKey = provisionKey(version.key, a.n, pn);
      const paraCitation = multi ? `${title}${art}第${chineseNumeral(pn)}款` : `${title}${art}`;
      if (multi) {
        out.push({
          key: paraKey,
          lawVersionKey: version.key,
          parentKey: articleKey,
          article: a.n,
          paragraph: pn,
          item: null,
          heading,
          text: paragraphText(p),
          textIsParaphrase: paraphrase,
          citation: paraCitation,
        });
      }
      if (typeof p !== 'string') {
        p.items.forEach((it, ii) => {
          const n = itemNumber(it, ii);
          out.push({
            key: provisionKey(version.key, a.n, pn, n),
            lawVersionKey: version.key,
            parentKey: multi ? paraKey : articleKey,
            article: a.n,
            paragraph: pn,
            item: n,
            heading,
            text: itemText(it),
            textIsParaphrase: paraphrase,
            citation: `${paraCitation}第${chineseNumeral(n)}项`,
          });
        });
      }
    });
  }
  return out;
}
