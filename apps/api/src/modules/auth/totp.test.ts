import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, hotp, newRecoveryCodes, totpAt, verifyTotp } from './totp';

// RFC 4226 appendix D secret "12345678901234567890".
const RFC_SECRET = base32Encode(Buffer.from('12345678901234567890'));

describe('totp', () => {
  it('matches the RFC 4226 HOTP vectors', () => {
    expect([0, 1, 2, 9].map((c) => hotp(RFC_SECRET, c))).toEqual(['755224', '287082', '359152', '520489']);
  });
  it('matches the RFC 6238 SHA-1 vector at 59 s (last 6 digits of 94287082)', () => {
    expect(totpAt(RFC_SECRET, new Date(59_000))).toBe('287082');
  });
  it('round-trips base32', () => {
    const b = Buffer.from([0, 1, 2, 250, 255, 17]);
    expect(base32Decode(base32Encode(b))).toEqual(b);
  });
  it('accepts one step of drift and refuses replay', () => {
    const t = new Date('2026-11-21T08:00:00Z');
    const prev = totpAt(RFC_SECRET, new Date(t.getTime() - 30_000));
    const step = verifyTotp(RFC_SECRET, prev, t, null);
    expect(step).not.toBeNull();
    expect(verifyTotp(RFC_SECRET, prev, t, step)).toBeNull();
    expect(verifyTotp(RFC_SECRET, totpAt(RFC_SECRET, new Date(t.getTime() - 120_000)), t, null)).toBeNull();
  });
  it('makes distinct recovery codes', () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    expect(codes[0]).toMatch(/^[a-z0-9]{4}-[a-z0-9]{4}$/);
  });
});
