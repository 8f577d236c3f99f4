import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../src/platform/audit/audit';
import { startTestServer, testDb, type TestServer } from './test-server';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => s?.close());

describe(`audit log on ${testDb}`, () => {
  it('records every write with time, actor, role, agency, IP, action, object, result and request id', async () => {
    const admin = await s.as('admin');
    const agencies = (await admin.get('/api/agencies')).json() as { id: string; name: string }[];
    const res = await admin.post('/api/units', { agencyId: agencies.find((a) => a.name === '印台区应急管理局')!.id, name: '审计测试科' });
    const aud = await s.as('auditor');
    const page = (await aud.get(`/api/audit?action=org.unit.create&pageSize=5`)).json();
    const rec = page.items.find((r: { objectId: string }) => r.objectId === res.json().id);
    expect(rec).toMatchObject({ actorName: '周文涛（admin）', actorRole: '系统管理员', ip: expect.any(String), action: 'org.unit.create', objectType: 'unit', result: 'success', requestId: res.headers['x-request-id'], hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(rec.agencyId).toBeTruthy();
    expect(new Date(rec.at).toISOString()).toBe(rec.at);
  });

  it('filters by result and exports CSV with a BOM; the export is itself audited', async () => {
    await s.client().login('admin', 'Wrong#Pass1');
    const aud = await s.as('auditor');
    const failures = (await aud.get('/api/audit?result=failure&action=auth.login')).json();
    expect(failures.total).toBeGreaterThanOrEqual(1);
    expect(failures.items.every((r: { result: string }) => r.result === 'failure')).toBe(true);
    const csv = await aud.get('/api/audit/export?format=csv&action=auth.login');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.startsWith('\uFEFF序号,时间(UTC),操作人')).toBe(true);
    expect(csv.body).toContain('auth.login');
    const json = await aud.get('/api/audit/export?format=json');
    expect(Array.isArray(json.json())).toBe(true);
    const exports = await s.deps.db.selectFrom('audit_log').select('action').where('action', '=', 'audit.export').execute();
    expect(exports.length).toBe(2);
  });

  it('offers no API to change or delete records, and the database refuses it', async () => {
    const aud = await s.as('auditor');
    for (const m of ['PUT', 'PATCH', 'DELETE'] as const) expect((await aud.request(m, '/api/audit/1', {})).statusCode).toBe(404);
    await expect(s.deps.db.updateTable('audit_log').set({ action: 'x' }).where('seq', '=', 1).execute()).rejects.toThrow(/append-only/);
    await expect(s.deps.db.deleteFrom('audit_log').where('seq', '=', 1).execute()).rejects.toThrow(/append-only/);
  });

  it('verifies the hash chain and reports the first broken link after tampering', async () => {
    const aud = await s.as('auditor');
    const ok = (await aud.post('/api/audit/verify')).json();
    expect(ok).toMatchObject({ ok: true, firstBrokenSeq: null });
    expect(ok.checked).toBeGreaterThan(5);

    // Tamper as a database superuser would: lift the guard, edit one row, restore the guard.
    const db = s.deps.db;
    if (testDb === 'postgres') await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update`.execute(db);
    else await sql`DROP TRIGGER audit_log_no_update`.execute(db);
    await db.updateTable('audit_log').set({ actor_name: '篡改者' }).where('seq', '=', 3).execute();
    const broken = await verifyAuditChain(db);
    expect(broken).toMatchObject({ ok: false, firstBrokenSeq: 3 });
    expect(broken.reason).toMatch(/记录被修改/);
    const viaApi = (await aud.post('/api/audit/verify')).json();
    expect(viaApi.firstBrokenSeq).toBe(3);
  });
});
