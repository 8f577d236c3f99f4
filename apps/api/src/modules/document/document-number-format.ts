/**
 * 文书编号 (reference.md §1.2, Q1): 地区简称 + 应急 + 文书简称 + 〔年份〕 + 序号 + 号, e.g. 铜应急立〔2020〕1号
 * (GB/T 9704 六角括号, the default; an agency may choose square brackets).
 * The pattern is an agency setting made of tokens; the serial is a formatted string, because a unit
 * sub-series shows the unit (铜应急立〔2020〕危化-1号) and a second document of one type in one case
 * (按案件统一编号) gets a sub-number (铜应急询〔2020〕5-2号).
 */

export const bracketStyles = ['square', 'hexagonal'] as const;
export type BracketStyle = (typeof bracketStyles)[number];
export const bracketChars: Record<BracketStyle, [string, string]> = { square: ['[', ']'], hexagonal: ['〔', '〕'] };

export const DEFAULT_PATTERN = '{prefix}{code}{open}{year}{close}{serial}号';
export const patternTokens = ['prefix', 'code', 'open', 'close', 'year', 'serial'] as const;
const REQUIRED = ['code', 'year', 'serial'] as const;

export const defaultPrefix = (shortName: string): string => `${shortName}应急`;

export interface NumberParts {
  pattern: string;
  prefix: string;
  brackets: BracketStyle;
  /** 文书简称, e.g. 责改. */
  code: string;
  year: number;
  serial: number;
  /** The unit sub-series label (危化), shown before the serial. */
  unitLabel?: string | null;
  /** >1 for the second, third … document of one type in one case. */
  sub?: number;
}

/** The serial as printed: [unit-]serial[-sub]. */
export function formatSerial(serial: number, unitLabel?: string | null, sub = 1): string {
  const base = unitLabel ? `${unitLabel}-${serial}` : String(serial);
  return sub > 1 ? `${base}-${sub}` : base;
}

export function formatDocumentNumber(p: NumberParts): string {
  const [open, close] = bracketChars[p.brackets];
  const values: Record<(typeof patternTokens)[number], string> = {
    prefix: p.prefix,
    code: p.code,
    open,
    close,
    year: String(p.year),
    serial: formatSerial(p.serial, p.unitLabel, p.sub ?? 1),
  };
  return p.pattern.replace(/\{(\w+)\}/g, (_m, t: string) => values[t as keyof typeof values] ?? '');
}

/** Problems of a pattern, in Chinese (empty = usable). */
export function patternProblems(pattern: string): string[] {
  const problems: string[] = [];
  const tokens = [...pattern.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1] ?? '');
  for (const t of tokens) {
    if (!(patternTokens as readonly string[]).includes(t)) problems.push(`不认识的占位符 {${t}}，可用：${patternTokens.map((x) => `{${x}}`).join('、')}`);
  }
  for (const r of REQUIRED) {
    if (!tokens.includes(r)) problems.push(`应包含 {${r}}，否则不同${r === 'code' ? '文书' : r === 'year' ? '年份' : '序号'}的编号会重复`);
    else if (tokens.filter((t) => t === r).length > 1) problems.push(`{${r}} 只能出现一次`);
  }
  const rest = pattern.replace(/\{[^{}]*\}/g, '');
  if (/[{}]/.test(rest)) problems.push('花括号只能用于占位符');
  if (pattern.length > 80) problems.push('不能超过 80 个字符');
  return problems;
}

/** The China calendar year of an instant (Asia/Shanghai, UTC+8): numbers restart on 1 January. */
export const chinaYear = (at: Date): number => new Date(at.getTime() + 8 * 3_600_000).getUTCFullYear();
