import { makeCreditCode } from '@zhifa/shared/rules/credit-code';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../src/platform/crypto/sm3';
import { newId } from '../src/platform/ids';
import { lastAudit, startTestServer, testDb, type TestClient, type TestServer } from './test-server';

/**
 * Issue 7 point 7: an API token acts for one business account and never carries more than that
 * account's current roles and scope; none of the three administrators reaches enforcement data
 * through a token (docs/decisions/0007-api-tokens.md).
 */
let s: TestServer;
let sec: TestClient;
let admin: TestClient;
let roles: { id: string; code: string }[];
let agencies: { id: string; name: string }[];
const roleId = (code: string) => roles.find((r) => r.code === code)!.id;
const agencyId = (name: string) => agencies.find((a) => a.name === name)!.id;
const userId = async (username: string) => ((await admin.get(`/api/users?q=${username}`)).json().items as { id: string; username: string }[]).find((u) => u.username === username)!.id;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

beforeAll(async () => {
  s = await startTestServer();
  sec = await s.as('secadmin');
  admin = await s.as('admin');
  roles = (await sec.get('/api/roles')).json();
  agencies = (await admin.get('/api/agencies')).json();
});
afterAll(async () => s?.close());

/** Inserts a token row straight into the table (as an old release or a forged row would have it). */
async function plantToken(userIdOrNull: string | null, permissions: string[], dataScope: string): Promise<string> {
  const secret = `zf_planted${newId().replaceAll('-', '')}`;
  const creator = await userId('secadmin');
  await s.deps.db.insertInto('api_tokens').values({
    id: newId(), name: '植入令牌', prefix: secret.slice(0, 10), token_hash: sha256Hex(secret), permissions: JSON.stringify(permissions),
    agency_id: agencyId('铜川市应急管理局'), data_scope: dataScope, created_by: creator, user_id: userIdOrNull,
    created_at: s.clock.now().toISOString(), expires_at: null, revoked_at: null, last_used_at: null,
  }).execute();
  return secret;
}

describe(`API tokens act for a business account on ${testDb}`, () => {
  it('closes the observed bypass: the security administrator cannot mint a token with enterprise rights', async () => {
    // What was observed: POST /api/api-tokens {enterprise.manage, enterprise.read, all} → 201, then 256 enterprises read.
    const old = await sec.post('/api/api-tokens', { name: '省平台对接', permissions: ['enterprise.manage', 'enterprise.read'], agencyId: agencyId('铜川市应急管理局'), dataScope: 'all' });
    expect(old.statusCode).toBe(404);
    const own = await sec.post('/api/me/api-tokens', { name: '省平台对接', permissions: ['enterprise.manage', 'enterprise.read'], dataScope: 'all' });
    expect(own.statusCode).toBe(403);
    expect((await lastAudit(s, 1))[0]).toMatchObject({ action: 'access.denied', object_id: 'POST /api/me/api-tokens' });
    // Nor can they give their own account the right: an administrator holds no business role.
    const self = await sec.put(`/api/users/${await userId('secadmin')}/roles`, { roles: [{ roleId: roleId('apiIntegration'), dataScope: 'agency' }, { roleId: roleId('officer'), dataScope: 'agency' }] });
    expect(self.statusCode).toBe(400);
    expect(self.json().errors[0].message).toMatch(/安全保密管理员不能同时担任执法业务角色/);
    for (const c of [admin, await s.as('auditor')]) expect((await c.post('/api/me/api-tokens', { name: 'x', permissions: ['enterprise.read'] })).statusCode).toBe(403);
  });

  it('refuses a token bound to an administrator or to no account, whatever it claims', async () => {
    const onAdmin = await plantToken(await userId('secadmin'), ['enterprise.manage', 'enterprise.read'], 'all');
    const r1 = await s.client().request('GET', '/api/enterprises', undefined, bearer(onAdmin));
    expect(r1.statusCode).toBe(401);
    expect(r1.json().detail).toMatch(/担任管理员/);
    const create = await s.client().request('POST', '/api/enterprises', { name: '越权企业', creditCode: makeCreditCode('91610202MATK00001'), locatedAgencyId: agencyId('王益区应急管理局') }, bearer(onAdmin));
    expect(create.statusCode).toBe(401);
    const unbound = await plantToken(null, ['enterprise.read'], 'all');
    expect((await s.client().request('GET', '/api/enterprises', undefined, bearer(unbound))).statusCode).toBe(401);
  });

  it('lets a business account make a token only within its own rights, and the token reads only its scope', async () => {
    const wyId = await userId('wy_officer1');
    // The security administrator grants the roles (they never learn the account's password).
    const granted = await sec.put(`/api/users/${wyId}/roles`, { roles: [{ roleId: roleId('officer'), dataScope: 'agency' }, { roleId: roleId('apiIntegration'), dataScope: 'agency' }] });
    expect(granted.statusCode).toBe(200);
    expect((await s.client().post('/api/me/api-tokens', { name: 'x', permissions: ['enterprise.read'] })).statusCode).toBe(401);
    expect((await (await s.as('director')).post('/api/me/api-tokens', { name: 'x', permissions: ['enterprise.read'] })).statusCode).toBe(403);

    const wy = await s.as('wy_officer1');
    const tooMuch = await wy.post('/api/me/api-tokens', { name: '区平台对接', permissions: ['enterprise.read', 'case.legalReview'] });
    expect(tooMuch.statusCode).toBe(400);
    expect(tooMuch.json().errors[0]).toEqual({ path: 'body.permissions', message: '权限：本账户没有 “案件法制审核”，令牌不能超出账户自身的权限' });
    const adminPerm = await wy.post('/api/me/api-tokens', { name: '区平台对接', permissions: ['user.manage', 'apiToken.own'] });
    expect(adminPerm.json().errors[0].message).toMatch(/只能带业务权限/);

    const created = await wy.post('/api/me/api-tokens', { name: '区平台对接', permissions: ['enterprise.manage', 'enterprise.read'], dataScope: 'all' });
    expect(created.statusCode).toBe(201);
    const { token, id } = created.json() as { token: string; id: string };
    expect(created.json()).toMatchObject({ userId: wyId, username: 'wy_officer1', agencyId: agencyId('王益区应急管理局') });
    expect((await lastAudit(s, 1))[0]).toMatchObject({ action: 'security.apiToken.create', object_id: id, actor_id: wyId });
    expect((await lastAudit(s, 1))[0]!.detail).not.toContain(token);

    // Scope all on the token, scope agency on the account: the intersection is the account's agency.
    const viaToken = await s.client().request('GET', '/api/enterprises?pageSize=5', undefined, bearer(token));
    expect(viaToken.statusCode).toBe(200);
    const viaSession = await wy.get('/api/enterprises?pageSize=5');
    const viaLeader = await (await s.as('leader')).get('/api/enterprises?pageSize=5');
    expect(viaToken.json().total).toBe(viaSession.json().total);
    expect(viaToken.json().total).toBeLessThan(viaLeader.json().total);
    const outOfScope = await s.client().request('POST', '/api/enterprises', { name: '铜川市印台区越权测试有限公司', creditCode: makeCreditCode('91610203MATK00002'), locatedAgencyId: agencyId('印台区应急管理局') }, bearer(token));
    expect(outOfScope.statusCode).toBe(400);
    const made = await s.client().request('POST', '/api/enterprises', { name: '铜川市王益区令牌测试有限公司', creditCode: makeCreditCode('91610202MATK00003'), locatedAgencyId: agencyId('王益区应急管理局') }, bearer(token));
    expect(made.statusCode).toBe(201);
    expect((await lastAudit(s, 1))[0]).toMatchObject({ actor_id: wyId, actor_role: '接口令牌“区平台对接”：执法人员' });
    // The token carries only what it was given: no users, no cases.
    expect((await s.client().request('GET', '/api/users', undefined, bearer(token))).statusCode).toBe(403);
    // No token can make further tokens.
    expect((await s.client().request('POST', '/api/me/api-tokens', { name: 'y', permissions: ['enterprise.read'] }, bearer(token))).statusCode).toBe(403);

    // Another account's token is "not found" for revocation; the security administrator sees and revokes all.
    expect((await (await s.as('officer1')).delete(`/api/me/api-tokens/${id}`)).statusCode).toBe(403);
    await sec.put(`/api/users/${await userId('officer2')}/roles`, { roles: [{ roleId: roleId('officer'), dataScope: 'agency' }, { roleId: roleId('apiIntegration'), dataScope: 'agency' }] });
    expect((await (await s.as('officer2')).delete(`/api/me/api-tokens/${id}`)).statusCode).toBe(404);
    const listed = (await sec.get('/api/api-tokens')).json() as { id: string; username: string | null }[];
    expect(listed.find((t) => t.id === id)).toMatchObject({ username: 'wy_officer1' });
  });

  it("follows the account's current roles: losing a role or the integration role takes effect at once", async () => {
    const wyId = await userId('wy_officer1');
    const wy = await s.as('wy_officer1');
    const { token, id } = (await wy.post('/api/me/api-tokens', { name: '只读对接', permissions: ['enterprise.read', 'officer.read'], dataScope: 'agency' })).json() as { token: string; id: string };
    expect((await s.client().request('GET', '/api/enterprises', undefined, bearer(token))).statusCode).toBe(200);
    // Only the integration role left: the token's enterprise.read is no longer the account's.
    await sec.put(`/api/users/${wyId}/roles`, { roles: [{ roleId: roleId('apiIntegration'), dataScope: 'agency' }] });
    expect((await s.client().request('GET', '/api/enterprises', undefined, bearer(token))).statusCode).toBe(403);
    // The integration role gone: the token no longer works at all.
    await sec.put(`/api/users/${wyId}/roles`, { roles: [{ roleId: roleId('officer'), dataScope: 'agency' }] });
    expect((await s.client().request('GET', '/api/enterprises', undefined, bearer(token))).statusCode).toBe(401);
    await sec.put(`/api/users/${wyId}/roles`, { roles: [{ roleId: roleId('officer'), dataScope: 'agency' }, { roleId: roleId('apiIntegration'), dataScope: 'agency' }] });
    expect((await s.client().request('GET', '/api/enterprises', undefined, bearer(token))).statusCode).toBe(200);
    // Revoked by the security administrator: 401; revoking twice is a conflict.
    expect((await sec.delete(`/api/api-tokens/${id}`)).statusCode).toBe(200);
    expect((await lastAudit(s, 1))[0]).toMatchObject({ action: 'security.apiToken.revoke', object_id: id, actor_role: '安全保密管理员' });
    expect((await s.client().request('GET', '/api/enterprises', undefined, bearer(token))).statusCode).toBe(401);
    expect((await wy.delete(`/api/me/api-tokens/${id}`)).statusCode).toBe(409);
    const stored = await s.deps.db.selectFrom('api_tokens').select('token_hash').where('id', '=', id).executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(token);
  });

  it('stops a token when its account is disabled', async () => {
    const wy = await s.as('wy_officer1');
    const { token } = (await wy.post('/api/me/api-tokens', { name: '停用测试', permissions: ['enterprise.read'] })).json() as { token: string };
    const wyId = await userId('wy_officer1');
    expect((await admin.patch(`/api/users/${wyId}`, { status: 'disabled' })).statusCode).toBe(200);
    const r = await s.client().request('GET', '/api/enterprises', undefined, bearer(token));
    expect(r.statusCode).toBe(401);
    expect(r.json().detail).toMatch(/已停用或锁定/);
    await admin.patch(`/api/users/${wyId}`, { status: 'active' });
  });
});
