import { makeCreditCode, computeCreditCodeCheckChar } from '@zhifa/shared/rules/credit-code';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedRegistryDemo } from '../seed/registry-demo';
import { multipart, readXlsx, XLSX, xlsx } from './registry-helpers';
import { lastAudit, startTestServer, testDb, type TestClient, type TestServer } from './test-server';

let s: TestServer;
let leader: TestClient; // 分管领导, city, enterprise.read over the city and its districts
let wy: TestClient; // 王益区 officer, enterprise.manage over 王益区 only
let agencies: { id: string; name: string }[];
const agencyId = (name: string) => agencies.find((a) => a.name === name)!.id;

/** A valid credit code for 王益区 built from a 7-character tail (charset without I, O, S, V, Z). */
const code = (tail: string) => makeCreditCode(`91610202MA${tail}`);
/** The same code with a wrong check character. */
const wrongCheck = (valid: string) => valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0');

beforeAll(async () => {
  s = await startTestServer();
  leader = await s.as('leader');
  wy = await s.as('wy_officer1');
  agencies = (await leader.get('/api/agencies')).json();
});
afterAll(async () => s?.close());

async function findByName(c: TestClient, name: string) {
  const res = await c.get(`/api/enterprises?q=${encodeURIComponent(name)}`);
  return (res.json().items as { id: string; name: string }[]).find((e) => e.name === name);
}

describe(`enterprise library on ${testDb}`, () => {
  it('asks for a session (401) and the permission (403, audited)', async () => {
    expect((await s.client().get('/api/enterprises')).statusCode).toBe(401);
    const admin = await s.as('admin');
    const res = await admin.get('/api/enterprises');
    expect(res.statusCode).toBe(403);
    expect((await lastAudit(s, 1))[0]).toMatchObject({ action: 'access.denied', result: 'denied', object_id: 'GET /api/enterprises' });
    const readOnly = await leader.post('/api/enterprises', { name: '只读测试', creditCode: code('TEXT009'), locatedAgencyId: agencyId('王益区应急管理局') });
    expect(readOnly.statusCode).toBe(403); // 分管领导 reads the library but does not maintain it
  });

  it('refuses a credit code with a wrong check character, saying which character is right', async () => {
    const valid = code('TEXT001');
    const res = await wy.post('/api/enterprises', { name: '铜川市王益区校验测试有限公司', creditCode: wrongCheck(valid), locatedAgencyId: agencyId('王益区应急管理局') });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toContainEqual({ path: 'body.creditCode', message: `统一社会信用代码：校验码错误，应为${computeCreditCodeCheckChar(valid.slice(0, 17))}` });
    const short = await wy.post('/api/enterprises', { name: '甲', creditCode: '91610202', locatedAgencyId: agencyId('王益区应急管理局') });
    expect(short.json().errors[0]).toEqual({ path: 'body.creditCode', message: '统一社会信用代码：长度应为18位（当前8位）' });
  });

  it('validates the other fields with Chinese messages naming each one', async () => {
    const res = await wy.post('/api/enterprises', {
      name: '铜川市王益区字段测试有限公司', creditCode: code('TEXT002'), locatedAgencyId: agencyId('王益区应急管理局'),
      location: { lon: 200, lat: 35 }, principalPhone: '12345', industryCode: '99x', riskFlags: ['nope'], employeeCount: -1,
    });
    expect(res.statusCode).toBe(400);
    const byPath = Object.fromEntries((res.json().errors as { path: string; message: string }[]).map((e) => [e.path, e.message]));
    expect(byPath['body.location.lon']).toBe('经度应在 73 到 136 之间（中国境内）');
    expect(byPath['body.principalPhone']).toMatch(/^主要负责人联系电话：应为 11 位手机号/);
    expect(byPath['body.industryCode']).toMatch(/^国民经济行业分类代码：“99x”不是 GB\/T 4754-2017 的行业代码/);
    expect(byPath['body.riskFlags.0']).toMatch(/风险特征不在代码表中/);
    expect(byPath['body.employeeCount']).toMatch(/从业人员数不能为负数/);
  });

  it('registers an enterprise: sector derived and stored, completeness computed, history and audit in the same transaction', async () => {
    const res = await wy.post('/api/enterprises', {
      name: '铜川市王益区恒新水泥有限公司', creditCode: ` ${code('TEXT003').toLowerCase()} `, locatedAgencyId: agencyId('王益区应急管理局'), supervisingAgencyId: agencyId('王益区应急管理局'),
      industryCode: 'C3011', riskFlags: ['dustExplosion'], principalName: '张三', licences: [{ type: 'hazchemUse', number: '陕铜危化使〔2026〕1号', validFrom: '2026-01-01', validTo: '2028-12-31' }],
    });
    expect(res.statusCode).toBe(201);
    const e = res.json();
    expect(e).toMatchObject({ creditCode: code('TEXT003'), industryCode: '3011', industryName: 'C3011 水泥制造', sector: 'buildingMaterials', status: 'operating', supervisingAgencyName: '王益区应急管理局', isDemo: false });
    expect(e.licences).toHaveLength(1);
    expect(e.completeness.complete).toBe(false);
    expect(e.completeness.missing.map((m: { label: string }) => m.label)).toEqual(expect.arrayContaining(['生产经营地址', '可燃性粉尘种类', '地理位置（经纬度）']));
    const [audit] = await lastAudit(s, 1);
    expect(audit).toMatchObject({ action: 'registry.enterprise.create', object_type: 'enterprise', object_id: e.id, actor_name: '杨帆（wy_officer1）', result: 'success' });
    const history = (await wy.get(`/api/enterprises/${e.id}/history`)).json();
    expect(history).toEqual([expect.objectContaining({ field: '*', label: '新建', newValue: '铜川市王益区恒新水泥有限公司', source: 'form', actorName: '杨帆（wy_officer1）' })]);
    const dup = await wy.post('/api/enterprises', { name: '铜川市王益区恒新水泥有限公司', creditCode: code('TEXT003'), locatedAgencyId: agencyId('王益区应急管理局') });
    expect(dup.json().errors[0]).toEqual({ path: 'body.name', message: '单位名称：已有统一社会信用代码和名称都相同的企业，请勿重复登记' });
  });

  it('keeps every change (who, when, field, old → new) and recomputes the sector and completeness', async () => {
    const e = await findByName(wy, '铜川市王益区恒新水泥有限公司');
    const res = await wy.patch(`/api/enterprises/${e!.id}`, { status: 'suspended', industryCode: '3130', combustibleDustTypes: ['煤粉'], address: '陕西省铜川市王益区七一路1号' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'suspended', sector: 'metallurgy', industryCode: '3130' });
    const history = (await wy.get(`/api/enterprises/${e!.id}/history`)).json() as { field: string; label: string; oldValue: string | null; newValue: string | null; actorName: string }[];
    const byField = Object.fromEntries(history.map((h) => [h.field, h]));
    expect(byField.status).toMatchObject({ label: '经营状态', oldValue: '在营', newValue: '停产', actorName: '杨帆（wy_officer1）' });
    expect(byField.sector).toMatchObject({ label: '行业领域', oldValue: '建材', newValue: '冶金' });
    expect(byField.industryCode).toMatchObject({ oldValue: '3011', newValue: '3130' });
    expect(byField.combustibleDustTypes).toMatchObject({ oldValue: null, newValue: '煤粉' });
    const [audit] = await lastAudit(s, 1);
    expect(audit).toMatchObject({ action: 'registry.enterprise.update', object_id: e!.id });
    expect(JSON.parse(audit!.detail!).changes).toContainEqual({ field: 'status', from: '在营', to: '停产' });
    // a wrong check character is refused on a change too, naming the field
    const bad = await wy.patch(`/api/enterprises/${e!.id}`, { creditCode: wrongCheck(code('TEXT003')) });
    expect(bad.json().errors[0]).toEqual({ path: 'body.creditCode', message: `统一社会信用代码：校验码错误，应为${code('TEXT003')[17]}` });
    // the same patch again changes nothing and writes no history
    const again = await wy.patch(`/api/enterprises/${e!.id}`, { status: 'suspended' });
    expect(again.statusCode).toBe(200);
    expect((await wy.get(`/api/enterprises/${e!.id}/history`)).json()).toHaveLength(history.length);
  });

  it('scopes by the supervising agency: a district officer gets 404 on a city enterprise; the city leader sees the districts', async () => {
    const pilot = await findByName(leader, '陕西美鑫产业投资有限公司'); // supervised by the city, located in 印台区
    expect(pilot).toBeDefined();
    expect((await wy.get(`/api/enterprises/${pilot!.id}`)).statusCode).toBe(404);
    expect((await wy.patch(`/api/enterprises/${pilot!.id}`, { status: 'closed' })).statusCode).toBe(404);
    expect((await wy.get(`/api/enterprises/${pilot!.id}/history`)).statusCode).toBe(404);
    const mine = (await wy.get('/api/enterprises?pageSize=200')).json() as { total: number; items: { supervisingAgencyName: string | null; locatedAgencyName: string }[] };
    expect(mine.total).toBeGreaterThan(20);
    for (const e of mine.items) expect(e.supervisingAgencyName ?? e.locatedAgencyName).toBe('王益区应急管理局');
    const all = (await leader.get('/api/enterprises?pageSize=200')).json() as { total: number; items: { locatedAgencyName: string }[] };
    expect(all.total).toBeGreaterThanOrEqual(252);
    expect(new Set(all.items.map((e) => e.locatedAgencyName)).size).toBe(5);
    // a district officer cannot hand an enterprise to an agency outside their scope
    const move = await wy.patch(`/api/enterprises/${(await findByName(wy, '铜川市王益区恒新水泥有限公司'))!.id}`, { supervisingAgencyId: agencyId('铜川市应急管理局') });
    expect(move.statusCode).toBe(400);
    expect(move.json().errors[0].path).toBe('body.supervisingAgencyId');
    expect((await wy.get('/api/enterprises/00000000-0000-7000-8000-000000000000')).statusCode).toBe(404);
    expect((await wy.get('/api/enterprises/not-an-id')).json().errors[0].path).toBe('params.id');
  });

  it('filters the list by district, sector, risk flag, status and completeness', async () => {
    const q = async (query: string) => (await leader.get(`/api/enterprises?pageSize=200&${query}`)).json() as { total: number; items: { sector: string; riskFlags: string[]; status: string; completeness: { score: number }; locatedAgencyName: string }[] };
    const district = await q(`districtId=${agencyId('宜君县应急管理局')}`);
    expect(district.items.every((e) => e.locatedAgencyName === '宜君县应急管理局')).toBe(true);
    const hazchem = await q('sector=hazchem');
    expect(hazchem.total).toBeGreaterThan(0);
    expect(hazchem.items.every((e) => e.sector === 'hazchem')).toBe(true);
    const dust = await q('riskFlag=dustExplosion');
    expect(dust.items.every((e) => e.riskFlags.includes('dustExplosion'))).toBe(true);
    const incomplete = await q('completeness=incomplete&sort=completeness');
    expect(incomplete.items.every((e) => e.completeness.score < 100)).toBe(true);
    expect(incomplete.items[0]!.completeness.score).toBeLessThanOrEqual(incomplete.items.at(-1)!.completeness.score);
    expect((await q('status=suspended')).items.every((e) => e.status === 'suspended')).toBe(true);
    expect((await leader.get('/api/enterprises?sector=oil')).json().errors[0]).toMatchObject({ path: 'query.sector' });
  });

  it('reports base-data progress per district and per agency, with what each incomplete enterprise lacks, and exports it', async () => {
    const p = (await leader.get('/api/enterprises/progress')).json();
    expect(p.byDistrict.map((g: { agencyName: string }) => g.agencyName).sort()).toEqual(['印台区应急管理局', '宜君县应急管理局', '新区应急管理局', '王益区应急管理局', '耀州区应急管理局'].sort());
    const sum = p.byDistrict.reduce((n: number, g: { total: number }) => n + g.total, 0);
    expect(p.total.total).toBe(sum);
    expect(p.total.complete + p.total.incomplete).toBe(p.total.total);
    expect(p.total.percent).toBeCloseTo((p.total.complete * 100) / p.total.total, 1);
    expect(p.incompleteTotal).toBe(p.total.incomplete);
    expect(p.incomplete[0].missing.length).toBeGreaterThan(0);
    expect(p.bySupervisingAgency.map((g: { agencyName: string }) => g.agencyName)).toContain('铜川市应急管理局');
    const mine = (await wy.get('/api/enterprises/progress')).json();
    expect(mine.bySupervisingAgency.map((g: { agencyName: string }) => g.agencyName)).toEqual(expect.arrayContaining(['王益区应急管理局']));
    expect(mine.total.total).toBeLessThan(p.total.total);

    const file = await leader.get('/api/enterprises/progress/export');
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe(XLSX);
    const wb = await readXlsx(file.rawPayload);
    expect(wb.getWorksheet('进度汇总')!.getRow(1).values).toEqual([undefined, '分组', '机关', '企业数', '已完成（销账）', '未完成', '完成率']);
    expect(wb.getWorksheet('未完成企业')!.actualRowCount).toBe(p.incompleteTotal + 1);
    expect((await lastAudit(s, 1))[0]).toMatchObject({ action: 'registry.progress.export' });
  });
});

const HEADERS = ['单位名称*', '统一社会信用代码*', '生产经营地址', '属地机关', '经度', '纬度', '主要负责人', '主要负责人联系电话', '国民经济行业分类代码', '企业规模', '从业人员数', '经营状态', '风险特征', '许可证类型', '许可证编号', '许可证有效期起', '许可证有效期止'];
const row = (name: string, creditCode: string, extra: Partial<Record<'employees' | 'status' | 'flags', string | number>> = {}) => [
  name, creditCode, '陕西省铜川市王益区桃园街道兴业路8号', '王益区应急管理局', 109.07, 35.07, '李四', '13800000000', '2110', '小型', extra.employees ?? 30, extra.status ?? '在营', extra.flags ?? '粉尘涉爆', null, null, null, null,
];

describe(`enterprise Excel import and export on ${testDb}`, () => {
  const good1 = code('KMP0001');
  const good2 = code('KMP0002');
  const bad = code('KMP0003');
  const names = ['铜川市王益区导入一号家具有限公司', '铜川市王益区导入二号家具有限公司', '铜川市王益区导入三号家具有限公司'];
  const count = async () => Number((await wy.get('/api/enterprises?q=导入')).json().total);
  const upload = (file: Buffer, query: string, c = wy) => { const m = multipart(file); return c.request('POST', `/api/enterprises/import?${query}`, m.payload, m.headers); };

  it('downloads a template with Chinese headers, instructions, code lists and drop-downs', async () => {
    const res = await wy.get('/api/enterprises/import-template');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX);
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('企业导入模板'));
    const wb = await readXlsx(res.rawPayload);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['企业', '填写说明', '代码表', '行业代码']);
    const headers = (wb.getWorksheet('企业')!.getRow(1).values as string[]).slice(1);
    expect(headers.slice(0, 2)).toEqual(['单位名称*', '统一社会信用代码*']);
    expect(headers).toContain('风险特征');
    const validations = (wb.getWorksheet('企业') as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } }).dataValidations.model;
    expect(Object.values(validations).some((v) => v.type === 'list' && v.formulae[0]!.includes('代码表'))).toBe(true);
    expect(wb.getWorksheet('代码表')!.getColumn(1).values).toContain('王益区应急管理局');
    expect((await leader.get('/api/enterprises/import-template')).statusCode).toBe(403);
  });

  it('reports row, column and reason for a bad row; allOrNothing writes nothing; validRowsOnly writes the rest', async () => {
    const file = await xlsx('企业', HEADERS, [row(names[0]!, good1), row(names[1]!, good2), row(names[2]!, wrongCheck(bad))]);
    const before = await count();

    const check = (await upload(file, 'dryRun=true')).json();
    expect(check).toMatchObject({ dryRun: true, committed: false, totalRows: 3, validRows: 2, errorRows: 1, created: 2, errorCount: 1 });
    expect(check.errors).toEqual([{ row: 4, column: '统一社会信用代码', message: `校验码错误，应为${bad[17]}` }]);

    const strict = await upload(file, 'mode=allOrNothing');
    expect(strict.statusCode).toBe(200);
    expect(strict.json()).toMatchObject({ committed: false, errorRows: 1 });
    expect(await count()).toBe(before);
    expect((await lastAudit(s, 1))[0]).toMatchObject({ action: 'registry.enterprise.import', result: 'failure' });

    const lenient = (await upload(file, 'mode=validRowsOnly')).json();
    expect(lenient).toMatchObject({ committed: true, created: 2, updated: 0, errorRows: 1 });
    expect(await count()).toBe(before + 2);
    const [audit] = await lastAudit(s, 1);
    expect(audit).toMatchObject({ action: 'registry.enterprise.import', result: 'success', actor_name: '杨帆（wy_officer1）' });
    expect(JSON.parse(audit!.detail!)).toMatchObject({ mode: 'validRowsOnly', rows: 3, created: 2, updated: 0, errorRows: 1, written: 2 });
    const created = await findByName(wy, names[0]!);
    const history = (await wy.get(`/api/enterprises/${created!.id}/history`)).json();
    expect(history[0]).toMatchObject({ source: 'import', label: 'Excel 导入新建' });
  });

  it('re-import updates the enterprise with the same credit code and name instead of duplicating it', async () => {
    const file = await xlsx('企业', HEADERS, [row(names[0]!, good1, { employees: 45, flags: '粉尘涉爆、有限空间作业' }), row(names[1]!, good2), row(names[2]!, bad)]);
    const before = await count();
    const res = (await upload(file, 'mode=allOrNothing')).json();
    expect(res).toMatchObject({ committed: true, created: 1, updated: 1, unchanged: 1, errorRows: 0, errors: [] });
    expect(await count()).toBe(before + 1);
    const e = await findByName(wy, names[0]!);
    const detail = (await wy.get(`/api/enterprises/${e!.id}`)).json();
    expect(detail).toMatchObject({ employeeCount: 45, riskFlags: ['dustExplosion', 'confinedSpace'] });
    const history = (await wy.get(`/api/enterprises/${e!.id}/history`)).json() as { field: string; source: string; oldValue: string; newValue: string }[];
    expect(history).toContainEqual(expect.objectContaining({ field: 'employeeCount', source: 'import', oldValue: '30', newValue: '45' }));
    // same code, another name (a second site of the same legal entity) is a new enterprise, not an update
    const site = await xlsx('企业', HEADERS, [row(`${names[0]}（二厂）`, good1)]);
    expect((await upload(site, '')).json()).toMatchObject({ committed: true, created: 1, updated: 0 });
  });

  it('reports duplicates inside the file, unknown agencies and unreadable cells, each with its column', async () => {
    const file = await xlsx('企业', HEADERS, [
      row('铜川市王益区重复测试有限公司', code('DUP0001')),
      row('铜川市王益区重复测试有限公司', code('DUP0001')),
      ['铜川市王益区坏单元格有限公司', code('DUP0002'), null, '火星应急管理局', 109, null, null, null, '3011', '超大型', '三十', '营业', '会飞', '驾照', 'X1', '2026-13-01', null],
    ]);
    const report = (await upload(file, 'dryRun=true')).json();
    const byColumn = Object.fromEntries((report.errors as { row: number; column: string; message: string }[]).map((e) => [`${e.row}:${e.column}`, e.message]));
    expect(byColumn['3:单位名称']).toBe('与第 2 行是同一企业（统一社会信用代码和单位名称都相同）');
    expect(byColumn['4:属地机关']).toBe('“火星应急管理局”不是在用的机关名称（请从下拉列表中选择）');
    expect(byColumn['4:纬度']).toBe('经度和纬度须同时填写');
    expect(byColumn['4:企业规模']).toMatch(/^“超大型”不在代码表中，应为 大型、中型、小型、微型 之一$/);
    expect(byColumn['4:从业人员数']).toBe('“三十”不是数字');
    expect(byColumn['4:经营状态']).toMatch(/“营业”不在代码表中/);
    expect(byColumn['4:风险特征']).toMatch(/“会飞”不在代码表中/);
    expect(byColumn['4:许可证类型']).toMatch(/“驾照”不在代码表中/);
    expect(byColumn['4:许可证有效期起']).toBe('“2026-13-01”不是有效的日期');
  });

  it('answers 400 in Chinese for a corrupt file, a missing column or a non-multipart request (never 500)', async () => {
    const corrupt = await upload(Buffer.from('PK\u0003\u0004 this is not a workbook'), 'dryRun=true');
    expect(corrupt.statusCode).toBe(400);
    expect(corrupt.json().errors[0]).toEqual({ path: 'body.file', message: '文件：无法读取，请上传 Excel 2007 及以上版本的 .xlsx 文件（可用模板填写）' });
    const valid = await xlsx('企业', HEADERS, [row('铜川市王益区截断测试有限公司', code('KMP0009'))]);
    const truncated = await upload(valid.subarray(0, Math.floor(valid.length / 2)), 'dryRun=true');
    expect(truncated.statusCode).toBe(400);
    expect(truncated.json().errors[0].path).toBe('body.file');
    const JSZip = (await import('jszip')).default;
    const notWorkbook = new JSZip();
    notWorkbook.file('word/document.xml', '<w:document/>');
    const docx = await upload(await notWorkbook.generateAsync({ type: 'nodebuffer' }), 'dryRun=true');
    expect(docx.statusCode).toBe(400);
    expect(docx.json().errors[0].path).toBe('body.file');
    const noCode = await upload(await xlsx('企业', ['单位名称'], [['甲公司']]), 'dryRun=true');
    expect(noCode.json().errors[0].message).toBe('文件：“企业”表缺少必需的列：统一社会信用代码（请使用导入模板，表头在第 1 行）');
    const json = await wy.post('/api/enterprises/import', { file: 'abc' });
    expect(json.statusCode).toBe(400);
    expect(json.json().errors[0].message).toMatch(/multipart\/form-data/);
    const mode = await upload(await xlsx('企业', HEADERS, []), 'mode=some');
    expect(mode.json().errors[0].path).toBe('query.mode');
    expect((await s.client().request('POST', '/api/enterprises/import', multipart(Buffer.from('x')).payload, multipart(Buffer.from('x')).headers)).statusCode).toBe(401);
  });

  it('loads the demo registry once: seeding again adds nothing', async () => {
    expect(await seedRegistryDemo(s.deps.db, s.clock)).toEqual({ enterprises: 0, officers: 0, recusals: 0 });
    const pilots = (await leader.get('/api/enterprises?pilot=true&pageSize=50')).json();
    expect(pilots.total).toBe(22);
  });

  it('exports any filtered list with the template columns; the export imports back unchanged', async () => {
    const filter = `districtId=${agencyId('王益区应急管理局')}`;
    const list = (await wy.get(`/api/enterprises?${filter}&pageSize=1`)).json();
    const res = await wy.get(`/api/enterprises/export?${filter}`);
    expect(res.statusCode).toBe(200);
    const wb = await readXlsx(res.rawPayload);
    const ws = wb.getWorksheet('企业')!;
    expect(ws.actualRowCount).toBe(list.total + 1);
    expect((ws.getRow(1).values as string[]).slice(-3)).toEqual(['行业领域', '基础数据完整度', '缺项']);
    expect((await lastAudit(s, 1))[0]).toMatchObject({ action: 'registry.enterprise.export' });
    const back = (await upload(res.rawPayload, 'dryRun=true')).json();
    expect(back).toMatchObject({ totalRows: list.total, errorRows: 0, created: 0, updated: 0, unchanged: list.total });
  });
});
