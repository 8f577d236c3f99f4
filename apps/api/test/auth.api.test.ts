import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpAt } from '../src/modules/auth/totp';
import { lastAudit, startTestServer, testDb, type TestServer } from './test-server';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => s?.close());

const MIN = 60_000;

describe(`authentication on ${testDb}`, () => {
  it('logs in, sets an httpOnly SameSite cookie, answers me, logs out and refuses the old cookie', async () => {
    const c = s.client();
    const res = await c.login('officer1');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ stage: 'full', csrfToken: expect.any(String) });
    const cookie = res.cookies.find((k) => k.name === 'zhifa_sid')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Strict');
    const me = (await c.get('/api/auth/me')).json();
    expect(me).toMatchObject({ username: 'officer1', agency: { name: '铜川市应急管理局' }, unit: { name: '监察一科' }, adminKind: null });
    expect(me.permissions).toContain('inspection.manage');
    expect(me.passwordPolicy).toMatchObject({ minLength: 8, minClasses: 3 });
    const login = await s.deps.db.selectFrom('audit_log').selectAll().where('action', '=', 'auth.login').where('result', '=', 'success').orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
    expect(login.actor_role).toBe('执法人员');
    const old = c.cookie;
    expect((await c.post('/api/auth/logout')).statusCode).toBe(200);
    const replay = await s.client().request('GET', '/api/auth/me', undefined, { cookie: old! });
    expect(replay.statusCode).toBe(401);
    const rows = await lastAudit(s, 3);
    expect(rows[0]).toMatchObject({ action: 'auth.logout', result: 'success' });
  });

  it('never stores or logs the password; stores an argon2id hash', async () => {
    const u = await s.deps.db.selectFrom('users').select('password_hash').where('username', '=', 'officer1').executeTakeFirstOrThrow();
    expect(u.password_hash).toMatch(/^\$argon2id\$/);
    const all = await s.deps.db.selectFrom('audit_log').select('detail').execute();
    expect(all.map((r) => r.detail ?? '').join('\n')).not.toContain('Zhifa@2020');
  });

  it('refuses writes without the CSRF header', async () => {
    const c = await s.as('admin');
    const res = await c.request('POST', '/api/auth/recovery-codes', {}, { 'x-csrf-token': 'wrong' });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'csrf_failed' });
  });

  it('locks an account after 5 failures for 30 minutes, with the same answers for an unknown name', async () => {
    for (const name of ['officer2', 'nobody-here']) {
      const c = s.client();
      const answers: string[] = [];
      for (let i = 0; i < 5; i++) answers.push((await c.login(name, 'Wrong#Pass1')).json().detail);
      expect(answers[0]).toBe('用户名或密码错误；连续失败 5 次将锁定 30 分钟');
      expect(answers[4]).toMatch(/已锁定 30 分钟/);
      const sixth = await c.login(name, 'Zhifa@2020');
      expect(sixth.statusCode).toBe(401);
      expect(sixth.json()).toMatchObject({ code: 'account_locked' });
      expect(sixth.json().detail).toBe(answers[4]);
    }
    const lockout = await s.deps.db.selectFrom('audit_log').selectAll().where('action', '=', 'auth.lockout').where('object_id', '=', 'officer2').executeTakeFirst();
    expect(lockout).toBeDefined();
    s.clock.advance(31 * MIN);
    expect((await s.client().login('officer2')).statusCode).toBe(200);
  });

  it('expires a session after 30 minutes idle and after 12 hours absolute', async () => {
    const c = await s.as('chief');
    s.clock.advance(29 * MIN);
    expect((await c.get('/api/auth/me')).statusCode).toBe(200);
    s.clock.advance(31 * MIN);
    const idle = await c.get('/api/auth/me');
    expect(idle.statusCode).toBe(401);
    expect(idle.json().detail).toBe('会话已超时，请重新登录');

    const d = await s.as('chief');
    for (let i = 0; i < 25; i++) {
      s.clock.advance(29 * MIN);
      const r = await d.get('/api/auth/me');
      if (i < 24) expect(r.statusCode, `after ${(i + 1) * 29} min`).toBe(200);
      else expect(r.statusCode).toBe(401);
    }
  });

  it('forces a new account to change its password, enforcing the policy', async () => {
    const admin = await s.as('admin');
    const roles = (await admin.get('/api/roles')).json() as { id: string; code: string }[];
    const officerRole = roles.find((r) => r.code === 'officer')!;
    const city = ((await admin.get('/api/agencies')).json() as { id: string; name: string }[]).find((a) => a.name === '铜川市应急管理局')!;
    const created = await admin.post('/api/users', { username: 'newbie', displayName: '新同事', agencyId: city.id, initialPassword: 'Start#2026a' });
    expect(created.statusCode).toBe(201);
    const sec = await s.as('secadmin');
    expect((await sec.put(`/api/users/${created.json().id}/roles`, { roles: [{ roleId: officerRole.id, dataScope: 'agency' }] })).statusCode).toBe(200);

    const c = s.client();
    expect((await c.login('newbie', 'Start#2026a')).json().stage).toBe('passwordChange');
    const blocked = await c.get('/api/users');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('password_change_required');
    const weak = await c.post('/api/auth/password', { currentPassword: 'Start#2026a', newPassword: 'newbie123' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().errors[0]).toMatchObject({ path: 'body.newPassword' });
    expect(weak.json().errors[0].message).toMatch(/新密码：.*至少 3 类.*不能包含用户名/);
    const reused = await c.post('/api/auth/password', { currentPassword: 'Start#2026a', newPassword: 'Start#2026a' });
    expect(reused.json().errors[0].message).toMatch(/最近 5 次/);
    const ok = await c.post('/api/auth/password', { currentPassword: 'Start#2026a', newPassword: 'Better#2026b' });
    expect(ok.json()).toEqual({ stage: 'full' });
    expect((await c.get('/api/auth/me')).json().permissions).toContain('inspection.manage');
  });

  it('enrols, verifies and refuses replayed TOTP codes; recovery codes work once', async () => {
    const c = await s.as('leader');
    const setup = (await c.post('/api/auth/totp/setup')).json() as { secret: string; otpauthUrl: string; qrDataUrl: string };
    expect(setup.otpauthUrl).toMatch(/^otpauth:\/\/totp\//);
    expect(setup.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    const bad = await c.post('/api/auth/totp/enable', { code: '000000' === totpAt(setup.secret, s.clock.now()) ? '111111' : '000000' });
    expect(bad.statusCode).toBe(400);
    const enabled = (await c.post('/api/auth/totp/enable', { code: totpAt(setup.secret, s.clock.now()) })).json() as { recoveryCodes: string[] };
    expect(enabled.recoveryCodes).toHaveLength(10);

    s.clock.advance(60_000);
    const d = s.client();
    expect((await d.login('leader')).json().stage).toBe('totp');
    expect((await d.get('/api/users')).json().code).toBe('second_factor_required');
    const code = totpAt(setup.secret, s.clock.now());
    expect((await d.post('/api/auth/totp/verify', { code })).json()).toEqual({ stage: 'full' });

    const e = s.client();
    await e.login('leader');
    const replay = await e.post('/api/auth/totp/verify', { code });
    expect(replay.statusCode).toBe(400);
    expect(replay.json().errors[0].message).toMatch(/已使用过/);
    expect((await e.post('/api/auth/totp/verify', { code: enabled.recoveryCodes[0] })).json()).toEqual({ stage: 'full' });
    const f = s.client();
    await f.login('leader');
    expect((await f.post('/api/auth/totp/verify', { code: enabled.recoveryCodes[0] })).statusCode).toBe(400);
    const failures = await s.deps.db.selectFrom('audit_log').select('result').where('action', '=', 'auth.totp.verify').where('result', '=', 'failure').execute();
    expect(failures.length).toBeGreaterThanOrEqual(2);
  });

  it('makes administrators enrol a second factor when the policy says admins', async () => {
    const sec = await s.as('secadmin');
    const policy = (await sec.get('/api/security/policy')).json();
    expect(policy.totp).toBe('none');
    const put = await sec.put('/api/security/policy', { ...policy, totp: 'admins' });
    expect(put.statusCode).toBe(200);
    const rows = await lastAudit(s, 1);
    expect(rows[0]).toMatchObject({ action: 'security.policy.update' });

    expect((await s.client().login('auditor')).json().stage).toBe('totpEnrol');
    expect((await s.client().login('officer1')).json().stage).toBe('full');
    const tooShort = await sec.put('/api/security/policy', { ...policy, password: { ...policy.password, minLength: 6 }, auditRetentionDays: 30 });
    expect(tooShort.statusCode).toBe(400);
    const paths = tooShort.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['body.password.minLength', 'body.auditRetentionDays']));
    expect(tooShort.json().detail).toMatch(/审计日志保存期限不能少于 180 天/);
    await sec.put('/api/security/policy', { ...policy, totp: 'none' });
  });
});
