import { withoutSystemOwned } from '@zhifa/documents';
import { fixtures } from '@zhifa/documents/fixtures/index';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stableId } from '../src/platform/stable-id';
import { lastAudit, startTestServer, testDb, type TestClient, type TestServer } from './test-server';

let s: TestServer;
let officer1: TestClient;
let director: TestClient;
let chief: TestClient;
let legal: TestClient;
let leader: TestClient;
let dongming: string;
let year: number;
const OFFICERS = [stableId('officer:61020019001'), stableId('officer:61020019002')];
const TEAM1 = stableId('unit:610200:detachment:team1');

async function draft(c: TestClient, typeCode: string, extra: Record<string, unknown> = {}): Promise<string> {
  const res = await c.post('/api/documents', { typeCode, enterpriseId: dongming, officerIds: OFFICERS, fields: withoutSystemOwned(typeCode, fixtures[typeCode]!.input.fields as Record<string, unknown>), ...extra });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

/**
 * The sample fields cite provisions the law library does not hold: issue 8 blocks issue until each
 * such citation is corrected or a reason is recorded. Record reasons (numbering is what is tested).
 */
async function acceptCitations(c: TestClient, id: string): Promise<void> {
  const open = ((await c.get(`/api/documents/${id}/citations`)).json().items as { path: string; resolved: boolean }[]).filter((i) => !i.resolved);
  if (open.length) expect((await c.put(`/api/documents/${id}/citations`, { reasons: Object.fromEntries(open.map((i) => [i.path, '样例数据，测试用'])) })).statusCode).toBe(200);
}

/** 行政处罚决定书 is issued only after the agency head's approval: 科室负责人 → 法制审核 → 分管领导 through the engine. */
async function approved(id: string): Promise<string> {
  const sub = await officer1.post(`/api/documents/${id}/submit`, {});
  expect(sub.statusCode, sub.body).toBe(200);
  const approvalId = sub.json().approvalId as string;
  for (const c of [chief, legal, leader]) {
    const r = await c.post(`/api/approvals/${approvalId}/approve`, { opinion: '同意' });
    expect(r.statusCode, r.body).toBe(200);
  }
  return id;
}

async function issued(c: TestClient, id: string, body: Record<string, unknown> = {}): Promise<string> {
  await acceptCitations(c, id);
  const res = await c.post(`/api/documents/${id}/issue`, body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().number as string;
}

const serialOf = (number: string): number => Number(/(\d+)号$/.exec(number)![1]);

beforeAll(async () => {
  s = await startTestServer();
  [officer1, director, chief, legal, leader] = await Promise.all([s.as('officer1'), s.as('director'), s.as('chief'), s.as('legal'), s.as('leader')]);
  dongming = ((await officer1.get(`/api/enterprises?q=${encodeURIComponent('陕西东铭车辆系统股份有限公司')}`)).json() as { items: { id: string }[] }).items[0]!.id;
  year = new Date(s.clock.now().getTime() + 8 * 3600_000).getUTCFullYear();
});
afterAll(async () => s?.close());

describe(`numbering on ${testDb}`, () => {
  it('formats numbers per the agency setting: default 铜应急立〔2020〕1号 style (GB/T 9704), brackets selectable, pattern checked', async () => {
    const settings = (await officer1.get('/api/document-settings')).json();
    expect(settings).toMatchObject({ prefix: '铜应急', brackets: 'hexagonal', mode: 'perType', example: `铜应急立〔${year}〕1号`, government: '铜川市人民政府' });
    const bad = await director.put('/api/document-settings', { pattern: '{prefix}{code}{serial}号' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toEqual({ path: 'body.pattern', message: '编号格式：应包含 {year}，否则不同年份的编号会重复' });
    expect((await officer1.put('/api/document-settings', { brackets: 'square' })).statusCode).toBe(403);
    const square = await director.put('/api/document-settings', { brackets: 'square' });
    expect(square.json().example).toBe(`铜应急立[${year}]1号`);
    expect((await lastAudit(s, 1))[0]).toMatchObject({ action: 'document.settings.update' });
    expect(await issued(officer1, await draft(officer1, 'inquiry-notice'))).toBe(`铜应急询[${year}]1号`);
    await director.put('/api/document-settings', { brackets: 'hexagonal' });
    expect(await issued(officer1, await draft(officer1, 'inquiry-notice'))).toBe(`铜应急询〔${year}〕2号`);
  });

  it('numbers a unit sub-series with the unit shown in the number (Q1)', async () => {
    const series = await director.post('/api/numbering/unit-series', { unitId: TEAM1, label: '危化' });
    expect(series.statusCode, series.body).toBe(201);
    expect((await director.post('/api/numbering/unit-series', { unitId: stableId('unit:610200:industry'), label: '危化' })).json().errors[0].path).toBe('body.label');
    const a = await issued(officer1, await draft(officer1, 'inquiry-notice', { useUnitSeries: true }));
    const b = await issued(officer1, await draft(officer1, 'inquiry-notice', { useUnitSeries: true }));
    expect([a, b]).toEqual([`铜应急询〔${year}〕危化-1号`, `铜应急询〔${year}〕危化-2号`]);
    // The agency's own series goes on untouched.
    expect(await issued(officer1, await draft(officer1, 'inquiry-notice'))).toBe(`铜应急询〔${year}〕3号`);
  });

  it('counts one series per 文书简称: the 单位 and 个人 penalty decisions share 罚', async () => {
    const accounts = (await officer1.get('/api/payment-accounts')).json() as { id: string }[];
    const unit = await issued(officer1, await approved(await draft(officer1, 'penalty-decision-unit', { officerIds: [], paymentAccountIds: [accounts[0]!.id] })));
    const person = await issued(officer1, await approved(await draft(officer1, 'penalty-decision-individual', { officerIds: [], enterpriseId: null, party: { kind: 'individual', name: '孙海峰' }, paymentAccountIds: [accounts[0]!.id] })));
    expect([unit, person]).toEqual([`铜应急罚〔${year}〕1号`, `铜应急罚〔${year}〕2号`]);
  });

  it('reserves a block for offline work: using one records it; the rest are returned (issued first, no gap) or voided with a reason', async () => {
    const res = await officer1.post('/api/numbering/reservations', { typeCode: 'inquiry-notice', count: 5, deviceId: 'PAD-TC-007' });
    expect(res.statusCode, res.body).toBe(201);
    const block = res.json() as { id: string; fromSerial: number; toSerial: number; numbers: { serial: number; number: string; status: string }[] };
    expect([block.fromSerial, block.toSerial]).toEqual([4, 8]);
    expect(block.numbers.map((n) => n.status)).toEqual(['reserved', 'reserved', 'reserved', 'reserved', 'reserved']);

    // The officer used the pre-numbered form 5 in the field; it is entered with that number.
    const used = await issued(officer1, await draft(officer1, 'inquiry-notice'), { reservation: { reservationId: block.id, serial: 5 } });
    expect(used).toBe(`铜应急询〔${year}〕5号`);
    const again = await officer1.post(`/api/documents/${await draft(officer1, 'inquiry-notice')}/issue`, { reservation: { reservationId: block.id, serial: 5 } });
    expect(again.statusCode).toBe(409);
    const outside = await officer1.post(`/api/documents/${await draft(officer1, 'inquiry-notice')}/issue`, { reservation: { reservationId: block.id, serial: 9 } });
    expect(outside.json().errors[0]).toEqual({ path: 'body.reservation.serial', message: '预留序号：9 不在该号段（4–8）内' });
    // A draft otherwise ready to issue (its citations settled), so the reservation is what is refused.
    const measure = await draft(officer1, 'on-site-measure-decision');
    await acceptCitations(officer1, measure);
    const wrongType = await officer1.post(`/api/documents/${measure}/issue`, { reservation: { reservationId: block.id, serial: 6 } });
    expect(wrongType.json().errors[0].path).toBe('body.reservation.reservationId');

    const voided = await officer1.post(`/api/numbering/reservations/${block.id}/void`, { serials: [8], reason: '纸质文书污损' });
    expect(voided.json().numbers.find((n: { serial: number }) => n.serial === 8)).toMatchObject({ status: 'voided', voidReason: '纸质文书污损' });
    const returned = await officer1.post(`/api/numbering/reservations/${block.id}/return`, {});
    expect(returned.json()).toMatchObject({ status: 'closed' });
    expect(returned.json().numbers.map((n: { status: string }) => n.status)).toEqual(['returned', 'issued', 'returned', 'returned', 'voided']);
    expect((await officer1.post(`/api/numbering/reservations/${block.id}/return`, {})).statusCode).toBe(409);

    // Returned numbers are issued before the counter moves on: 4, 6, 7, then 9.
    const next = [];
    for (let i = 0; i < 4; i++) next.push(serialOf(await issued(officer1, await draft(officer1, 'inquiry-notice'))));
    expect(next).toEqual([4, 6, 7, 9]);

    const ledger = (await officer1.get(`/api/numbering/ledger?typeCode=inquiry-notice&pageSize=200`)).json() as { items: { serial: number; number: string; status: string; voidReason: string | null; deviceId: string | null; reservedByName: string | null }[] };
    const main = ledger.items.filter((e) => !e.number.includes('危化'));
    // Every serial from 1 to 9 is in the ledger exactly once: issued, or voided with its reason.
    expect(main.map((e) => e.serial).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(main.find((e) => e.serial === 8)).toMatchObject({ status: 'voided', voidReason: '纸质文书污损', deviceId: 'PAD-TC-007', reservedByName: '王建国' });
    expect(main.find((e) => e.serial === 5)).toMatchObject({ status: 'issued', deviceId: 'PAD-TC-007' });
    const audit = await s.deps.db.selectFrom('audit_log').select('action').where('object_id', '=', block.id).orderBy('seq').execute();
    expect(audit.map((a) => a.action)).toEqual(['document.numbers.reserve', 'document.numbers.void', 'document.numbers.return']);
  });

  it('gives every document of one case the case’s serial with its own code in 按案件统一编号 mode', async () => {
    await director.put('/api/document-settings', { mode: 'perCase' });
    expect((await officer1.post('/api/numbering/reservations', { typeCode: 'inquiry-notice', count: 2, deviceId: 'PAD' })).statusCode).toBe(409);
    const caseA = `case-${Date.now()}`;
    const a1 = await issued(officer1, await draft(officer1, 'inquiry-notice', { caseKey: caseA }));
    const a2 = await issued(officer1, await draft(officer1, 'on-site-measure-decision', { caseKey: caseA }));
    const a3 = await issued(officer1, await draft(officer1, 'inquiry-notice', { caseKey: caseA }));
    const b1 = await issued(officer1, await draft(officer1, 'inquiry-notice', { caseKey: `${caseA}-b` }));
    // Serials 1–9 of 询 were taken while the agency numbered per type: the case series skips them.
    const n = serialOf(a1);
    expect(n).toBe(10);
    expect([a1, a2, a3, b1]).toEqual([`铜应急询〔${year}〕${n}号`, `铜应急现决〔${year}〕${n}号`, `铜应急询〔${year}〕${n}-2号`, `铜应急询〔${year}〕${n + 1}号`]);
    await director.put('/api/document-settings', { mode: 'perType' });
  });

  it(
    'issues 200 documents in parallel with no gap and no duplicate' + (testDb === 'postgres' ? ' from two server processes on one PostgreSQL database' : ' (SQLite, one process)'),
    async () => {
      const N = 200;
      const ids: string[] = [];
      for (let i = 0; i < N; i += 25) ids.push(...(await Promise.all(Array.from({ length: Math.min(25, N - i) }, () => draft(officer1, 'site-examination-record')))));
      const headers = { cookie: officer1.cookie!, 'x-csrf-token': officer1.csrf!, 'content-type': 'application/json' };
      const viaTestServer = async (id: string) => {
        const r = await s.app.inject({ method: 'POST', url: `/api/documents/${id}/issue`, headers, payload: {} });
        return { status: r.statusCode, body: r.body };
      };
      let second: ChildProcess | null = null;
      try {
        let issue = viaTestServer;
        if (testDb === 'postgres') {
          // A second OS process on the same database, like a second node behind a load balancer:
          // the sessions live in the database, so the same cookie works on both.
          const port = await freePort();
          second = await startServerProcess({ DATABASE_URL: s.databaseUrl, DATA_DIR: s.dataDir, PORT: String(port), ZHIFA_DEMO: 'true', ZHIFA_JOBS: 'off', ZHIFA_LOG_LEVEL: 'warn', ZHIFA_SECRET: 'test-secret-0123456789-0123456789-abcdef' });
          const viaProcess = async (id: string) => {
            const r = await fetch(`http://127.0.0.1:${port}/api/documents/${id}/issue`, { method: 'POST', headers, body: '{}' });
            return { status: r.status, body: await r.text() };
          };
          let n = 0;
          issue = (id) => (n++ % 2 === 0 ? viaTestServer(id) : viaProcess(id));
        }
        const results = await Promise.all(ids.map((id) => issue(id)));
        expect(results.filter((r) => r.status !== 200).map((r) => r.body)).toEqual([]);
        const serials = results.map((r) => serialOf((JSON.parse(r.body) as { number: string }).number)).sort((a, b) => a - b);
        expect(new Set(serials).size).toBe(N);
        expect(serials).toEqual(Array.from({ length: N }, (_, i) => serials[0]! + i));
        expect(serials[0]).toBe(1);
        const ledger = (await officer1.get('/api/numbering/ledger?typeCode=site-examination-record&pageSize=200')).json();
        expect(ledger.total).toBe(N);
      } finally {
        second?.kill('SIGTERM');
      }
    },
    240_000,
  );
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createNetServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/** Starts `apps/api/src/main.ts` as its own process and resolves once it listens. */
function startServerProcess(env: Record<string, string>): Promise<ChildProcess> {
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  return new Promise((resolve, reject) => {
    const child = spawn(join(root, 'node_modules/.bin/tsx'), [join(root, 'apps/api/src/main.ts')], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    const timer = setTimeout(() => reject(new Error(`second server did not start: ${err}`)), 60_000);
    child.stderr!.on('data', (d) => (err += String(d)));
    child.stdout!.on('data', (d) => {
      if (String(d).includes('zhifa 已启动')) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.on('exit', (code) => reject(new Error(`second server exited ${code}: ${err}`)));
  });
}
