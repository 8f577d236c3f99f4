import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stableId } from '../src/platform/stable-id';
import { lastAudit, startTestServer, type TestClient, type TestServer } from './test-server';

let s: TestServer;
let anon: TestClient;
let chief: TestClient;
let leader: TestClient;
let officer1: TestClient;
let wy: TestClient;
let cityEnterprises: { id: string; name: string; sector: string }[];
const PROVINCE = stableId('agency:610000');
const CITY = stableId('agency:610200');

const auditHas = async (action: string, objectId?: string) => (await lastAudit(s, 40)).some((r) => r.action === action && (!objectId || r.object_id === objectId));

beforeAll(async () => {
  s = await startTestServer();
  anon = s.client();
  [chief, leader, officer1, wy] = (await Promise.all(['chief', 'leader', 'officer1', 'wy_officer1'].map((u) => s.as(u)))) as [TestClient, TestClient, TestClient, TestClient];
  const list = (await chief.get('/api/enterprises?pageSize=200&agencyId=' + CITY)).json() as { items: { id: string; name: string; sector: string; status: string }[] };
  cityEnterprises = list.items.filter((e) => e.status === 'operating');
}, 60_000);
afterAll(async () => s?.close());

describe('分级分类', () => {
  it('401 without login, 403 without plan.manage, 400 in Chinese', async () => {
    expect((await anon.get('/api/planning/classes')).statusCode).toBe(401);
    expect((await officer1.post('/api/planning/classes/recompute', {})).statusCode).toBe(403);
    const bad = await chief.put(`/api/planning/classes/${cityEnterprises[0]!.id}/risk-input`, { creditStatus: 'bad' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ path: 'body.creditStatus' });
    expect(bad.json().errors[0].message).toContain('信用状况');
    const preset = await chief.post('/api/planning/classification-rules', { preset: 'nowhere', effectiveFrom: '2026-01-01' });
    expect(preset.statusCode).toBe(400);
    expect(preset.json().errors[0].message).toContain('预设方案');
  });

  it('recomputes on demand with reasons, keeps the history with its inputs, and audits', async () => {
    const res = await chief.post('/api/planning/classes/recompute', {});
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().enterpriseCount).toBeGreaterThan(10);
    expect(await auditHas('planning.classification.recompute', res.json().runId)).toBe(true);
    const classes = (await chief.get('/api/planning/classes?pageSize=200')).json();
    expect(classes.total).toBe(res.json().enterpriseCount);
    expect(classes.items[0].reasons.length).toBeGreaterThan(1);

    const target = cityEnterprises[0]!;
    const today = s.clock.now().toISOString().slice(0, 10);
    const put = await chief.put(`/api/planning/classes/${target.id}/risk-input`, { creditStatus: 'normal', lastFatalAccidentOn: today });
    expect(put.statusCode, put.body).toBe(200);
    expect(await auditHas('planning.riskInput.update', target.id)).toBe(true);
    await chief.post('/api/planning/classes/recompute', { enterpriseIds: [target.id] });
    const hist = (await chief.get(`/api/planning/classes/${target.id}/history`)).json();
    expect(hist.history).toHaveLength(2);
    expect(hist.history[0]).toMatchObject({ riskClass: 'D' });
    expect(hist.history[0].inputs).toMatchObject({ lastFatalAccidentOn: today });
    expect(hist.history[0].reasons.join()).toContain('死亡事故');
  });

  it('applies the Shanxi preset as a dated rule value of the province; 404 for another agency’s enterprise', async () => {
    const res = await chief.post('/api/planning/classification-rules', { preset: 'shanxi-2025', jurisdictionAgencyId: PROVINCE, effectiveFrom: '2025-01-01' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().inForce.rule.preset).toBe('shanxi-2025');
    expect(await auditHas('planning.classificationRule.create')).toBe(true);
    const again = await chief.post('/api/planning/classification-rules', { preset: 'shanxi-2025', jurisdictionAgencyId: PROVINCE, effectiveFrom: '2025-01-01' });
    expect(again.statusCode).toBe(409);
    await chief.post('/api/planning/classes/recompute', {});
    const hist = (await chief.get(`/api/planning/classes/${cityEnterprises[1]!.id}/history`)).json();
    expect(hist.history[0].inputs.rule).toBe('shanxi-2025');
    expect((await wy.get(`/api/planning/classes/${cityEnterprises[1]!.id}/history`)).statusCode).toBe(404);
  });
});

const planBody = () => ({
  year: 2026,
  title: '市应急管理局 2026 年度监督检查计划',
  randomRatio: 70,
  randomPoolSize: cityEnterprises.length,
  keyEnterprises: cityEnterprises.slice(0, 2).map((e) => ({ enterpriseId: e.id, reason: '重大危险源' })),
  items: [
    { name: '工贸行业安全生产专项检查', method: 'mixed', sector: 'machinery', keyCount: 2, randomCount: 6, frequency: 2, frequencyCap: 3, months: [3, 6, 9], jointDepartments: '市场监管局' },
    { name: '危险化学品双随机抽查', method: 'random', sector: 'hazchem', keyCount: 0, randomCount: 4, frequency: 1, frequencyCap: 2, months: [5] },
  ],
});

describe('年度监督检查计划', () => {
  let planId: string;
  it('401, 403, 400 in Chinese', async () => {
    expect((await anon.get('/api/planning/plans')).statusCode).toBe(401);
    expect((await officer1.post('/api/planning/plans', planBody())).statusCode).toBe(403);
    const bad = await chief.post('/api/planning/plans', { ...planBody(), items: [{ ...planBody().items[0], frequency: 4, frequencyCap: 2 }] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ path: 'body.items.0.frequencyCap' });
    expect(bad.json().errors[0].message).toContain('频次上限不能小于检查频次');
  });

  it('creates, approves through the engine (monthly plans derived), records the filing, reports plan against actual and exports it', async () => {
    // the city's chain for plans is seeded (分管领导审批)
    const res = await chief.post('/api/planning/plans', planBody());
    expect(res.statusCode, res.body).toBe(201);
    planId = res.json().id;
    expect(await auditHas('planning.plan.create', planId)).toBe(true);
    const sub = await chief.post(`/api/planning/plans/${planId}/submit`);
    expect(sub.statusCode, sub.body).toBe(200);
    expect(sub.json().status).toBe('pending');
    const ok = await leader.post(`/api/approvals/${sub.json().approvalId}/approve`, { opinion: '同意' });
    expect(ok.statusCode, ok.body).toBe(200);
    const plan = (await chief.get(`/api/planning/plans/${planId}`)).json();
    expect(plan.status).toBe('approved');
    expect(plan.monthly.filter((m: { itemId: string }) => m.itemId === plan.items[0].id).map((m: { planned: number }) => m.planned)).toEqual([4, 3, 3]);

    const self = await chief.post(`/api/planning/plans/${planId}/filing`, { filedWithAgencyId: CITY, filedOn: '2026-02-01', filingReference: '陕应急备〔2026〕3号' });
    expect(self.statusCode).toBe(400);
    expect(self.json().errors[0].message).toContain('上级机关');
    const filed = await chief.post(`/api/planning/plans/${planId}/filing`, { filedWithAgencyId: PROVINCE, filedOn: '2026-02-01', filingReference: '陕应急备〔2026〕3号' });
    expect(filed.statusCode, filed.body).toBe(200);
    expect(filed.json().filing.filedWithAgencyName).toContain('陕西省');
    expect(await auditHas('planning.plan.file', planId)).toBe(true);

    const progress = (await chief.get(`/api/planning/plans/${planId}/progress`)).json();
    expect(progress.total.planned).toBe(14);
    expect(progress.byMonth[2].planned).toBe(4);
    const x = await chief.get(`/api/planning/plans/${planId}/progress/export`);
    expect(x.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['按月份', '按科室（作战图）', '按行业领域']);
  });

  it('404 for another agency', async () => {
    expect((await wy.get(`/api/planning/plans/${planId}`)).statusCode).toBe(404);
  });
});
