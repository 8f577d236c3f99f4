/**
 * Text normalisation and highlighting for the search index. Pure.
 *
 * Normalisation maps every UTF-16 unit to exactly one unit (full-width ASCII → ASCII, ideographic
 * space → space, A–Z → a–z), so an offset found in normalised text is the same offset in the
 * original and highlights need no position mapping. Chinese characters are left as they are: the
 * search is a substring match over them, which behaves identically on SQLite and PostgreSQL.
 */

export function normaliseText(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(toLowerAscii(c - 0xfee0));
    else if (c === 0x3000) out += ' ';
    else out += String.fromCharCode(toLowerAscii(c));
  }
  return out;
}

function toLowerAscii(c: number): number {
  return c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
}

/** The normalised search terms of a query: split on white space, duplicates and empties dropped, at most 5. */
export function queryTerms(q: string): string[] {
  const terms = normaliseText(q)
    .split(/\s+/)
    .map((t) => t.trim())
    .filter(Boolean);
  return [...new Set(terms)].slice(0, 5);
}

/** A LIKE pattern matching `term` anywhere, with %, _ and \ escaped (use with ESCAPE '\'). */
export function containsPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
}

export type Mark = [number, number];

/** Every occurrence of every term in `text`, merged and sorted, as [start, end) offsets. */
export function findMarks(text: string, terms: readonly string[]): Mark[] {
  const norm = normaliseText(text);
  const marks: Mark[] = [];
  for (const t of terms) {
    if (!t) continue;
    let from = 0;
    for (;;) {
      const at = norm.indexOf(t, from);
      if (at < 0) break;
      marks.push([at, at + t.length]);
      from = at + t.length;
    }
  }
  marks.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Mark[] = [];
  for (const m of marks) {
    const last = merged[merged.length - 1];
    if (last && m[0] <= last[1]) last[1] = Math.max(last[1], m[1]);
    else merged.push([m[0], m[1]]);
  }
  return merged;
}

/**
 * A window of at most `max` characters of `text` around its first match (or its start), with
 * "…" where it was cut, and the marks inside the window.
 */
export function snippetOf(text: string, terms: readonly string[], max = 120): { snippet: string; marks: Mark[] } {
  const flat = text.replace(/\s*\n\s*/g, ' ');
  const marks = findMarks(flat, terms);
  if (flat.length <= max) return { snippet: flat, marks };
  const first = marks[0]?.[0] ?? 0;
  const start = Math.max(0, Math.min(first - Math.floor(max / 4), flat.length - max));
  const end = Math.min(flat.length, start + max);
  const prefix = start > 0 ? '…' : '';
  const suffix = end < flat.length ? '…' : '';
  const shift = prefix.length - start;
  const inside = marks
    .filter(([a, b]) => a < end && b > start)
    .map(([a, b]): Mark => [Math.max(a, start) + shift, Math.min(b, end) + shift]);
  return { snippet: prefix + flat.slice(start, end) + suffix, marks: inside };
}
