import { makeCreditCode } from '@zhifa/shared/rules/credit-code';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { officerColumns } from '../src/modules/registry/officer-sheet';
import { multipart, xlsx } from './registry-helpers';
import { lastAudit, startTestServer, testDb, type TestClient, type TestServer } from './test-server';

let s: TestServer;
let officer1: TestClient; // city officer (市安监支队)
let wy: TestClient; // 王益区 officer
let leader: TestClient; // enterprise.read only
let agencies: { id: string; name: string }[];
const agencyId = (name: string) => agencies.find((a) => a.name === name)!.id;
const code = (tail: string) => makeCreditCode(`91610202MA${tail}`);
type Choices = { located: { id: string; name: string }[]; supervising: { id: string; name: string }[] };

beforeAll(async () => {
  s = await startTestServer();
  [officer1, wy, leader] = await Promise.all([s.as('officer1'), s.as('wy_officer1'), s.as('leader')]);
  agencies = (await leader.get('/api/agencies')).json();
});
afterAll(async () => s?.close());

describe(`enterprise 属地 choices on ${testDb}`, () => {
  it('answers 401 without a session and 403 without enterprise.manage', async () => {
    expect((await s.client().get('/api/enterprises/agency-choices')).statusCode).toBe(401);
    expect((await leader.get('/api/enterprises/agency-choices')).statusCode).toBe(403);
  });

  it('offers a city officer the city bureau and the county bureaus below it; a district officer its own bureau', async () => {
    const city = (await officer1.get('/api/enterprises/agency-choices')).json() as Choices;
    expect(city.located.map((a) => a.name)).toEqual(expect.arrayContaining(['铜川市应急管理局', '王益区应急管理局', '印台区应急管理局', '耀州区应急管理局', '宜君县应急管理局']));
    expect(city.located.map((a) => a.name)).not.toContain('陕西省应急管理厅');
    const district = (await wy.get('/api/enterprises/agency-choices')).json() as Choices;
    expect(district.located.map((a) => a.name)).toEqual(['王益区应急管理局']);
    expect(district.supervising.map((a) => a.name)).toEqual(['王益区应急管理局']);
  });

  it('accepts what it offers and refuses the rest with a Chinese 400 naming the field', async () => {
    const ok = await officer1.post('/api/enterprises', { name: '铜川市王益区属地测试有限公司', creditCode: code('LCA0001'), locatedAgencyId: agencyId('王益区应急管理局'), supervisingAgencyId: agencyId('铜川市应急管理局') });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ locatedAgencyName: '王益区应急管理局' });
    const bad = await wy.post('/api/enterprises', { name: '铜川市印台区属地测试有限公司', creditCode: code('LCA0002'), locatedAgencyId: agencyId('印台区应急管理局'), supervisingAgencyId: agencyId('王益区应急管理局') });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toEqual({ path: 'body.locatedAgencyId', message: '属地机关：应为本机关、下级机关或您数据范围内的机关' });
  });
});

describe(`empty Excel imports on ${testDb}`, () => {
  const HEADERS = ['单位名称*', '统一社会信用代码*', '属地机关'];
  const upload = (c: TestClient, file: Buffer, url: string) => {
    const m = multipart(file);
    return c.request('POST', url, m.payload, m.headers);
  };

  it('checks a file without data rows (0 rows) but refuses to confirm it, writing and auditing nothing', async () => {
    const empty = await xlsx('企业', HEADERS, []);
    const check = await upload(wy, empty, '/api/enterprises/import?dryRun=true');
    expect(check.statusCode, check.body).toBe(200);
    expect(check.json()).toMatchObject({ totalRows: 0, validRows: 0, committed: false });
    const seqBefore = (await lastAudit(s, 1))[0]!.seq;
    for (const mode of ['allOrNothing', 'validRowsOnly']) {
      const res = await upload(wy, empty, `/api/enterprises/import?mode=${mode}`);
      expect(res.statusCode).toBe(400);
      expect(res.json().errors[0]).toEqual({ path: 'body.file', message: '文件：文件中没有数据行，不能导入（请在模板表头下方逐行填写后重新上传）' });
    }
    expect((await lastAudit(s, 1))[0]!.seq).toBe(seqBefore);
  });

  it('refuses confirming an officer import without data rows too', async () => {
    const empty = await xlsx('执法人员', officerColumns.filter((c) => !c.exportOnly).map((c) => c.header), []);
    const res = await upload(await s.as('chief'), empty, '/api/officers/import');
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].message).toMatch(/^文件：文件中没有数据行/);
  });
});
