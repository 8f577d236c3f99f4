import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastAudit, startTestServer, testDb, type TestClient, type TestServer } from './test-server';

let s: TestServer;
let admin: TestClient;
let agencies: { id: string; name: string }[];
let roles: { id: string; code: string; adminKind: string | null }[];
const agencyId = (name: string) => agencies.find((a) => a.name === name)!.id;
const roleId = (code: string) => roles.find((r) => r.code === code)!.id;

beforeAll(async () => {
  s = await startTestServer();
  admin = await s.as('admin');
  agencies = (await admin.get('/api/agencies')).json();
  roles = (await admin.get('/api/roles')).json();
});
afterAll(async () => s?.close());

describe(`organisations and users on ${testDb}`, () => {
  it('creates a sub-agency and a unit tree, audited in the same transaction', async () => {
    const res = await admin.post('/api/agencies', { parentId: agencyId('王益区应急管理局'), name: '王益区黄堡镇应急管理所', shortName: '黄堡', divisionCode: '610202', level: 'city' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toEqual({ path: 'body.level', message: '机关层级：应低于上级机关的层级' });

    const unit = await admin.post('/api/units', { agencyId: agencyId('王益区应急管理局'), name: '危化监管股' });
    expect(unit.statusCode).toBe(201);
    const child = await admin.post('/api/units', { agencyId: agencyId('王益区应急管理局'), parentId: unit.json().id, name: '一组' });
    expect(child.json().parentId).toBe(unit.json().id);
    const dup = await admin.post('/api/units', { agencyId: agencyId('王益区应急管理局'), name: '危化监管股' });
    expect(dup.json().errors[0]).toEqual({ path: 'body.name', message: '科室名称：同一上级下已有同名科室' });
    const [row] = await lastAudit(s, 1);
    expect(row).toMatchObject({ action: 'org.unit.create', object_id: child.json().id, actor_role: '系统管理员', result: 'success' });
    expect(row!.request_id).toBe(child.headers['x-request-id']);
  });

  it('validates input with Chinese messages naming each field', async () => {
    const res = await admin.post('/api/users', { username: '1x', displayName: '', agencyId: 'nope', phone: '123', initialPassword: 'a' });
    expect(res.statusCode).toBe(400);
    const byPath = Object.fromEntries((res.json().errors as { path: string; message: string }[]).map((e) => [e.path, e.message]));
    expect(byPath['body.username']).toMatch(/^用户名：用户名须以字母开头|^用户名须以字母开头/);
    expect(byPath['body.displayName']).toMatch(/姓名不能为空/);
    expect(byPath['body.agencyId']).toMatch(/所属机关：应为有效的 UUID/);
    expect(byPath['body.phone']).toMatch(/手机号应为 11 位数字/);
  });

  it('splits account and role: the system admin creates the account, the security admin grants role and scope', async () => {
    const withRoles = await admin.post('/api/users', {
      username: 'zhanghua', displayName: '张华', agencyId: agencyId('耀州区应急管理局'), phone: '13800000001', initialPassword: 'Yaozhou#2026',
      roles: [{ roleId: roleId('officer'), dataScope: 'agency' }],
    });
    expect(withRoles.statusCode).toBe(403);
    expect(withRoles.json().detail).toMatch(/角色与数据范围由安全保密管理员/);
    const res = await admin.post('/api/users', { username: 'zhanghua', displayName: '张华', agencyId: agencyId('耀州区应急管理局'), phone: '13800000001', initialPassword: 'Yaozhou#2026' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ username: 'zhanghua', agencyName: '耀州区应急管理局', mustChangePassword: true, status: 'active', roles: [] });
    const dup = await admin.post('/api/users', { username: 'ZhangHua', displayName: '张华', agencyId: agencyId('耀州区应急管理局'), initialPassword: 'Yaozhou#2026' });
    expect(dup.json().errors[0]).toEqual({ path: 'body.username', message: '用户名：已被使用' });
    const [row] = await lastAudit(s, 1);
    expect(row).toMatchObject({ action: 'org.user.create', object_type: 'user', object_id: res.json().id, actor_role: '系统管理员' });
    expect(row!.detail).not.toContain('Yaozhou#2026');

    // The system administrator cannot grant roles; the security administrator can, and cannot create accounts.
    const viaSys = await admin.put(`/api/users/${res.json().id}/roles`, { roles: [{ roleId: roleId('officer'), dataScope: 'agency' }] });
    expect(viaSys.statusCode).toBe(403);
    const sec = await s.as('secadmin');
    expect((await sec.post('/api/users', { username: 'secmade', displayName: 'x', agencyId: agencyId('铜川市应急管理局'), initialPassword: 'Abcdef#2026' })).statusCode).toBe(403);
    expect((await sec.post(`/api/users/${res.json().id}/reset-password`)).statusCode).toBe(403);
    expect((await sec.patch(`/api/users/${res.json().id}`, { status: 'disabled' })).statusCode).toBe(403);
    const bad = await sec.put(`/api/users/${res.json().id}/roles`, { roles: [{ roleId: roleId('officer'), dataScope: 'everywhere' }] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('body.roles.0.dataScope');
    const granted = await sec.put(`/api/users/${res.json().id}/roles`, { roles: [{ roleId: roleId('officer'), dataScope: 'agency' }] });
    expect(granted.statusCode).toBe(200);
    expect(granted.json().roles).toMatchObject([{ roleCode: 'officer', dataScope: 'agency' }]);
    expect((await lastAudit(s, 1))[0]).toMatchObject({ action: 'org.user.roles', object_id: res.json().id, actor_role: '安全保密管理员' });
    // An unknown account: not found.
    expect((await sec.put(`/api/users/00000000-0000-7000-8000-000000000000/roles`, { roles: [] })).statusCode).toBe(404);
    expect((await s.client().put(`/api/users/${res.json().id}/roles`, { roles: [] })).statusCode).toBe(401);
  });

  it('keeps 三员分立: admin roles only through their own grant, no "all" beyond the granter\'s scope, one admin role per account', async () => {
    const u = (await admin.post('/api/users', { username: 'sanyuan', displayName: '测试', agencyId: agencyId('铜川市应急管理局'), initialPassword: 'Threefold#2026' })).json();
    const sec = await s.as('secadmin');
    const viaRoles = await sec.put(`/api/users/${u.id}/roles`, { roles: [{ roleId: roleId('auditor'), dataScope: 'agency' }] });
    expect(viaRoles.statusCode).toBe(400);
    expect(viaRoles.json().errors[0].message).toMatch(/三员角色/);
    const all = await sec.put(`/api/users/${u.id}/roles`, { roles: [{ roleId: roleId('officer'), dataScope: 'all' }] });
    expect(all.json().errors[0]).toMatchObject({ path: 'body.roles.0.dataScope' });

    expect((await sec.post(`/api/users/${u.id}/admin-roles`, { roleId: roleId('auditor'), dataScope: 'agency' })).statusCode).toBe(200);
    const second = await sec.post(`/api/users/${u.id}/admin-roles`, { roleId: roleId('sysAdmin'), dataScope: 'agency' });
    expect(second.statusCode).toBe(400);
    expect(second.json().errors[0].message).toMatch(/三员分立：安全审计员、系统管理员不能由同一账户担任/);
    const mixed = await sec.put(`/api/users/${u.id}/roles`, { roles: [{ roleId: roleId('officer'), dataScope: 'agency' }] });
    expect(mixed.json().errors[0].message).toMatch(/安全审计员不能同时担任执法业务角色/);
    const [row] = await lastAudit(s, 1);
    expect(row).toMatchObject({ action: 'security.adminRole.grant', object_id: u.id });
  });

  it('separates what the three administrators can do', async () => {
    const sec = await s.as('secadmin');
    const aud = await s.as('auditor');
    // system administrator: organisations and accounts, not roles, policy or audit
    expect((await admin.get('/api/audit')).statusCode).toBe(403);
    expect((await admin.post('/api/roles', { code: 'x1', name: 'x', permissions: ['org.read'] })).statusCode).toBe(403);
    expect((await admin.get('/api/security/policy')).statusCode).toBe(403);
    // system administrator: no role grants; security administrator: roles, grants and policy, not accounts or audit
    expect((await admin.get('/api/auth/me')).json().permissions).not.toContain('user.assignRole');
    expect((await sec.get('/api/auth/me')).json().permissions).toContain('user.assignRole');
    expect((await sec.post('/api/users', { username: 'abc', displayName: 'x', agencyId: agencyId('铜川市应急管理局'), initialPassword: 'Abcdef#2026' })).statusCode).toBe(403);
    expect((await sec.get('/api/audit')).statusCode).toBe(403);
    // auditor: only the audit log
    expect((await aud.get('/api/audit')).statusCode).toBe(200);
    expect((await aud.get('/api/users')).statusCode).toBe(403);
    expect((await aud.get('/api/agencies')).statusCode).toBe(403);
    // none of the three holds an enforcement permission
    for (const c of [admin, sec, aud]) {
      const perms = (await c.get('/api/auth/me')).json().permissions as string[];
      expect(perms.filter((p) => /^(enterprise|inspection|case|document|checklist|plan|officer)\./.test(p))).toEqual([]);
    }
    const denied = await s.deps.db.selectFrom('audit_log').selectAll().where('action', '=', 'access.denied').execute();
    expect(denied.length).toBeGreaterThanOrEqual(6);
  });

  it('refuses a custom role mixing admin kinds or admin and business permissions', async () => {
    const sec = await s.as('secadmin');
    const mixed = await sec.post('/api/roles', { code: 'mixed', name: '混合', permissions: ['audit.read', 'org.manage'] });
    expect(mixed.json().errors[0]).toMatchObject({ path: 'body.permissions' });
    const biz = await sec.post('/api/roles', { code: 'inspectorLite', name: '检查员（只读）', permissions: ['org.read', 'enterprise.read', 'inspection.read'] });
    expect(biz.statusCode).toBe(201);
    expect(biz.json()).toMatchObject({ builtin: false, adminKind: null });
    expect((await sec.delete(`/api/roles/${roleId('officer')}`)).statusCode).toBe(409);
    expect((await sec.delete(`/api/roles/${biz.json().id}`)).statusCode).toBe(200);
  });

  it('scopes users by organisation: out-of-scope ids answer 404', async () => {
    const districtAdmin = await admin.post('/api/users', { username: 'wyadmin', displayName: '王益管理员', agencyId: agencyId('王益区应急管理局'), initialPassword: 'Wangyi#2026' });
    const sec = await s.as('secadmin');
    await sec.post(`/api/users/${districtAdmin.json().id}/admin-roles`, { roleId: roleId('sysAdmin'), dataScope: 'agencyAndBelow' });
    const c = s.client();
    await c.login('wyadmin', 'Wangyi#2026');
    await c.post('/api/auth/password', { currentPassword: 'Wangyi#2026', newPassword: 'Wangyi#2027x' });
    const list = (await c.get('/api/users?pageSize=200')).json() as { items: { agencyName: string }[] };
    expect(new Set(list.items.map((u) => u.agencyName))).toEqual(new Set(['王益区应急管理局']));
    const cityUser = (await admin.get('/api/users?q=officer1')).json().items[0];
    expect((await c.get(`/api/users/${cityUser.id}`)).statusCode).toBe(404);
    expect((await c.post(`/api/users/${cityUser.id}/lock`)).statusCode).toBe(404);
    expect((await c.get(`/api/agencies/${agencyId('铜川市应急管理局')}`)).statusCode).toBe(404);
    expect((await c.post('/api/units', { agencyId: agencyId('印台区应急管理局'), name: '越权科室' })).json().errors[0].path).toBe('body.agencyId');
  });

  it('lists 三员 holders by role and treats failure-locked accounts as locked, not active', async () => {
    const holders = (await admin.get(`/api/users?roleId=${roleId('auditor')}`)).json();
    expect(holders.items.map((u: { username: string }) => u.username)).toContain('auditor');
    expect(holders.items.every((u: { roles: { roleCode: string }[] }) => u.roles.some((r) => r.roleCode === 'auditor'))).toBe(true);
    const c = s.client();
    for (let i = 0; i < 5; i++) await c.login('yj_officer2', 'Wrong#Pass1');
    const active = (await admin.get('/api/users?status=active&q=yj_officer2')).json();
    expect(active.total).toBe(0);
    const locked = (await admin.get('/api/users?status=locked&q=yj_officer2')).json();
    expect(locked.items[0]).toMatchObject({ username: 'yj_officer2', status: 'locked' });
  });

  it('searches users literally, underscores and percent signs included', async () => {
    const hit = (await admin.get('/api/users?q=wy_officer1')).json();
    expect(hit.items.map((u: { username: string }) => u.username)).toEqual(['wy_officer1']);
    expect((await admin.get('/api/users?q=%25')).json().total).toBe(0);
  });

  it('resets a password (temporary, must change), locks and unlocks an account', async () => {
    const target = (await admin.get('/api/users?q=officer2')).json().items[0];
    const reset = await admin.post(`/api/users/${target.id}/reset-password`);
    const { temporaryPassword } = reset.json();
    expect(temporaryPassword).toHaveLength(14);
    const c = s.client();
    expect((await c.login('officer2', temporaryPassword)).json().stage).toBe('passwordChange');
    expect((await admin.post(`/api/users/${target.id}/lock`)).json().status).toBe('locked');
    const locked = await s.client().login('officer2', temporaryPassword);
    expect(locked.json().code).toBe('account_disabled');
    expect((await c.get('/api/auth/me')).statusCode).toBe(401);
    expect((await admin.post(`/api/users/${target.id}/unlock`)).json().status).toBe('active');
    expect((await admin.post(`/api/users/${(await admin.get('/api/auth/me')).json().id}/lock`)).statusCode).toBe(409);
    const actions = (await lastAudit(s, 3)).map((r) => r.action);
    expect(actions).toContain('org.user.unlock');
  });
});
