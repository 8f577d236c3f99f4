import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRoutes } from '../src/routes';
import { startTestServer, testDb, type TestServer } from './test-server';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => s?.close());

describe(`platform on ${testDb}`, () => {
  it('reports health with the dialect and version', async () => {
    const res = await s.client().get('/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', db: testDb, version: expect.any(String) });
  });

  it('declares an access rule on every /api route (a route without one fails this test)', () => {
    const undeclared = s.app.registeredRoutes.filter((r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs') && r.method !== 'HEAD' && !r.access);
    expect(undeclared).toEqual([]);
    const valid = new Set(['public', 'session', 'authenticated']);
    for (const r of allRoutes) expect(valid.has(r.access) || r.access.includes('.'), `${r.method} ${r.url}`).toBe(true);
  });

  it('serves an OpenAPI 3 document covering every route with its schemas', async () => {
    const res = await s.client().get('/api/openapi.json');
    expect(res.statusCode).toBe(200);
    const doc = res.json() as { openapi: string; paths: Record<string, Record<string, { responses: Record<string, unknown>; requestBody?: unknown; parameters?: unknown[] }>> };
    expect(doc.openapi).toMatch(/^3\./);
    for (const r of allRoutes) {
      const path = r.url.replace(/:(\w+)/g, '{$1}');
      const op = doc.paths[path]?.[r.method.toLowerCase()];
      expect(op, `${r.method} ${path} missing from OpenAPI`).toBeDefined();
      if (!r.raw) expect(Object.keys(op!.responses).length, `${r.method} ${path} has no response schema`).toBeGreaterThan(0);
      if (r.body) expect(op!.requestBody, `${r.method} ${path} has no request body schema`).toBeDefined();
    }
    const docs = await s.client().get('/api/docs');
    expect([200, 302]).toContain(docs.statusCode);
  });

  it('answers unknown API routes with a JSON 404 problem', async () => {
    const res = await s.client().get('/api/no-such-thing');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ status: 404, code: 'not_found', title: '未找到' });
  });

  it('answers malformed JSON with a Chinese 400, never a stack trace', async () => {
    const res = await s.client().request('POST', '/api/auth/login', '{"username":', { 'content-type': 'application/json' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'validation_failed', detail: '请求体不是有效的 JSON' });
    expect(res.body).not.toMatch(/at .*\.ts:\d+/);
  });

  it('answers a 401 problem for protected routes without a session', async () => {
    const res = await s.client().get('/api/users');
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ code: 'unauthenticated' });
  });

  it('sets security headers and a request id', async () => {
    const res = await s.client().get('/api/health');
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('has seeded the reference organisations and units of the pilot', async () => {
    const c = await s.as('admin');
    const agencies = (await c.get('/api/agencies')).json() as { name: string; shortName: string; divisionCode: string | null; parentId: string | null; id: string }[];
    const names = agencies.map((a) => a.name);
    for (const n of ['铜川市应急管理局', '王益区应急管理局', '印台区应急管理局', '耀州区应急管理局', '宜君县应急管理局', '新区应急管理局']) expect(names).toContain(n);
    const city = agencies.find((a) => a.name === '铜川市应急管理局')!;
    expect(city).toMatchObject({ shortName: '铜', divisionCode: '610200' });
    const units = (await c.get(`/api/agencies/${city.id}/units`)).json() as { name: string; parentId: string | null; id: string }[];
    const detachment = units.find((u) => u.name === '市安监支队')!;
    expect(units.find((u) => u.name === '监察一科')?.parentId).toBe(detachment.id);
    for (const n of ['执法和督察科', '行业监管科', '宣教法规科', '应急管理信息中心']) expect(units.map((u) => u.name)).toContain(n);
    // the province exists above the city but lies outside the city administrator's scope
    const province = await s.deps.db.selectFrom('agencies').select(['id', 'division_code']).where('name', '=', '陕西省应急管理厅').executeTakeFirstOrThrow();
    expect(province.division_code).toBe('610000');
    expect((await c.get(`/api/agencies/${province.id}`)).statusCode).toBe(404);
  });

  it('loads demo data idempotently', async () => {
    const { seedDemo, seedReference } = await import('../seed/seed');
    expect(await seedReference(s.deps.db, s.clock)).toBe(0);
    expect(await seedDemo(s.deps.db, s.clock)).toBe(0);
    const count = await s.deps.db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(count.n)).toBeGreaterThanOrEqual(10);
  });
});
