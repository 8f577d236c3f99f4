/**
 * Helpers to author law texts compactly (article → paragraphs → items) and expand them into
 * ProvisionRecord rows with keys and citations. Pure.
 */
import { chineseNumeral, citationFor } from '@zhifa/shared/rules/provision-citation';
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
  const seen = new Set<number>();
  for (const a of articles) {
    if (seen.has(a.n)) throw new Error(`${version.key}: article ${a.n} twice`);
    seen.add(a.n);
    const articleKey = provisionKey(version.key, a.n);
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
      citation: citationFor(version.title, { article: a.n, paragraph: null, item: null, subItem: null }, false),
      ...(a.note ? { note: a.note } : {}),
    });
    const multi = a.paras.length > 1;
    a.paras.forEach((p, pi) => {
      const pn = pi + 1;
      const paraKey = provisionKey(version.key, a.n, pn);
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
          citation: citationFor(version.title, { article: a.n, paragraph: pn, item: null, subItem: null }, true),
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
            citation: citationFor(version.title, { article: a.n, paragraph: pn, item: n, subItem: null }, multi),
          });
        });
      }
    });
  }
  return out;
}
