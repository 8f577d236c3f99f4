import { describe, expect, it } from 'vitest';
import {
  computeCreditCodeCheckChar,
  creditCodeCharset,
  creditCodeDivision,
  isValidCreditCode,
  makeCreditCode,
  normalizeCreditCode,
  validateCreditCode,
} from './credit-code';

// Codes published on the 国家企业信用信息公示系统 / company web sites (public registration data).
const knownValid = ['91350100M000100Y43', '91110000710925462X', '91440300708461136T', '91330100716105852F'];

describe('validateCreditCode', () => {
  it.each(knownValid)('accepts the public code %s', (code) => {
    expect(validateCreditCode(code)).toEqual({ ok: true });
  });

  it('rejects a wrong check character and names the right one', () => {
    expect(validateCreditCode('91350100M000100Y44')).toEqual({ ok: false, code: 'checkChar', reason: '校验码错误，应为3' });
  });

  it('detects a single mutated body character', () => {
    for (const code of knownValid) {
      for (let i = 0; i < 17; i++) {
        const original = code.charAt(i);
        const replacement = original === '0' ? '1' : '0';
        const mutated = code.slice(0, i) + replacement + code.slice(i + 1);
        expect(validateCreditCode(mutated).ok, `${mutated}`).toBe(false);
      }
    }
  });

  it('detects a swap of two adjacent different characters', () => {
    const code = '91350100M000100Y43';
    const swapped = code.slice(0, 8) + code.charAt(9) + code.charAt(8) + code.slice(10);
    expect(swapped).not.toBe(code);
    expect(isValidCreditCode(swapped)).toBe(false);
  });

  it('checks the length first', () => {
    expect(validateCreditCode('')).toMatchObject({ ok: false, code: 'length', reason: '长度应为18位（当前0位）' });
    expect(validateCreditCode('91350100M000100Y4')).toMatchObject({ ok: false, code: 'length' });
    expect(validateCreditCode('91350100M000100Y433')).toMatchObject({ ok: false, code: 'length' });
  });

  it.each(['I', 'O', 'S', 'V', 'Z'])('rejects the excluded letter %s', (letter) => {
    const result = validateCreditCode(`9135010${letter}M000100Y43`);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.code).toBe('charset');
      expect(result.reason).toContain(`含有不允许的字符：${letter}`);
    }
  });

  it('asks for upper case instead of silently accepting lower case', () => {
    const result = validateCreditCode('91350100m000100y43');
    expect(result).toMatchObject({ ok: false, code: 'charset' });
    if (!result.ok) expect(result.reason).toContain('字母应大写');
  });
});

describe('normalizeCreditCode', () => {
  it('trims, removes inner spaces, upper-cases and converts full-width characters', () => {
    expect(normalizeCreditCode(' 9135 0100m000100y43 ')).toBe('91350100M000100Y43');
    expect(normalizeCreditCode('９１３５０１００Ｍ０００１００Ｙ４３')).toBe('91350100M000100Y43');
    expect(isValidCreditCode(normalizeCreditCode('91350100m000100y43'))).toBe(true);
  });
});

describe('computeCreditCodeCheckChar / makeCreditCode', () => {
  it('computes the check character of the known codes', () => {
    for (const code of knownValid) expect(computeCreditCodeCheckChar(code.slice(0, 17))).toBe(code.charAt(17));
  });

  it('check value 0 is written as "0", never as "31"', () => {
    // Find a body whose check value is 0 by varying the last body character.
    const base = '9161020000000000';
    const bodies = [...creditCodeCharset].map((c) => base + c);
    const zero = bodies.find((b) => computeCreditCodeCheckChar(b) === '0');
    expect(zero).toBeDefined();
    expect(isValidCreditCode(`${zero}0`)).toBe(true);
  });

  it('makes valid synthetic codes', () => {
    const code = makeCreditCode('91610200MA6X00001');
    expect(code).toHaveLength(18);
    expect(validateCreditCode(code)).toEqual({ ok: true });
    expect(creditCodeDivision(code)).toBe('610200');
  });

  it('throws on malformed input (programming error, not user input)', () => {
    expect(() => computeCreditCodeCheckChar('123')).toThrow();
    expect(() => computeCreditCodeCheckChar('9161020000000000I')).toThrow();
  });
});
