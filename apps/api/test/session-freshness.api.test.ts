import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type Db } from '../src/platform/db/connect';
import { startTestServer, testDb, type TestServer } from './test-server';

// The request path caches prepared statements and resolves session, identity and roles in one
// query; none of that may keep a stale answer. Changes are made through a SECOND connection (as
// another server process would) and must take effect on the very next request.
let s: TestServer;
let other: Db;
beforeAll(async () => {
  s = await startTestServer();
  other = connect(s.databaseUrl).db;
});
afterAll(async () => {
  await other?.destroy();
  await s?.close();
});

const userId = async (username: string) => (await other.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;

describe(`session freshness on ${testDb}`, () => {
  it('applies a removed role, a restored role and a widened data scope on the very next request', async () => {
    const c = await s.as('officer1');
    const before = await c.get('/api/agencies');
    expect(before.statusCode).toBe(200);
    expect(before.json()).toHaveLength(1);

    const id = await userId('officer1');
    const assignments = await other.selectFrom('user_roles').selectAll().where('user_id', '=', id).execute();
    await other.deleteFrom('user_roles').where('user_id', '=', id).execute();
    const denied = await c.get('/api/agencies');
    expect(denied.statusCode).toBe(403);
    expect(denied.json().detail).toBe('没有“org.read”权限');

    await other.insertInto('user_roles').values(assignments.map((a) => ({ ...a, data_scope: 'all' }))).execute();
    const widened = await c.get('/api/agencies');
    expect(widened.statusCode).toBe(200);
    expect(widened.json().length).toBeGreaterThan(1);

    await other.updateTable('user_roles').set({ data_scope: 'agency' }).where('user_id', '=', id).execute();
    expect((await c.get('/api/agencies')).json()).toHaveLength(1);
  });

  it('applies a permission taken from the role itself on the very next request', async () => {
    const c = await s.as('officer2');
    expect((await c.get('/api/agencies')).statusCode).toBe(200);
    const role = await other.selectFrom('roles').select('id').where('code', '=', 'officer').executeTakeFirstOrThrow();
    await other.deleteFrom('role_permissions').where('role_id', '=', role.id).where('permission', '=', 'org.read').execute();
    try {
      expect((await c.get('/api/agencies')).statusCode).toBe(403);
    } finally {
      await other.insertInto('role_permissions').values({ role_id: role.id, permission: 'org.read' }).execute();
    }
    expect((await c.get('/api/agencies')).statusCode).toBe(200);
  });

  it('refuses a revoked session and a locked account on the very next request', async () => {
    const c = await s.as('chief');
    expect((await c.get('/api/agencies')).statusCode).toBe(200);
    await other.updateTable('sessions').set({ revoked_at: new Date().toISOString() }).where('revoked_at', 'is', null).where('user_id', '=', await userId('chief')).execute();
    const revoked = await c.get('/api/agencies');
    expect(revoked.statusCode).toBe(401);
    expect(revoked.json().detail).toBe('登录已失效，请重新登录');

    const d = await s.as('officer1');
    expect((await d.get('/api/agencies')).statusCode).toBe(200);
    await other.updateTable('users').set({ admin_locked: 1 }).where('username', '=', 'officer1').execute();
    try {
      const locked = await d.get('/api/agencies');
      expect(locked.statusCode).toBe(401);
      expect(locked.json().detail).toBe('账户不可用，请联系系统管理员');
    } finally {
      await other.updateTable('users').set({ admin_locked: 0 }).where('username', '=', 'officer1').execute();
    }
  });
});
