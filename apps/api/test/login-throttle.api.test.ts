import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/platform/config';
import { createServer, type Server } from '../src/server';
import { windowStart } from '../src/modules/auth/login-throttle-rules';
import { startTestServer, testDb, type TestServer } from './test-server';

/**
 * Issue 7 point 9: login attempts are throttled by IP+account, by account and by IP, with the counts
 * in the database so every process shares them; officers behind one NAT are not stopped by one of
 * them mistyping; the per-account lockout stays.
 */
let s: TestServer;
let second: Server | null = null;
const WRONG = 'Wrong#Pass1';

beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await second?.close();
  await s?.close();
});

const loginFrom = (server: Server, ip: string, username: string, password = 'Zhifa@2020') =>
  server.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: ip, payload: { username, password } });

async function setCounter(key: string, attempts: number): Promise<void> {
  const start = windowStart(s.clock.now());
  await s.deps.db.deleteFrom('login_attempts').where('key', '=', key).execute();
  await s.deps.db.insertInto('login_attempts').values({ key, window_start: start, attempts }).execute();
}

describe(`login throttling on ${testDb}`, () => {
  it('stops one client hammering one account, and only that: colleagues behind the same NAT still log in', async () => {
    const sec = await s.as('secadmin');
    const policy = (await sec.get('/api/security/policy')).json();
    await sec.put('/api/security/policy', { ...policy, lockout: { ...policy.lockout, maxFailures: 10 } });
    const nat = '10.1.1.1';
    const codes: number[] = [];
    for (let i = 0; i < 11; i++) codes.push((await loginFrom(s, nat, 'officer1', WRONG)).statusCode);
    expect(codes.slice(0, 10).every((c) => c === 401)).toBe(true);
    const throttled = await loginFrom(s, nat, 'officer1', WRONG);
    expect(throttled.statusCode).toBe(429);
    expect(throttled.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(throttled.json()).toMatchObject({ code: 'rate_limited', status: 429 });
    expect(throttled.json().detail).toMatch(/^该账户在本机的登录尝试过于频繁（每分钟最多 10 次），请 \d+ 秒后再试$/);
    // The colleague at the next desk, same public address:
    expect((await loginFrom(s, nat, 'officer2')).statusCode).toBe(200);
    const audit = await s.deps.db.selectFrom('audit_log').selectAll().where('action', '=', 'auth.throttle').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ object_id: 'officer1', result: 'denied', ip: nat });

    // A new window: the throttle is lifted, the per-account lockout (10 failures → 30 min) still holds.
    s.clock.advance(60_000);
    const locked = await loginFrom(s, nat, 'officer1');
    expect(locked.statusCode).toBe(401);
    expect(locked.json().code).toBe('account_locked');
    await sec.put('/api/security/policy', policy);
  });

  it('limits one IP over all accounts, and one account over all IPs', async () => {
    await setCounter('ip:10.9.9.9', 300);
    const fromBusyIp = await loginFrom(s, '10.9.9.9', 'chief');
    expect(fromBusyIp.statusCode).toBe(429);
    expect(fromBusyIp.json().detail).toMatch(/本机的登录尝试过于频繁（每分钟最多 300 次）/);
    expect((await loginFrom(s, '10.9.9.10', 'chief')).statusCode).toBe(200);

    await setCounter('account:legal', 30);
    const spread = await loginFrom(s, '10.7.7.7', 'legal');
    expect(spread.statusCode).toBe(429);
    expect(spread.json().detail).toMatch(/该账户的登录尝试过于频繁/);
    expect((await loginFrom(s, '10.7.7.7', 'leader')).statusCode).toBe(200);
    // An unknown name is throttled the same way, so the answer reveals nothing.
    await setCounter('account:nobody', 30);
    expect((await loginFrom(s, '10.7.7.8', 'nobody', WRONG)).statusCode).toBe(429);
  });

  it('shares the counts between two server instances on the same database', async () => {
    s.clock.advance(60_000);
    const config = loadConfig({ DATABASE_URL: s.databaseUrl, DATA_DIR: s.dataDir, ZHIFA_DEMO: 'true', ZHIFA_SECRET: 'test-secret-0123456789-0123456789-abcdef' });
    second = await createServer(config, { clock: s.clock });
    const ip = '10.3.3.3';
    const codes: number[] = [];
    // Ten correct logins, alternating between the two instances: each saw only five.
    for (let i = 0; i < 10; i++) codes.push((await loginFrom(i % 2 ? second : s, ip, 'director')).statusCode);
    expect(codes).toEqual(Array(10).fill(200));
    expect((await loginFrom(second, ip, 'director')).statusCode).toBe(429);
    expect((await loginFrom(s, ip, 'director')).statusCode).toBe(429);
    const row = await s.deps.db.selectFrom('login_attempts').selectAll().where('key', '=', `ip+account:${ip}|director`).executeTakeFirstOrThrow();
    expect(row.attempts).toBe(12);
  });
});
