/**
 * Reading one spreadsheet cell as what a column expects (text, number, date, a label from a code
 * list, a list of labels, 是/否). Pure: the workbook reader hands over plain values, these turn them
 * into values or a Chinese reason. Shared by the enterprise and officer sheets.
 */

/** A cell as the workbook reader delivers it (rich text, formulas and links already flattened). */
export type Cell = string | number | boolean | Date | null;

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(error: string): Parsed<T> => ({ ok: false, error });

/** Trimmed text, or null for an empty cell. Numbers keep their digits (no "1e+17"). */
export function cellText(v: Cell): string | null {
  if (v === null) return null;
  if (v instanceof Date) return toIsoDate(v);
  if (typeof v === 'number') return Number.isInteger(v) ? BigInt(Math.round(v)).toString() : String(v);
  if (typeof v === 'boolean') return v ? '是' : '否';
  const t = v.replace(/\u00a0/g, ' ').trim();
  return t === '' ? null : t;
}

export function isBlank(v: Cell): boolean {
  return cellText(v) === null;
}

export function cellNumber(v: Cell, opts: { integer?: boolean } = {}): Parsed<number | null> {
  if (isBlank(v)) return ok(null);
  const n = typeof v === 'number' ? v : Number(cellText(v)!.replace(/[,，]/g, ''));
  if (!Number.isFinite(n)) return fail(`“${cellText(v)}”不是数字`);
  if (opts.integer && !Number.isInteger(n)) return fail(`应为整数（当前 ${n}）`);
  return ok(n);
}

function toIsoDate(d: Date): string {
  // Excel dates have no zone; the reader gives them as UTC midnight of the calendar day.
  return d.toISOString().slice(0, 10);
}

/** Accepts a date cell, an Excel serial number, or text like 2026-01-31, 2026/1/31, 2026.1.31, 2026年1月31日. */
export function cellDate(v: Cell): Parsed<string | null> {
  if (isBlank(v)) return ok(null);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? fail('不是有效的日期') : ok(toIsoDate(v));
  if (typeof v === 'number') {
    if (v < 1 || v > 2958465) return fail(`“${v}”不是有效的日期`);
    return ok(toIsoDate(new Date(Math.round((v - 25569) * 86400_000))));
  }
  const t = cellText(v)!;
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(t);
  if (!m) return fail(`“${t}”不是日期，应写作 YYYY-MM-DD，例如 2026-01-31`);
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso) return fail(`“${t}”不是有效的日期`);
  return ok(iso);
}

/** One code of a code list, written as its Chinese label (or as the code itself). */
export function cellCode<C extends string>(v: Cell, labels: Record<C, string>): Parsed<C | null> {
  const t = cellText(v);
  if (t === null) return ok(null);
  for (const [code, label] of Object.entries(labels) as [C, string][]) if (t === label || t === code) return ok(code);
  return fail(`“${t}”不在代码表中，应为 ${Object.values<string>(labels).join('、')} 之一`);
}

/** Splits "粉尘涉爆、有限空间作业" (also ，,;；/ and line breaks) into trimmed items. */
export function splitList(v: Cell): string[] {
  const t = cellText(v);
  if (t === null) return [];
  return t
    .split(/[、，,;；/\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Several codes written as labels separated by 、; "无" means none. */
export function cellCodes<C extends string>(v: Cell, labels: Record<C, string>): Parsed<C[] | null> {
  if (isBlank(v)) return ok(null);
  if (cellText(v) === '无') return ok([]);
  const out: C[] = [];
  for (const item of splitList(v)) {
    const r = cellCode(item, labels);
    if (!r.ok) return r as Parsed<C[] | null>;
    if (!out.includes(r.value!)) out.push(r.value!);
  }
  return ok(out);
}

/** 是/否 (also Y/N, true/false, 1/0, 合格/不合格). */
export function cellYesNo(v: Cell): Parsed<boolean | null> {
  if (isBlank(v)) return ok(null);
  if (typeof v === 'boolean') return ok(v);
  const t = cellText(v)!.toLowerCase();
  if (['是', 'y', 'yes', 'true', '1', '合格', '已考核'].includes(t)) return ok(true);
  if (['否', 'n', 'no', 'false', '0', '不合格', '未考核'].includes(t)) return ok(false);
  return fail(`“${cellText(v)}”应为 是 或 否`);
}
