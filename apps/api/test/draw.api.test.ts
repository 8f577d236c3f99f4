import { replayDraw, type PublicDrawData } from '@zhifa/shared/rules/draw-algorithm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../src/platform/ids';
import { stableId } from '../src/platform/stable-id';
import { lastAudit, startTestServer, type TestClient, type TestServer } from './test-server';

let s: TestServer;
let anon: TestClient;
let chief: TestClient;
let officer1: TestClient;
let wy: TestClient;
let cityEnterprises: { id: string; name: string; sector: string }[];
let officers: { id: string; name: string; certState: string }[];
const CITY = stableId('agency:610200');
let today: string;

const auditHas = async (action: string, objectId?: string) => (await lastAudit(s, 40)).some((r) => r.action === action && (!objectId || r.object_id === objectId));
const drawBody = (over: Record<string, unknown> = {}) => ({ title: '2026 年第一批工贸企业双随机抽查', stratifyBy: 'none', strata: { 全部: 5 }, dueFrom: today, dueTo: '2026-12-31', ...over });

beforeAll(async () => {
  s = await startTestServer();
  today = s.clock.now().toISOString().slice(0, 10);
  anon = s.client();
  [chief, officer1, wy] = (await Promise.all(['chief', 'officer1', 'wy_officer1'].map((u) => s.as(u)))) as [TestClient, TestClient, TestClient];
  cityEnterprises = ((await chief.get('/api/enterprises?pageSize=200&status=operating&agencyId=' + CITY)).json() as { items: { id: string; name: string; sector: string }[] }).items;
  officers = (await chief.get('/api/officers?pageSize=100&agencyId=' + CITY)).json().items;
  expect((await chief.post('/api/planning/classes/recompute', {})).statusCode).toBe(200);
}, 60_000);
afterAll(async () => s?.close());

describe('双随机 draw', () => {
  let drawId: string;
  it('401, 403, 400 in Chinese', async () => {
    expect((await anon.post('/api/draws', drawBody())).statusCode).toBe(401);
    expect((await officer1.post('/api/draws', drawBody())).statusCode).toBe(403);
    const bad = await chief.post('/api/draws', drawBody({ strata: { 全部: 9999 } }));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('body.strata.全部');
    expect(bad.json().errors[0].message).toContain('抽取池中该层只有');
    const few = await chief.post('/api/draws', drawBody({ officersPerEnterprise: 1 }));
    expect(few.statusCode).toBe(400);
    expect(few.json().errors[0].message).toContain('至少 2 名');
  });

  it('commits (hashes and seed commitment public, seed secret), draws, reveals, creates tasks; the public data replays', async () => {
    const c = await chief.post('/api/draws', drawBody());
    expect(c.statusCode, c.body).toBe(201);
    drawId = c.json().id;
    expect(c.json().data.seed).toBeNull();
    expect(c.json().data.seedCommitment).toMatch(/^[0-9a-f]{64}$/);
    expect(c.body).not.toContain('"seed":"');
    expect(await auditHas('draw.draw.commit', drawId)).toBe(true);
    const pub0 = await anon.get(`/api/public/draws/${drawId}`);
    expect(pub0.statusCode).toBe(200);
    expect(pub0.json().data.seed).toBeNull();
    // the expired certificate (贺文静) is never in the frozen officer list
    const expired = officers.find((o) => o.certState === 'expired')!;
    expect(pub0.json().data.officers.map((o: { id: string }) => o.id)).not.toContain(expired.id);

    const x = await chief.post(`/api/draws/${drawId}/execute`);
    expect(x.statusCode, x.body).toBe(200);
    const data = x.json().data as PublicDrawData;
    expect(data.seed).toMatch(/^[0-9a-f]{64}$/);
    expect(data.result!.picks).toHaveLength(5);
    for (const p of data.result!.picks) expect(new Set(p.officerIds).size).toBe(2);
    expect(await auditHas('draw.draw.execute', drawId)).toBe(true);
    expect((await chief.post(`/api/draws/${drawId}/execute`)).statusCode).toBe(409);

    const pub = (await anon.get(`/api/public/draws/${drawId}`)).json();
    expect(replayDraw(pub.data).ok).toBe(true);
    expect(Object.values(pub.officerLabels).every((l) => /^.\*+（执法证 …\d{4}）$/.test(l as string))).toBe(true);
    expect(pub.enterpriseNames[data.result!.picks[0]!.enterpriseId]).toBeTruthy();
    const tampered = { ...pub.data, result: { ...pub.data.result, picks: [...pub.data.result.picks].reverse() } };
    expect(replayDraw(tampered).ok).toBe(false);
    expect((await anon.get('/api/public/draws')).json().items.some((d: { id: string }) => d.id === drawId)).toBe(true);
  });

  it('404 out of scope, a re-draw needs a reason and keeps every attempt', async () => {
    expect((await wy.get(`/api/draws/${drawId}`)).statusCode).toBe(404);
    const noReason = await chief.post('/api/draws', drawBody({ previousId: drawId }));
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0].message).toContain('重新抽取理由');
    const re = await chief.post('/api/draws', drawBody({ previousId: drawId, redrawReason: '抽取范围设置有误' }));
    expect(re.statusCode, re.body).toBe(201);
    expect(re.json().attemptNo).toBe(2);
    const prev = (await chief.get(`/api/draws/${drawId}`)).json();
    expect(prev.status).toBe('voided');
    expect(prev.voidReason).toContain('抽取范围设置有误');
    const list = (await anon.get('/api/public/draws?pageSize=50')).json().items.map((d: { id: string }) => d.id);
    expect(list).toEqual(expect.arrayContaining([drawId, re.json().id]));
  });

  it('never draws an enterprise at its annual cap', async () => {
    const target = cityEnterprises.find((e) => e.sector === 'machinery') ?? cityEnterprises[0]!;
    const cls = await s.deps.db.selectFrom('enterprise_classes').select('frequency_cap').where('enterprise_id', '=', target.id).executeTakeFirstOrThrow();
    const now = s.clock.now().toISOString();
    const rows = Array.from({ length: cls.frequency_cap }, () => ({ id: newId(), agency_id: CITY, unit_id: null, enterprise_id: target.id, source_kind: 'scheme' as const, source_id: newId(), plan_id: null, title: '既有检查', due_from: today, due_to: today, state: 'done' as const, completed_on: today, created_at: now, updated_at: now }));
    await s.deps.db.insertInto('inspection_tasks').values(rows).execute();
    const c = await chief.post('/api/draws', drawBody({ title: '上限校验', strata: { 全部: 1 } }));
    expect(c.statusCode, c.body).toBe(201);
    expect(c.json().data.pool.map((e: { id: string }) => e.id)).not.toContain(target.id);
    expect(c.json().filters.atCapExcluded).toBeGreaterThanOrEqual(1);
  });
});

describe('现场检查方案 → 我的任务', () => {
  const officerId = (name: string) => officers.find((o) => o.name === name)!.id;
  const body = (over: Record<string, unknown> = {}) => ({
    title: '涉氨制冷企业专项检查', inspectionKind: '专项检查', basis: '《中华人民共和国安全生产法》第六十五条', items: [{ content: '液氨储存与使用安全管理', method: '查阅资料、现场检查' }],
    objects: [{ enterpriseId: cityEnterprises[3]!.id, officerIds: [officerId('王建国'), officerId('刘思远')] }], startOn: today, endOn: '2026-12-31', ...over,
  });

  it('400 for one officer or an expired certificate, 403 without inspection.manage', async () => {
    const one = await officer1.post('/api/planning/schemes', body({ objects: [{ enterpriseId: cityEnterprises[3]!.id, officerIds: [officerId('王建国')] }] }));
    expect(one.statusCode).toBe(400);
    expect(one.json().errors[0].message).toContain('至少 2 名');
    const expired = await officer1.post('/api/planning/schemes', body({ objects: [{ enterpriseId: cityEnterprises[3]!.id, officerIds: [officerId('王建国'), officerId('贺文静')] }] }));
    expect(expired.statusCode).toBe(400);
    expect(expired.json().errors[0].message).toContain('执法证');
    const leader = await s.as('leader');
    expect((await leader.post('/api/planning/schemes', body())).statusCode).toBe(403);
  });

  it('approval creates the tasks officers see in 我的任务, and the 现场检查方案 document', async () => {
    const c = await officer1.post('/api/planning/schemes', body());
    expect(c.statusCode, c.body).toBe(201);
    const id = c.json().id;
    expect(await auditHas('planning.scheme.create', id)).toBe(true);
    const sub = await officer1.post(`/api/planning/schemes/${id}/submit`);
    expect(sub.statusCode, sub.body).toBe(200);
    const ok = await chief.post(`/api/approvals/${sub.json().approvalId}/approve`, { opinion: '同意' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await officer1.get(`/api/planning/schemes/${id}`)).json().status).toBe('approved');
    const mine = (await officer1.get('/api/tasks/mine')).json();
    const task = mine.items.find((t: { sourceId: string }) => t.sourceId === id);
    expect(task).toMatchObject({ enterpriseName: cityEnterprises[3]!.name, sourceLabel: '现场检查方案', dueTo: '2026-12-31' });
    expect(task.officers).toEqual(['王建国', '刘思远']);
    const docs = await officer1.post(`/api/planning/schemes/${id}/documents`);
    expect(docs.statusCode, docs.body).toBe(200);
    expect(docs.json().documentIds).toHaveLength(1);
    const doc = (await officer1.get(`/api/documents/${docs.json().documentIds[0]}`)).json();
    expect(doc.typeCode).toBe('inspection-scheme');
    expect((await wy.get(`/api/planning/schemes/${id}`)).statusCode).toBe(404);
  });

  it('blocks scheduling beyond the cap when the policy says block, and says why', async () => {
    const target = cityEnterprises.find((e) => e.sector === 'machinery') ?? cityEnterprises[0]!;
    await s.deps.db.insertInto('rule_values').values({ id: newId(), key: 'planning.frequencyPolicy', jurisdiction_agency_id: CITY, effective_from: '2020-01-01', effective_to: null, value: JSON.stringify({ mode: 'block' }), source: 'test', verified: 0, note: null, created_at: s.clock.now().toISOString() }).execute();
    const c = await officer1.post('/api/planning/schemes', body({ title: '超上限', objects: [{ enterpriseId: target.id, officerIds: [officerId('王建国'), officerId('刘思远')] }] }));
    expect(c.statusCode, c.body).toBe(201);
    const sub = await officer1.post(`/api/planning/schemes/${c.json().id}/submit`);
    expect(sub.statusCode).toBe(409);
    expect(sub.json().detail).toContain('年度上限');
  });
});

describe('一公开 notices', () => {
  it('publishes a penalty decision with personal data masked and its 7-working-day due day; withdraws it', async () => {
    const bad = await officer1.post('/api/public-notices/penalty-decisions', { kind: 'inspectionOutcome', objectId: 'x', title: 't', organisation: 'o', content: 'c', formedOn: today });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].message).toContain('公示类别');
    const res = await officer1.post('/api/public-notices/penalty-decisions', {
      kind: 'penaltyDecision', objectId: 'case-1', title: '行政处罚决定书（铜应急罚〔2026〕1号）', organisation: cityEnterprises[0]!.name, personName: '张三丰', content: '主要负责人张三丰（电话 13812345678）未履行安全生产管理职责，罚款 30000 元。', formedOn: today,
    });
    expect(res.statusCode, res.body).toBe(201);
    const n = res.json();
    expect(n.body).toMatchObject({ organisation: cityEnterprises[0]!.name, person: '张**' });
    expect(n.body.content).toContain('138****5678');
    expect(n.dueOn > today).toBe(true);
    expect(await auditHas('publication.notice.publish', n.id)).toBe(true);
    expect((await anon.get(`/api/public/notices/${n.id}`)).statusCode).toBe(200);
    expect((await chief.post(`/api/public-notices/${n.id}/withdraw`, { reason: '复议撤销', decidedOn: today })).statusCode).toBe(403);
    const w = await officer1.post(`/api/public-notices/${n.id}/withdraw`, { reason: '行政复议决定撤销', decidedOn: today });
    expect(w.statusCode, w.body).toBe(200);
    expect(w.json()).toMatchObject({ status: 'withdrawn', withdrawReason: '行政复议决定撤销' });
    expect(await auditHas('publication.notice.withdraw', n.id)).toBe(true);
    expect((await anon.get(`/api/public/notices/${n.id}`)).statusCode).toBe(404);
  });
});
