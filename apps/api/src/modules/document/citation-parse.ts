/**
 * Reads the statute citations in a document's text field ("《中华人民共和国安全生产法》第九十九条第（一）项、
 * 第一百零二条") so that they can be resolved against the law library. Pure.
 */

export interface CitedRef {
  lawTitle: string;
  article: number;
  paragraph: number | null;
  item: number | null;
  /** The citation as written. */
  written: string;
}

export interface ParsedCitations {
  refs: CitedRef[];
  /** True when the text holds nothing but citations (and separators such as 、，和 的规定). */
  complete: boolean;
}

const CN = '零〇一二三四五六七八九十百千0-9';
const NUM = `[${CN}]+`;
const ONE = `第(${NUM})条(?:第(${NUM})款)?(?:第[（(]?(${NUM})[）)]?项)?`;
const GROUP = new RegExp(`《([^》]+)》(?:[（(][^）)]*[）)])?((?:${ONE.replace(/\((?!\?)/g, '(?:')}(?:[、，,和及与]|以及)?)+)`, 'g');
const SINGLE = new RegExp(ONE, 'g');

const digit: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 九十九 → 99, 一百零二 → 102, 十二 → 12, 35 → 35. */
export function parseNumeral(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  let total = 0;
  let current = 0;
  for (const ch of s) {
    if (ch in digit) current = digit[ch]!;
    else if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else if (ch === '千') {
      total += (current || 1) * 1000;
      current = 0;
    }
  }
  return total + current;
}

export function parseCitations(text: string): ParsedCitations {
  const refs: CitedRef[] = [];
  let rest = text;
  for (const g of text.matchAll(GROUP)) {
    const lawTitle = g[1]!.trim();
    for (const m of g[2]!.matchAll(SINGLE)) {
      const paragraph = m[2] ? parseNumeral(m[2]) : null;
      const item = m[3] ? parseNumeral(m[3]) : null;
      refs.push({ lawTitle, article: parseNumeral(m[1]!), paragraph, item, written: `《${lawTitle}》${m[0]}` });
    }
    rest = rest.replace(g[0], '');
  }
  const leftover = rest.replace(/的规定|之规定|规定|[、，,。；;和及与以\s]/g, '');
  return { refs, complete: refs.length > 0 && leftover === '' };
}
