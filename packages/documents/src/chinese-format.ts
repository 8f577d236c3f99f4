/**
 * Dates and money as printed on the forms.
 * Dates use Arabic numerals (2020年6月18日), as GB/T 9704-2012 prescribes for 成文日期 since 2012
 * and as the system-printed enforcement forms do; the older 二〇二〇年 style is not used anywhere.
 */

/** Blank for a handwritten date, spaced like the printed forms. */
export const BLANK_DATE = '　　年　月　日';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/;

/** '2020-06-18' → '2020年6月18日'; undefined → the blank. */
export function formatChineseDate(isoDate: string | undefined | null): string {
  if (!isoDate) return BLANK_DATE;
  const m = DATE.exec(isoDate) ?? DATE_TIME.exec(isoDate);
  if (!m) throw new RangeError(`日期格式应为 YYYY-MM-DD：${isoDate}`);
  return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日`;
}

/**
 * '2020-06-18T09:30' (local business time, Asia/Shanghai) → '2020年6月18日9时30分'.
 * Values with an offset or Z are converted to Asia/Shanghai first.
 */
export function formatChineseDateTime(value: string): string {
  const local = /[zZ]|[+-]\d{2}:?\d{2}$/.test(value) ? toShanghaiLocal(value) : value;
  const m = DATE_TIME.exec(local);
  if (!m) return formatChineseDate(local);
  return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日${Number(m[4])}时${m[5]}分`;
}

function toShanghaiLocal(value: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(value));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}

/** A time span on one day or across days: 2020年6月18日9时30分至11时20分. */
export function formatChineseTimeRange(from: string, to: string): string {
  const a = formatChineseDateTime(from);
  const b = formatChineseDateTime(to);
  const sameDay = from.slice(0, 10) === to.slice(0, 10) && b.includes('时');
  return sameDay ? `${a}至${b.slice(b.indexOf('日') + 1)}` : `${a}至${b}`;
}

const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const SMALL_UNITS = ['', '拾', '佰', '仟'];
const BIG_UNITS = ['', '万', '亿', '万亿'];

/** Amount in fen → 大写金额 (伍万元整, 壹仟贰佰元伍角). */
export function formatYuanInWords(fen: number): string {
  if (!Number.isInteger(fen) || fen < 0) throw new RangeError(`金额应为非负整数（分）：${fen}`);
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const cents = fen % 10;
  let words = '';
  if (yuan === 0) {
    words = jiao || cents ? '' : '零元';
  } else {
    const groups: number[] = [];
    for (let n = yuan; n > 0; n = Math.floor(n / 10000)) groups.push(n % 10000);
    let pendingZero = false;
    for (let g = groups.length - 1; g >= 0; g--) {
      const group = groups[g] ?? 0;
      if (group === 0) {
        pendingZero = words !== '';
        continue;
      }
      if (pendingZero || (words !== '' && group < 1000)) words += '零';
      pendingZero = false;
      words += fourDigits(group) + BIG_UNITS[g];
    }
    words += '元';
  }
  if (jiao === 0 && cents === 0) return `${words}整`;
  if (jiao) words += `${DIGITS[jiao] ?? ''}角`;
  else if (yuan) words += '零';
  if (cents) words += `${DIGITS[cents] ?? ''}分`;
  return words;
}

function fourDigits(n: number): string {
  let out = '';
  let zero = false;
  for (let i = 3; i >= 0; i--) {
    const d = Math.floor(n / 10 ** i) % 10;
    if (d === 0) {
      zero = out !== '';
      continue;
    }
    if (zero) out += '零';
    zero = false;
    out += (DIGITS[d] ?? '') + (SMALL_UNITS[i] ?? '');
  }
  return out;
}

/** Amount in fen → '50,000.00'. */
export const formatYuan = (fen: number): string =>
  (fen / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** 人民币伍万元整（¥50,000.00） */
export const formatFine = (fen: number): string => `人民币${formatYuanInWords(fen)}（¥${formatYuan(fen)}）`;

/** 1 → 一, up to 99, for 一、二、 section numbers. */
export function chineseOrdinal(n: number): string {
  const d = '〇一二三四五六七八九';
  if (n < 10) return d[n] ?? String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : (d[tens] ?? '')}十${ones ? (d[ones] ?? '') : ''}`;
}

/** [1,2,3,5] → '第1、2、3、5项' style lists. */
export const joinItemNumbers = (numbers: number[]): string => numbers.join('、');
