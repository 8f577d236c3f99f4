import { describe, expect, it } from 'vitest';
import { displayToken, mintVerifyToken, parseVerifyToken } from './verify-token';

const secret = 'test-secret-0123456789-0123456789-abcdef';

describe('verification tokens', () => {
  it('round-trips, also as printed in groups and typed in lower case', () => {
    const t = mintVerifyToken(secret);
    expect(t.token).toMatch(/^[0-9A-HJKMNP-TV-Z]{24}$/);
    expect(parseVerifyToken(secret, t.token)).toBe(t.id);
    expect(parseVerifyToken(secret, displayToken(t.token).toLowerCase())).toBe(t.id);
    expect(displayToken(t.token)).toMatch(/^(\w{4}-){5}\w{4}$/);
  });

  it('refuses a changed character, a truncated token or another secret, without knowing any document', () => {
    const t = mintVerifyToken(secret);
    const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1);
    for (const i of [0, 7, 15, 16, 23]) expect(parseVerifyToken(secret, flip(t.token, i))).toBeNull();
    expect(parseVerifyToken(secret, t.token.slice(0, 20))).toBeNull();
    expect(parseVerifyToken(`${secret}x`, t.token)).toBeNull();
    expect(parseVerifyToken(secret, '../../etc/passwd')).toBeNull();
  });

  it('mints unguessable ids (no repeats in 10,000)', () => {
    const ids = new Set(Array.from({ length: 10_000 }, () => mintVerifyToken(secret).id));
    expect(ids.size).toBe(10_000);
  });
});
