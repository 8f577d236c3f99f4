import { describe, expect, it } from 'vitest';
import { exceeded, loginThrottle, secondsLeft, throttleKeys, windowStart } from './login-throttle-rules';

describe('login throttle rules', () => {
  it('keys an attempt by IP and account, by account, and by IP', () => {
    const keys = throttleKeys('10.0.0.1', 'officer1');
    expect(keys.map((k) => k.key)).toEqual(['ip+account:10.0.0.1|officer1', 'account:officer1', 'ip:10.0.0.1']);
    // One NAT address for a whole office: the IP limit is far above one person's.
    expect(loginThrottle.perIp).toBeGreaterThanOrEqual(20 * loginThrottle.perIpAndAccount);
  });

  it('counts in fixed windows from the clock', () => {
    expect(windowStart(new Date('2026-12-07T08:00:59.900Z'))).toBe('2026-12-07T08:00:00.000Z');
    expect(windowStart(new Date('2026-12-07T08:01:00.000Z'))).toBe('2026-12-07T08:01:00.000Z');
    expect(secondsLeft(new Date('2026-12-07T08:00:45.000Z'))).toBe(15);
    expect(secondsLeft(new Date('2026-12-07T08:00:59.999Z'))).toBe(1);
  });

  it('reports the first key over its limit', () => {
    const [a, b, c] = throttleKeys('10.0.0.1', 'x');
    expect(exceeded([{ key: a!, attempts: 10 }, { key: b!, attempts: 10 }, { key: c!, attempts: 10 }])).toBeNull();
    expect(exceeded([{ key: a!, attempts: 11 }, { key: b!, attempts: 11 }, { key: c!, attempts: 11 }])?.key).toBe(a);
    expect(exceeded([{ key: a!, attempts: 1 }, { key: b!, attempts: 1 }, { key: c!, attempts: 301 }])?.key).toBe(c);
  });
});
