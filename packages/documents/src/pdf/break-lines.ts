/**
 * Line breaking for Chinese text. Chinese may break between any two characters, Latin words and
 * numbers only at spaces, and the 禁则 rules hold: closing punctuation never starts a line and
 * opening punctuation never ends one (the pair moves to the next line together).
 */

export interface Line {
  text: string;
  width: number;
  /** First line of a paragraph (carries the first-line indent). */
  isFirst: boolean;
  /** Last line of a paragraph (not justified). */
  isLast: boolean;
}

export type Measure = (text: string) => number;

/** Characters that may not begin a line. */
const NO_LINE_START = new Set([...'，。、；：？！）》」』〕】〉”’…—·%‰℃,.;:?!)]}'.split(''), '\u3001']);
/** Characters that may not end a line. */
const NO_LINE_END = new Set([...'（《「『〔【〈“‘([{¥$'.split('')]);

const isWide = (cp: number): boolean =>
  (cp >= 0x2e80 && cp <= 0x9fff) || // CJK radicals … unified ideographs, kana, CJK punctuation
  (cp >= 0xf900 && cp <= 0xfaff) ||
  (cp >= 0xfe30 && cp <= 0xfe4f) ||
  (cp >= 0xff00 && cp <= 0xffef) || // full-width forms
  (cp >= 0x20000 && cp <= 0x3ffff) ||
  cp === 0x2014 ||
  cp === 0x2026 ||
  cp === 0x201c ||
  cp === 0x201d ||
  cp === 0x2018 ||
  cp === 0x2019;

/** Splits text into unbreakable units: one wide character, or one Latin/number word with its trailing space. */
function units(text: string): string[] {
  const out: string[] = [];
  let word = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === ' ') {
      word += ch;
      out.push(word);
      word = '';
    } else if (isWide(cp)) {
      if (word) out.push(word);
      word = '';
      out.push(ch);
    } else {
      word += ch;
    }
  }
  if (word) out.push(word);
  // Glue by the 禁则 rules: closing marks to the unit before, opening marks to the unit after.
  const glued: string[] = [];
  for (const u of out) {
    const prev = glued[glued.length - 1];
    const first = u[0] ?? '';
    if (prev !== undefined && (NO_LINE_START.has(first) || NO_LINE_END.has(prev[prev.length - 1] ?? ''))) {
      glued[glued.length - 1] = prev + u;
    } else {
      glued.push(u);
    }
  }
  return glued;
}

/**
 * Greedy line breaking into lines of at most `width` (the first line `width - firstIndent`).
 * Hard line breaks (\n) start a new paragraph.
 */
export function breakLines(text: string, width: number, measure: Measure, firstIndent = 0): Line[] {
  const lines: Line[] = [];
  for (const paragraph of text.split('\n')) {
    let current = '';
    let currentWidth = 0;
    let limit = width - firstIndent;
    let isFirst = true;
    const push = (isLast: boolean) => {
      const trimmed = current.replace(/ +$/, '');
      lines.push({ text: trimmed, width: trimmed === current ? currentWidth : measure(trimmed), isFirst, isLast });
      current = '';
      currentWidth = 0;
      limit = width;
      isFirst = false;
    };
    for (const unit of units(paragraph)) {
      const w = measure(unit);
      if (currentWidth + w - trailingSpace(unit, measure) <= limit + 0.01) {
        current += unit;
        currentWidth += w;
        continue;
      }
      if (current) push(false);
      if (w - trailingSpace(unit, measure) <= limit + 0.01) {
        current = unit;
        currentWidth = w;
        continue;
      }
      // A unit longer than the line (a URL, a long account number): break it by characters.
      for (const ch of unit) {
        const cw = measure(ch);
        if (currentWidth + cw > limit + 0.01 && current) push(false);
        current += ch;
        currentWidth += cw;
      }
    }
    push(true);
  }
  return lines;
}

const trailingSpace = (unit: string, measure: Measure): number => (unit.endsWith(' ') ? measure(' ') : 0);

/**
 * Extra space per character gap that makes a line fill its width (两端对齐). Lines that would need
 * wide gaps (a long word pushed to the next line) stay ragged instead.
 */
export function justifySpacing(line: Line, width: number, fontSize: number): number {
  if (line.isLast) return 0;
  const gaps = [...line.text].length - 1;
  const extra = width - line.width;
  // More than one character's width to spread means a long word was pushed down: stay ragged.
  if (gaps <= 0 || extra <= 0 || extra > fontSize * 1.05) return 0;
  return extra / gaps;
}
