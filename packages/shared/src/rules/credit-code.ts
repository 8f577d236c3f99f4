/**
 * 统一社会信用代码 (GB 32100-2015) — validation and check character.
 *
 * Layout of the 18 characters:
 *   1      登记管理部门码 (e.g. 9 = 市场监管/工商, 1 = 机构编制, 5 = 民政, Y = 其他)
 *   2      机构类别码 (e.g. 1 企业, 2 个体工商户, 3 农民专业合作社 under 9)
 *   3–8    登记管理机关行政区划码 (GB/T 2260)
 *   9–17   主体标识码 (组织机构代码, GB 11714)
 *   18     校验码
 *
 * Only the 18th character is checked here (the standard's own rule). The embedded GB 11714
 * organisation-code check digit is deliberately not enforced: registries issue codes whose
 * 9–17 part follows other rules, and rejecting them would block real enterprises.
 */

/** The 31 characters allowed by GB 32100 (no I, O, S, V, Z), in value order 0–30. */
export const creditCodeCharset = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Position weights 3^(i) mod 31 for positions 1–17. */
export const creditCodeWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

export type CreditCodeErrorCode = 'length' | 'charset' | 'checkChar';

export type CreditCodeValidation =
  | { ok: true }
  | { ok: false; code: CreditCodeErrorCode; reason: string };

function valueOf(ch: string): number {
  return creditCodeCharset.indexOf(ch);
}

/**
 * The check character for the first 17 characters.
 * Throws if `first17` is not 17 characters of the allowed charset (programming error).
 */
export function computeCreditCodeCheckChar(first17: string): string {
  if (first17.length !== 17) throw new Error(`computeCreditCodeCheckChar: expected 17 characters, got ${first17.length}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = valueOf(first17.charAt(i));
    if (v < 0) throw new Error(`computeCreditCodeCheckChar: character ${JSON.stringify(first17.charAt(i))} is not allowed`);
    sum += v * creditCodeWeights[i]!;
  }
  const check = (31 - (sum % 31)) % 31;
  return creditCodeCharset.charAt(check);
}

/** Append the correct check character; used to build synthetic (demo) codes. */
export function makeCreditCode(first17: string): string {
  return first17 + computeCreditCodeCheckChar(first17);
}

/**
 * Trim and upper-case user input, and turn full-width letters/digits into half-width
 * (a common paste artefact). Call before validating what a person typed.
 */
export function normalizeCreditCode(input: string): string {
  return input
    .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '')
    .toUpperCase();
}

/**
 * Validate an (already normalised) code. Lower-case letters are reported as not allowed,
 * so that stored codes are always canonical; use {@link normalizeCreditCode} on input first.
 */
export function validateCreditCode(code: string): CreditCodeValidation {
  const chars = Array.from(code);
  if (chars.length !== 18) return { ok: false, code: 'length', reason: `长度应为18位（当前${chars.length}位）` };
  const bad = [...new Set(chars.filter((c) => valueOf(c) < 0))];
  if (bad.length > 0) {
    const hint = bad.some((c) => /[a-z]/.test(c)) ? '；字母应大写' : '；不得使用 I、O、S、V、Z';
    return { ok: false, code: 'charset', reason: `含有不允许的字符：${bad.join('、')}${hint}` };
  }
  const expected = computeCreditCodeCheckChar(code.slice(0, 17));
  if (code.charAt(17) !== expected) return { ok: false, code: 'checkChar', reason: `校验码错误，应为${expected}` };
  return { ok: true };
}

export function isValidCreditCode(code: string): boolean {
  return validateCreditCode(code).ok;
}

/** 登记管理部门码 labels (first character), GB 32100-2015 附录/代码表. */
export const creditCodeRegistrationAuthority: Readonly<Record<string, string>> = {
  '1': '机构编制',
  '2': '外交',
  '3': '司法行政',
  '4': '文化',
  '5': '民政',
  '6': '旅游',
  '7': '宗教',
  '8': '工会',
  '9': '市场监督管理（工商）',
  A: '中央军委改革和编制办公室',
  N: '农业',
  Y: '其他',
};

/** The 6-digit 行政区划码 (positions 3–8) of a syntactically valid code. */
export function creditCodeDivision(code: string): string {
  return code.slice(2, 8);
}
