import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maySignFieldDocument } from '../src/modules/registry/officer.service';
import { multipart, readXlsx, XLSX, xlsx } from './registry-helpers';
import { lastAudit, startTestServer, testDb, type TestClient, type TestServer } from './test-server';

let s: TestServer;
let chief: TestClient; // 科室负责人, city: officer.manage over the city agency only
let director: TestClient; // 局领导: officer.manage over the city and its districts
let agencies: { id: string; name: string }[];
const agencyId = (name: string) => agencies.find((a) => a.name === name)!.id;

type OfficerView = { id: string; name: string; certNo: string; agencyName: string; username: string | null; certState: string; activeRecusals: number; recusals?: { id: string; enterpriseName: string }[] };

beforeAll(async () => {
  s = await startTestServer();
  chief = await s.as('chief');
  director = await s.as('director');
  agencies = (await director.get('/api/agencies')).json();
});
afterAll(async () => s?.close());

const officerByCert = async (c: TestClient, certNo: string) => ((await c.get(`/api/officers?q=${certNo}`)).json().items as OfficerView[])[0];
async function enterpriseId(c: TestClient, name: string): Promise<string> {
  return ((await c.get(`/api/enterprises?q=${encodeURIComponent(name)}`)).json().items as { id: string; name: string }[]).find((e) => e.name === name)!.id;
}

describe(`officer library on ${testDb}`, () => {
  it('asks for a session (401) and the permission (403)', async () => {
    expect((await s.client().get('/api/officers')).statusCode).toBe(401);
    expect((await (await s.as('admin')).get('/api/officers')).statusCode).toBe(403);
    const officer = await s.as('officer1'); // reads the library, does not maintain it
    expect((await officer.get('/api/officers')).statusCode).toBe(200);
    const denied = await officer.post('/api/officers', { name: '甲', agencyId: agencyId('铜川市应急管理局'), certNo: '61020099001', certIssuer: '陕西省人民政府', certValidFrom: '2026-01-01', certValidTo: '2030-12-31' });
    expect(denied.statusCode).toBe(403);
  });

  it('loads the demo officers linked to the demo accounts; scopes them by agency (404 outside)', async () => {
    const all = (await director.get('/api/officers?pageSize=100')).json() as { total: number; items: OfficerView[] };
    expect(all.total).toBeGreaterThanOrEqual(30);
    expect(all.items.find((o) => o.username === 'officer1')).toMatchObject({ name: '王建国', certNo: '61020019001', certState: 'valid' });
    expect(all.items.find((o) => o.username === 'wy_officer1')).toMatchObject({ name: '杨帆', agencyName: '王益区应急管理局' });
    const city = (await chief.get('/api/officers?pageSize=100')).json() as { items: OfficerView[] };
    expect(new Set(city.items.map((o) => o.agencyName))).toEqual(new Set(['铜川市应急管理局']));
    const district = all.items.find((o) => o.username === 'wy_officer1')!;
    expect((await chief.get(`/api/officers/${district.id}`)).statusCode).toBe(404);
    expect((await chief.patch(`/api/officers/${district.id}`, { title: '队长' })).statusCode).toBe(404);
    const expired = (await director.get('/api/officers?certState=expired')).json().items as OfficerView[];
    expect(expired.map((o) => o.certNo)).toEqual(['61020019008']);
  });

  it('creates and edits an officer with certificate rules, unique 执法证号 and one officer per account; audited', async () => {
    const base = { name: '测试员', agencyId: agencyId('铜川市应急管理局'), certNo: '61020026777', certIssuer: '陕西省人民政府', certValidFrom: '2026-01-01', certValidTo: '2030-12-31' };
    const reversed = await chief.post('/api/officers', { ...base, certValidFrom: '2031-01-01' });
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().errors[0]).toMatchObject({ path: 'body.certValidTo', message: '执法证有效期止不能早于有效期起' });
    const dupCert = await chief.post('/api/officers', { ...base, certNo: '61020019001' });
    expect(dupCert.json().errors[0]).toEqual({ path: 'body.certNo', message: '执法证号：已登记给王建国' });
    const users = (await director.get('/api/users?pageSize=100')).json().items as { id: string; username: string }[];
    const linked = await chief.post('/api/officers', { ...base, userId: users.find((u) => u.username === 'officer1')!.id });
    expect(linked.json().errors[0].message).toBe('关联账号：officer1 已关联执法人员王建国（一个账号只能关联一名执法人员）');
    const otherAgency = await chief.post('/api/officers', { ...base, userId: users.find((u) => u.username === 'wy_officer1')!.id });
    expect(otherAgency.json().errors[0].message).toMatch(/^关联账号：wy_officer1 属于王益区应急管理局/);
    const outOfScope = await chief.post('/api/officers', { ...base, agencyId: agencyId('王益区应急管理局') });
    expect(outOfScope.json().errors[0]).toEqual({ path: 'body.agencyId', message: '所属机关：不存在、已停用或不在您的数据范围内' });

    const created = await chief.post('/api/officers', { ...base, userId: users.find((u) => u.username === 'legal')!.id, specialties: ['hazchem'] });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ username: 'legal', certState: 'valid', status: 'active', specialties: ['hazchem'], recusals: [] });
    expect((await lastAudit(s, 1))[0]).toMatchObject({ action: 'registry.officer.create', object_id: created.json().id });
    const edited = await chief.patch(`/api/officers/${created.json().id}`, { status: 'suspended', certValidTo: '2031-06-30' });
    expect(edited.json()).toMatchObject({ status: 'suspended', certValidTo: '2031-06-30' });
    const [audit] = await lastAudit(s, 1);
    expect(audit).toMatchObject({ action: 'registry.officer.update' });
    expect(JSON.parse(audit!.detail!)).toMatchObject({ before: { status: 'active', certValidTo: '2030-12-31' }, after: { status: 'suspended', certValidTo: '2031-06-30' } });
  });

  it('answers eligibility: valid certificate, expired certificate, recusal (route and service function)', async () => {
    const meixin = await enterpriseId(director, '陕西美鑫产业投资有限公司');
    const daxing = await enterpriseId(director, '陕西铜川大兴制衣有限责任公司');
    const officer1 = await officerByCert(director, '61020019001');
    const officer2 = await officerByCert(director, '61020019002');
    const expired = await officerByCert(director, '61020019008');

    expect((await director.get(`/api/officers/${officer1!.id}/eligibility?enterpriseId=${meixin}&date=2026-03-01`)).json()).toEqual({ ok: true });
    const exp = (await director.get(`/api/officers/${expired!.id}/eligibility?enterpriseId=${meixin}&date=2026-03-01`)).json();
    expect(exp).toEqual({ ok: false, reasons: ['执法证（61020019008）已于 2025-12-31 过期，2026-03-01 不得执法'] });
    expect((await director.get(`/api/officers/${expired!.id}/eligibility?enterpriseId=${meixin}&date=2025-12-31`)).json()).toEqual({ ok: true });
    const rec = (await director.get(`/api/officers/${officer2!.id}/eligibility?enterpriseId=${meixin}&date=2026-03-01`)).json();
    expect(rec.ok).toBe(false);
    expect(rec.reasons[0]).toBe('刘思远对“陕西美鑫产业投资有限公司”须回避：曾在该企业任职，离职未满两年（2025-06-02 起）');
    expect((await director.get(`/api/officers/${officer2!.id}/eligibility?enterpriseId=${meixin}&date=2025-06-01`)).json()).toEqual({ ok: true });
    expect((await director.get(`/api/officers/${officer2!.id}/eligibility?enterpriseId=${daxing}&date=2026-03-01`)).json()).toEqual({ ok: true });

    // the function other modules call, with the database directly
    expect(await maySignFieldDocument(s.deps.db, expired!.id, meixin, '2026-03-01')).toMatchObject({ ok: false });
    expect(await maySignFieldDocument(s.deps.db, officer1!.id, meixin, '2026-03-01')).toEqual({ ok: true });

    const bad = await director.get(`/api/officers/${officer1!.id}/eligibility?enterpriseId=${meixin}&date=2026-02-30`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ path: 'query.date', message: '日期：不是有效的日期' });
    const wy = await s.as('wy_officer1');
    const out = await wy.get(`/api/officers/${(await officerByCert(wy, '61020219001'))!.id}/eligibility?enterpriseId=${meixin}`);
    expect(out.json().errors[0]).toEqual({ path: 'query.enterpriseId', message: '检查对象：不存在或不在您的数据范围内' });
  });

  it('records a recusal (officer × enterprise, reason, from/to), ends it, and the eligibility follows; audited', async () => {
    const officer1 = await officerByCert(chief, '61020019001');
    const pilot = await enterpriseId(chief, '陕西东铭车辆系统股份有限公司');
    const bad = await chief.post(`/api/officers/${officer1!.id}/recusals`, { enterpriseId: pilot, reason: '亲属任职', validFrom: '2026-02-01', validTo: '2026-01-01' });
    expect(bad.json().errors[0]).toMatchObject({ path: 'body.validTo', message: '回避终止日期不能早于起始日期' });
    const res = await chief.post(`/api/officers/${officer1!.id}/recusals`, { enterpriseId: pilot, reason: '配偶在该企业任职', validFrom: '2026-02-01' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ enterpriseName: '陕西东铭车辆系统股份有限公司', validTo: null });
    expect((await lastAudit(s, 1))[0]).toMatchObject({ action: 'registry.recusal.create', object_id: officer1!.id });
    expect((await chief.get(`/api/officers/${officer1!.id}/eligibility?enterpriseId=${pilot}&date=2026-03-01`)).json().ok).toBe(false);
    const ended = await chief.patch(`/api/officers/${officer1!.id}/recusals/${res.json().id}`, { validTo: '2026-02-28' });
    expect(ended.json().validTo).toBe('2026-02-28');
    expect((await chief.get(`/api/officers/${officer1!.id}/eligibility?enterpriseId=${pilot}&date=2026-03-01`)).json()).toEqual({ ok: true });
    expect((await lastAudit(s, 1))[0]).toMatchObject({ action: 'registry.recusal.update' });
    const detail = (await chief.get(`/api/officers/${officer1!.id}`)).json() as OfficerView;
    expect(detail.recusals!.map((r) => r.enterpriseName)).toContain('陕西东铭车辆系统股份有限公司');
    // an enterprise outside the caller's enterprise scope cannot be named
    const district = await enterpriseId(director, ((await director.get(`/api/enterprises?agencyId=${agencyId('王益区应急管理局')}&pageSize=1`)).json().items[0] as { name: string }).name);
    const out = await chief.post(`/api/officers/${officer1!.id}/recusals`, { enterpriseId: district, reason: '亲属', validFrom: '2026-01-01' });
    expect(out.json().errors[0]).toEqual({ path: 'body.enterpriseId', message: '检查对象：不存在或不在您的数据范围内' });
    expect((await chief.patch(`/api/officers/${officer1!.id}/recusals/00000000-0000-7000-8000-000000000000`, { reason: 'x' })).statusCode).toBe(404);
  });
});

const HEADERS = ['姓名*', '性别', '执法证号*', '发证机关*', '执法证有效期起*', '执法证有效期止*', '所属机关', '所属科室', '职务', '状态', '执法领域', '关联账号'];

describe(`officer Excel import and export on ${testDb}`, () => {
  const upload = async (file: Buffer, query: string) => {
    const m = multipart(file, '执法人员.xlsx');
    return chief.request('POST', `/api/officers/import?${query}`, m.payload, m.headers);
  };
  const rows = (badDate: string) => [
    ['导入甲', '男', '61020026001', '陕西省人民政府', '2026-07-01', '2031-06-30', '铜川市应急管理局', '监察一科', '执法人员', '在岗', '危险化学品、非煤矿山', null],
    ['导入乙', '女', '61020026002', '陕西省人民政府', badDate, '2031-06-30', null, '执法和督察科', null, null, null, null],
  ];

  it('imports with a row-by-row report: allOrNothing writes nothing, validRowsOnly the rest, re-import updates by 执法证号', async () => {
    const total = async () => Number((await chief.get('/api/officers')).json().total);
    const before = await total();
    const file = await xlsx('执法人员', HEADERS, rows('2026-02-30'));
    const strict = (await upload(file, 'mode=allOrNothing')).json();
    expect(strict).toMatchObject({ committed: false, errorRows: 1, errors: [{ row: 3, column: '执法证有效期起', message: '“2026-02-30”不是有效的日期' }] });
    expect(await total()).toBe(before);
    const lenient = (await upload(file, 'mode=validRowsOnly')).json();
    expect(lenient).toMatchObject({ committed: true, created: 1, errorRows: 1 });
    expect(await total()).toBe(before + 1);
    expect((await officerByCert(chief, '61020026001'))).toMatchObject({ name: '导入甲', agencyName: '铜川市应急管理局' });

    const fixed = await xlsx('执法人员', HEADERS, rows('2026/7/1'));
    const again = (await upload(fixed, 'mode=allOrNothing')).json();
    expect(again).toMatchObject({ committed: true, created: 1, updated: 0, unchanged: 1, errorRows: 0 });
    expect(await total()).toBe(before + 2);
    const [audit] = await lastAudit(s, 1);
    expect(audit).toMatchObject({ action: 'registry.officer.import', result: 'success' });
    expect(JSON.parse(audit!.detail!)).toMatchObject({ rows: 2, created: 1, unchanged: 1 });
    const b = await officerByCert(chief, '61020026002');
    expect(b).toMatchObject({ name: '导入乙', certValidFrom: '2026-07-01' });
  });

  it('refuses accounts of another agency, unknown units and certificates registered elsewhere', async () => {
    const file = await xlsx('执法人员', HEADERS, [
      ['甲', null, '61020026101', '陕西省人民政府', '2026-01-01', '2030-12-31', null, '不存在的科', null, null, null, null],
      ['乙', null, '61020026102', '陕西省人民政府', '2026-01-01', '2030-12-31', null, null, null, null, null, 'wy_officer2'],
      ['丙', null, '61020219001', null, null, null, null, null, null, null, null, null],
      ['丁', null, '61020026103', null, null, null, null, null, null, '休假', null, null],
    ]);
    const r = (await upload(file, 'dryRun=true')).json();
    const byCell = Object.fromEntries((r.errors as { row: number; column: string; message: string }[]).map((e) => [`${e.row}:${e.column}`, e.message]));
    expect(byCell['2:所属科室']).toBe('“不存在的科”不是铜川市应急管理局的在用科室');
    expect(byCell['3:关联账号']).toBe('账号“wy_officer2”不属于铜川市应急管理局');
    expect(byCell['4:执法证号']).toBe('该执法证号已登记在您数据范围以外的机关（王益区应急管理局），不能在此更新');
    expect(byCell['5:发证机关']).toBe('新登记的执法人员必填');
    expect(byCell['5:状态']).toMatch(/“休假”不在代码表中/);
  });

  it('exports the filtered list and the template as .xlsx', async () => {
    const res = await director.get('/api/officers/export?certState=expired');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX);
    const ws = (await readXlsx(res.rawPayload)).getWorksheet('执法人员')!;
    expect(ws.actualRowCount).toBe(2);
    expect(ws.getRow(2).getCell(3).value).toBe('61020019008');
    expect(ws.getRow(2).getCell(15).value).toBe('已过期');
    expect((await lastAudit(s, 1))[0]).toMatchObject({ action: 'registry.officer.export' });
    const template = await chief.get('/api/officers/import-template');
    expect((await readXlsx(template.rawPayload)).worksheets.map((w) => w.name)).toEqual(['执法人员', '填写说明', '代码表']);
    expect((await (await s.as('officer1')).get('/api/officers/import-template')).statusCode).toBe(403);
  });
});
