import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { makeCreditCode } from '@zhifa/shared/rules/credit-code';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRoutes } from '../src/routes';
import { stableId } from '../src/platform/stable-id';
import { multipart } from './registry-helpers';
import { startTestServer, testDb, type TestClient, type TestServer } from './test-server';

/** Issue 7 §1, §2 (depth), §4, §6: bad input is a clean Chinese 4xx, never a 500, never stored. */

let s: TestServer;
let admin: TestClient;
let officer1: TestClient;
let wy: TestClient;
let legal: TestClient;
let secadmin: TestClient;
const WANGYI = stableId('agency:610202');

beforeAll(async () => {
  s = await startTestServer();
  [admin, officer1, wy, legal, secadmin] = (await Promise.all(['admin', 'officer1', 'wy_officer1', 'legal', 'secadmin'].map((u) => s.as(u)))) as [TestClient, TestClient, TestClient, TestClient, TestClient];
});
afterAll(async () => s?.close());

type Table = 'agencies' | 'enterprises' | 'laws' | 'approval_matters' | 'documents' | 'api_tokens' | 'audit_log';
async function count(table: Table): Promise<number> {
  const r = await s.deps.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

function expectProblem(res: { statusCode: number; headers: Record<string, unknown>; json(): unknown; body: string }, status: number) {
  expect(res.statusCode, res.body).toBe(status);
  expect(String(res.headers['content-type'])).toContain('application/problem+json');
  const p = res.json() as { title: string; detail?: string; status: number; code: string };
  expect(p.status).toBe(status);
  expect(p.title).toMatch(/[\u4e00-\u9fff]/);
  expect(p.detail ?? '').toMatch(/[\u4e00-\u9fff]/);
  expect(res.body).not.toMatch(/FST_|Invalid input|无效输入|at .*\.ts:\d+/);
  return p as { title: string; detail: string; status: number; code: string; errors?: { path: string; message: string }[] };
}

describe(`control characters on ${testDb}`, () => {
  it('refuses NUL in the login name with a 400 naming the field', async () => {
    const res = await s.client().post('/api/auth/login', { username: 'officer1\u0000', password: 'Zhifa@2020' });
    const p = expectProblem(res, 400);
    expect(p.errors).toContainEqual({ path: 'body.username', message: '用户名：不能包含换行、制表符或 NUL 等控制字符' });
  });

  it('refuses NUL in ?q= searches with a 400 naming the field', async () => {
    for (const url of ['/api/search?q=%E9%BE%99%00', '/api/enterprises?q=a%00b', '/api/users?q=%00']) {
      const c = url.startsWith('/api/users') ? admin : wy;
      const p = expectProblem(await c.get(url), 400);
      expect(p.errors?.[0]).toEqual({ path: 'query.q', message: '搜索词：不能包含换行、制表符或 NUL 等控制字符' });
    }
  });

  it('refuses NUL and control characters on a write route of every module, storing nothing', async () => {
    // API tokens are made by a business account holding 接口对接 for itself (三员: not by the security administrator).
    const roles = (await secadmin.get('/api/roles')).json() as { id: string; code: string }[];
    const wyId = ((await admin.get('/api/users?q=wy_officer1')).json().items as { id: string; username: string }[]).find((u) => u.username === 'wy_officer1')!.id;
    const roleOf = (code: string) => roles.find((r) => r.code === code)!.id;
    const granted = await secadmin.put(`/api/users/${wyId}/roles`, { roles: [{ roleId: roleOf('officer'), dataScope: 'agency' }, { roleId: roleOf('apiIntegration'), dataScope: 'agency' }] });
    expect(granted.statusCode, granted.body).toBe(200);
    const writes: [TestClient, string, Record<string, unknown>, string, string, Table][] = [
      [admin, '/api/agencies', { parentId: WANGYI, name: '黄堡镇\u0000应急管理所', shortName: '黄堡', level: 'county' }, 'body.name', '机关名称', 'agencies'],
      [wy, '/api/enterprises', { name: '铜川市王益区控制字符测试有限公司', creditCode: makeCreditCode('91610202MACTRL001'), locatedAgencyId: WANGYI, address: '王益区\u001b红旗街' }, 'body.address', '生产经营地址', 'enterprises'],
      [legal, '/api/laws', { title: '控制字符\u0000条例', shortTitle: '条例', kind: 'localRegulation', issuer: '人大' }, 'body.title', '法律法规名称', 'laws'],
      [officer1, '/api/approval-matters', { title: '请示\t标题', content: '内容' }, 'body.title', '事项名称', 'approval_matters'],
      [officer1, '/api/documents', { typeCode: 'inquiry-notice', title: '询问\u0000通知书', fields: {} }, 'body.title', '标题', 'documents'],
      [wy, '/api/me/api-tokens', { name: '对接\u0007', permissions: ['enterprise.read'] }, 'body.name', '令牌名称', 'api_tokens'],
    ];
    for (const [c, url, body, path, label, table] of writes) {
      const before = [await count(table), await count('audit_log')];
      const p = expectProblem(await c.post(url, body), 400);
      expect(p.errors, url).toContainEqual({ path, message: expect.stringMatching(new RegExp(`^${label.replace(/[()（）]/g, '.')}：不能包含`)) });
      expect([await count(table), await count('audit_log')], url).toEqual(before);
    }
  });

  it('refuses NUL inside free-form JSON (a document draft\u2019s fields) through the last-resort guard, storing nothing', async () => {
    const before = await count('documents');
    const p = expectProblem(await officer1.post('/api/documents', { typeCode: 'inquiry-notice', fields: { matter: { text: '甲\u0000乙' } } }), 400);
    expect(p.errors?.[0]).toEqual({ path: 'body.fields.matter.text', message: '文书内容：不能包含 NUL 等控制字符' });
    const key = expectProblem(await officer1.post('/api/documents', { typeCode: 'inquiry-notice', fields: { 'a\u0000': 1 } }), 400);
    expect(key.errors?.[0]?.path).toBe('body.fields');
    expect(await count('documents')).toBe(before);
  });

  it('keeps tab and line breaks in multi-line text and refuses them in single-line text', async () => {
    const ok = await officer1.post('/api/approval-matters', { title: '关于多行内容的请示', content: '第一段\r\n\t第二段' });
    expect(ok.statusCode, ok.body).toBe(201);
    expect((await officer1.get(`/api/approval-matters/${ok.json().id}`)).json().content).toBe('第一段\r\n\t第二段');
    const bad = expectProblem(await officer1.post('/api/approval-matters', { title: '标题', content: '甲\u0000乙' }), 400);
    expect(bad.errors?.[0]).toEqual({ path: 'body.content', message: '事项内容：不能包含 NUL 等控制字符（换行和制表符除外）' });
  });
});

describe(`Chinese field names on ${testDb}`, () => {
  it('names the fields the review found answering with English keys, and says the rule', async () => {
    const id = (await wy.get('/api/enterprises?pageSize=1')).json().items[0].id as string;
    const ent = expectProblem(await wy.patch(`/api/enterprises/${id}`, { supervisingAgencyId: 'x', employeeCount: 'many', divisionCode: '1', scale: 'huge', principalAssessed: 'yes' }), 400);
    const byPath = Object.fromEntries(ent.errors!.map((e) => [e.path, e.message]));
    expect(byPath).toMatchObject({
      'body.supervisingAgencyId': '监管机关：应为有效的 UUID',
      'body.employeeCount': '从业人员数应为数字',
      'body.divisionCode': '行政区划代码应为 6 位数字（GB/T 2260）',
      'body.scale': '企业规模应为 大型、中型、小型 或 微型',
      'body.principalAssessed': '主要负责人和安全生产管理人员考核合格：考核合格情况应为 是 或 否',
    });
    const policy = expectProblem(await secadmin.put('/api/security/policy', {}), 400);
    expect(policy.errors).toContainEqual({ path: 'body.password', message: '密码策略：为必填项' });
    for (const e of [...ent.errors!, ...policy.errors!]) {
      expect(e.message).toMatch(/^[\u4e00-\u9fff]/);
      expect(e.message).not.toMatch(/[a-z][A-Z]|无效输入|Invalid/);
    }
  });
});

describe(`request shape limits on ${testDb}`, () => {
  /** `{"a":{"a":…"底"…}}` as text (too deep for JSON.stringify's stack in the test client). */
  const nested = (depth: number): string => `${'{"a":'.repeat(depth)}"底"${'}'.repeat(depth)}`;
  const draftWith = (fieldsJson: string) =>
    officer1.request('POST', '/api/documents', `{"typeCode":"inquiry-notice","fields":${fieldsJson}}`, { 'content-type': 'application/json' });

  it('refuses JSON nested deeper than 32 levels with a Chinese 400, also at 5,000 levels', async () => {
    for (const depth of [40, 5000]) {
      const before = await count('documents');
      const p = expectProblem(await draftWith(nested(depth)), 400);
      expect(p.errors?.[0]?.message).toBe('请求内容嵌套过深（最多 32 层）');
      expect(await count('documents')).toBe(before);
    }
    const res = await draftWith(`{"a":${nested(20)}}`);
    expect(res.statusCode).not.toBe(500);
    expect(res.json().errors?.[0]?.message ?? '').not.toMatch(/嵌套过深/);
  });

  it('answers a JSON body over 2 MB with a Chinese 413', async () => {
    const p = expectProblem(await officer1.post('/api/approval-matters', { title: '大', content: 'x'.repeat(3 * 1024 * 1024) }), 413);
    expect(p.code).toBe('payload_too_large');
  });

  it('answers a 50 MB upload sent without a length (streamed) with a Chinese 413', async () => {
    const { payload, headers } = multipart(Buffer.alloc(50 * 1024 * 1024, 1));
    const res = await s.app.inject({ method: 'POST', url: '/api/enterprises/import?dryRun=true', payload: Readable.from([payload]), headers: { ...headers, cookie: wy.cookie!, 'x-csrf-token': wy.csrf! } });
    const p = expectProblem(res, 413);
    expect(p.detail).toMatch(/20 MB/);
  });

  it('answers malformed JSON, an empty JSON body and an unsupported media type in Chinese', async () => {
    expect(expectProblem(await officer1.request('POST', '/api/approval-matters', '{"title":', { 'content-type': 'application/json' }), 400).detail).toBe('请求体不是有效的 JSON');
    expect(expectProblem(await officer1.request('POST', '/api/approval-matters', '', { 'content-type': 'application/json' }), 400).detail).toBe('请求体为空，应为 JSON');
    const p = expectProblem(await officer1.request('POST', '/api/approval-matters', '<title>甲</title>', { 'content-type': 'application/xml' }), 415);
    expect(p.code).toBe('unsupported_media_type');
  });

  it('answers an over-long path parameter (414) and a bad percent-encoding (400) in Chinese', async () => {
    const long = expectProblem(await officer1.get(`/api/enterprises/${'a'.repeat(600)}`), 414);
    expect(long).toMatchObject({ code: 'uri_too_long', title: '网址过长' });
    const bad = expectProblem(await officer1.get('/api/enterprises/%E0%A4%A'), 400);
    expect(bad.code).toBe('bad_request');
  });

  it('answers an over-long query string (431) from the HTTP parser as Chinese problem+json', async () => {
    await s.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = s.app.server.address() as AddressInfo;
    const res = await new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, path: `/api/enterprises?q=${'x'.repeat(40_000)}` }, (r) => {
        let body = '';
        r.setEncoding('utf8');
        r.on('data', (d: string) => (body += d));
        r.on('end', () => resolve({ status: r.statusCode ?? 0, type: String(r.headers['content-type']), body }));
      });
      req.on('error', reject);
      req.end();
    });
    expect(res.status).toBe(431);
    expect(res.type).toContain('application/problem+json');
    expect(JSON.parse(res.body)).toMatchObject({ status: 431, code: 'headers_too_large', title: '请求头过大', detail: expect.stringMatching(/16 KB/) });
  });

  it('answers a 50 MB upload over real HTTP with a Chinese 413', async () => {
    if (!s.app.server.listening) await s.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = s.app.server.address() as AddressInfo;
    const form = new FormData();
    form.append('file', new Blob([Buffer.alloc(50 * 1024 * 1024, 1)]), '大文件.xlsx');
    const res = await fetch(`http://127.0.0.1:${port}/api/enterprises/import?dryRun=true`, { method: 'POST', body: form, headers: { cookie: wy.cookie!, 'x-csrf-token': wy.csrf! } });
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(await res.json()).toMatchObject({ code: 'payload_too_large', detail: expect.stringMatching(/20 MB/) });
  });
});

describe(`authentication before validation on ${testDb}`, () => {
  it('answers 401 on every non-public route without a session, revealing nothing of its schema', async () => {
    const anon = s.client();
    const leaks: string[] = [];
    for (const r of allRoutes.filter((x) => x.access !== 'public')) {
      const url = r.url.replace(/:(\w+)/g, 'x');
      for (const body of [undefined, {}, { junk: '\u0000' }]) {
        const res = await anon.request(r.method, url, r.method === 'GET' || r.method === 'DELETE' ? undefined : body);
        if (res.statusCode !== 401 || res.json().errors || res.json().code !== 'unauthenticated') leaks.push(`${r.method} ${r.url} → ${res.statusCode} ${res.body.slice(0, 120)}`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it('answers an unauthenticated POST /api/agencies {} with 401, not the field list', async () => {
    const res = await s.client().post('/api/agencies', {});
    expect(res.statusCode).toBe(401);
    expect(res.body).not.toMatch(/机关名称|parentId|errors/);
  });

  it('answers 403 before validating the body when the permission is missing', async () => {
    const res = await officer1.post('/api/agencies', { name: 123 });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'forbidden' });
    expect(res.body).not.toMatch(/机关名称|errors/);
  });
});
