import { withoutSystemOwned } from '@zhifa/documents';
import { fixtures } from '@zhifa/documents/fixtures/index';
import { normalise, pdfText } from '@zhifa/documents/test-support/pdf-text';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stableId } from '../src/platform/stable-id';
import { lastAudit, startTestServer, testDb, type TestClient, type TestServer } from './test-server';

/** Issue 8: statutory limits, required approvals, citations as references, provision kinds. */

let s: TestServer;
let officer1: TestClient;
let chief: TestClient;
let legal: TestClient;
let leader: TestClient;
let director: TestClient;
let dongming: string;
let accountId: string;
const OFFICERS = [stableId('officer:61020019001'), stableId('officer:61020019002')];
const HOUR = 3_600_000;

/** A type's sample fields without what the system fills (approval opinions, payment accounts). */
const fieldsOf = (code: string) => withoutSystemOwned(code, structuredClone(fixtures[code]!.input.fields) as Record<string, unknown>);
const china = (ms = 0) => new Date(s.clock.now().getTime() + 8 * HOUR + ms).toISOString();
const inDays = (n: number) => china(n * 24 * HOUR).slice(0, 10);
const fine = (yuan: number) => [{ kind: 'fine', amountFen: yuan * 100 }];
const individual = { kind: 'individual', name: '李四', idNumber: '610202199001011234', address: '铜川市王益区' };
const soleProprietor = { kind: 'soleProprietor', name: '王益区红星五金店', creditCode: '92610202MA6Y000001', address: '铜川市王益区' };

async function create(c: TestClient, typeCode: string, fields: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const accounts = typeCode.startsWith('penalty-decision') ? { paymentAccountIds: [accountId] } : {};
  return c.post('/api/documents', { typeCode, enterpriseId: dongming, officerIds: OFFICERS, fields, ...accounts, ...extra });
}
async function created(c: TestClient, typeCode: string, fields: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const res = await create(c, typeCode, fields, extra);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; problems: { path: string; message: string }[]; flags: { key: string; message: string }[] };
}
async function approveAll(id: string, approvers: TestClient[], submitter = officer1) {
  const sub = await submitter.post(`/api/documents/${id}/submit`, {});
  expect(sub.statusCode, sub.body).toBe(200);
  const approvalId = sub.json().approvalId as string;
  for (const c of approvers) {
    const r = await c.post(`/api/approvals/${approvalId}/approve`, { opinion: '同意' });
    expect(r.statusCode, r.body).toBe(200);
  }
  return approvalId;
}
async function acceptCitations(id: string) {
  const open = ((await officer1.get(`/api/documents/${id}/citations`)).json().items as { path: string; resolved: boolean }[]).filter((i) => !i.resolved);
  if (open.length) expect((await officer1.put(`/api/documents/${id}/citations`, { reasons: Object.fromEntries(open.map((i) => [i.path, '样例数据，测试用'])) })).statusCode).toBe(200);
}

beforeAll(async () => {
  s = await startTestServer();
  [officer1, chief, legal, leader, director] = await Promise.all([s.as('officer1'), s.as('chief'), s.as('legal'), s.as('leader'), s.as('director')]);
  accountId = ((await officer1.get('/api/payment-accounts')).json() as { id: string }[])[0]!.id;
  dongming = ((await officer1.get(`/api/enterprises?q=${encodeURIComponent('陕西东铭车辆系统股份有限公司')}`)).json() as { items: { id: string }[] }).items[0]!.id;
});
afterAll(async () => s?.close());

describe(`issue 8 legal gates on ${testDb}: access`, () => {
  it('answers 401, 403 and out-of-scope 404 on the new endpoints', async () => {
    expect((await s.client().get('/api/document-flags')).statusCode).toBe(401);
    expect((await (await s.as('admin')).get('/api/document-flags')).statusCode).toBe(403);
    const d = await created(officer1, 'penalty-decision-unit', fieldsOf('penalty-decision-unit'));
    const district = await s.as('wy_officer1');
    expect((await district.get(`/api/documents/${d.id}/citations`)).statusCode).toBe(404);
    expect((await district.put(`/api/documents/${d.id}/citations`, { actDate: '2026-01-01' })).statusCode).toBe(404);
    expect((await (await s.as('officer2')).put(`/api/documents/${d.id}/citations`, { actDate: '2026-01-01' })).statusCode).toBe(403);
  });
});

describe(`issue 8 legal gates on ${testDb}: statutory limits (point 3)`, () => {
  const onSite = (penalties: unknown, more: Record<string, unknown> = {}) => ({ ...fieldsOf('on-site-penalty-decision-unit'), penalties, paymentMethod: 'bank', ...more });

  it('caps 当场处罚 fines since 2021-07-15: 3,000 yuan for an organisation, 200 for a citizen, a sole proprietor as an organisation (Q5)', async () => {
    const org = await create(officer1, 'on-site-penalty-decision-unit', onSite(fine(4000)));
    expect(org.statusCode).toBe(400);
    expect(org.json().errors).toEqual([{ path: 'body.fields.penalties', message: '行政处罚：当场处罚对单位罚款不得超过 3000 元，本决定合计 4000 元，应适用普通程序（行政处罚法 第五十一条，2021-07-15 起）' }]);
    expect((await create(officer1, 'on-site-penalty-decision-unit', onSite(fine(50000)))).statusCode).toBe(400);
    const citizen = await create(officer1, 'on-site-penalty-decision-individual', onSite(fine(300)), { enterpriseId: null, party: individual });
    expect(citizen.json().errors[0].message).toMatch(/^行政处罚：当场处罚对公民罚款不得超过 200 元.*第五十一条/);
    const sole = await create(officer1, 'on-site-penalty-decision-unit', onSite(fine(3500)), { enterpriseId: null, party: soleProprietor });
    expect(sole.json().errors[0].message).toMatch(/对个体工商户（按单位）罚款不得超过 3000 元/);
    await created(officer1, 'on-site-penalty-decision-unit', onSite(fine(3000)), { enterpriseId: null, party: soleProprietor });
    const ok = await created(officer1, 'on-site-penalty-decision-individual', onSite(fine(200)), { enterpriseId: null, party: individual });
    expect(ok.problems.filter((p) => p.path === 'body.fields.penalties')).toEqual([]);
    const audit = await s.deps.db.selectFrom('audit_log').select('action').where('object_id', '=', ok.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['document.draft.create']);
  });

  it('applies the caps in force on the day: 1,000 / 50 yuan before 2021-07-15', async () => {
    const real = s.clock.now();
    s.clock.set(new Date('2021-07-10T02:00:00Z'));
    try {
      const before = await create(officer1, 'on-site-penalty-decision-unit', onSite(fine(1500)));
      expect(before.json().errors[0].message).toBe('行政处罚：当场处罚对单位罚款不得超过 1000 元，本决定合计 1500 元，应适用普通程序（行政处罚法（1996年）第三十三条，1996-10-01 起至 2021-07-14）');
      const citizen = await create(officer1, 'on-site-penalty-decision-individual', onSite(fine(60)), { enterpriseId: null, party: individual });
      expect(citizen.json().errors[0].message).toMatch(/对公民罚款不得超过 50 元/);
    } finally {
      s.clock.set(real);
    }
    await created(officer1, 'on-site-penalty-decision-unit', onSite(fine(1500)));
  });

  it('accepts 当场收缴 only on a ground of 第六十八、六十九条, within the ground’s amount', async () => {
    const none = await create(officer1, 'on-site-penalty-decision-unit', onSite(fine(3000), { paymentMethod: 'onSite' }));
    expect(none.json().errors).toEqual([{ path: 'body.fields.onSiteCollectionGround', message: expect.stringMatching(/^当场收缴依据：当场收缴罚款须记录法定情形/) }]);
    const small = await create(officer1, 'on-site-penalty-decision-unit', onSite(fine(3000), { paymentMethod: 'onSite', onSiteCollectionGround: 'smallFine' }));
    expect(small.json().errors[0].message).toBe('当场收缴依据：以“依法给予一百元以下罚款的”当场收缴的罚款不得超过 100 元，本决定合计 3000 元（行政处罚法 第六十八条第一项，2021-07-15 起）');
    await created(officer1, 'on-site-penalty-decision-unit', onSite(fine(3000), { paymentMethod: 'onSite', onSiteCollectionGround: 'hardToEnforce' }));
  });

  it('requires 陈述申辩 ≥ 3 days and 听证 request ≥ 5 days (第六十四条)', async () => {
    const hearing = await create(officer1, 'hearing-notice', { ...fieldsOf('hearing-notice'), hearingRequestDays: 1 });
    expect(hearing.json().errors).toEqual([{ path: 'body.fields.hearingRequestDays', message: '申请听证期限：不得少于 5 日（行政处罚法 第六十四条，2021-07-15 起）' }]);
    const notice = await create(officer1, 'penalty-notice', { ...fieldsOf('penalty-notice'), statementDays: 1 });
    expect(notice.json().errors[0]).toEqual({ path: 'body.fields.statementDays', message: expect.stringMatching(/^陈述申辩期限：不得少于 3 日/) });
    const d = await created(officer1, 'penalty-notice', { ...fieldsOf('penalty-notice'), statementDays: 3 });
    const patched = await officer1.patch(`/api/documents/${d.id}`, { fields: { ...fieldsOf('penalty-notice'), statementDays: 2 } });
    expect(patched.statusCode).toBe(400);
  });

  it('refuses a deadline before the issue date when saved, and again at issue', async () => {
    const past = fieldsOf('rectification-order');
    const bad = await create(officer1, 'rectification-order', past);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toEqual({ path: 'body.fields.problems.2.deadline', message: expect.stringMatching(/^期限：2020-07-18 早于成文（签发）日期 \d{4}-\d{2}-\d{2}，文书设定的期限不得早于签发日期$/) });
    const fields = fieldsOf('rectification-order') as { problems: { deadline?: string }[] };
    for (const p of fields.problems) if (p.deadline) p.deadline = inDays(1);
    const d = await created(officer1, 'rectification-order', fields);
    await approveAll(d.id, [chief]);
    await acceptCitations(d.id);
    const real = s.clock.now();
    s.clock.advance(3 * 24 * HOUR);
    try {
      // Sessions idle for days have expired: log in again at the later time.
      const late = await (await s.as('officer1')).post(`/api/documents/${d.id}/issue`, {});
      expect(late.statusCode).toBe(400);
      expect(late.json().errors[0].message).toMatch(/^期限：.* 早于成文（签发）日期/);
    } finally {
      s.clock.set(real);
    }
    expect((await officer1.post(`/api/documents/${d.id}/issue`, {})).statusCode).toBe(200);
  });

  it('serves by 公告 only with a recorded ground and the failed attempts; direct service only with a signature or a receipt photo', async () => {
    const d = await created(officer1, 'on-site-measure-decision', fieldsOf('on-site-measure-decision'));
    await acceptCitations(d.id);
    expect((await officer1.post(`/api/documents/${d.id}/issue`, {})).statusCode).toBe(200);
    const base = { servedAt: china().slice(0, 16), recipient: '陕西东铭车辆系统股份有限公司', place: '公司办公楼' };
    const first = await officer1.post(`/api/documents/${d.id}/services`, { ...base, method: 'publicNotice' });
    expect(first.statusCode).toBe(400);
    expect(first.json().errors.map((e: { path: string }) => e.path)).toEqual(['body.publicNoticeGround', 'body.failedAttempts']);
    const direct = await officer1.post(`/api/documents/${d.id}/services`, { ...base, method: 'direct' });
    expect(direct.json().errors[0]).toEqual({ path: 'body.recipientSignatureFileId', message: expect.stringMatching(/^受送达人签收：直接送达须有受送达人在送达回执上签名/) });
    const ok = await officer1.post(`/api/documents/${d.id}/services`, { ...base, method: 'publicNotice', publicNoticeGround: 'otherMethodsFailed', failedAttempts: [{ method: 'post', attemptedOn: china().slice(0, 10), result: '邮件被退回（查无此人）' }] });
    expect(ok.statusCode, ok.body).toBe(201);
    const row = await s.deps.db.selectFrom('document_services').selectAll().where('document_id', '=', d.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ method: 'publicNotice', public_notice_ground: 'otherMethodsFailed' });
    expect(JSON.parse(row.failed_attempts!)).toEqual([{ method: 'post', attemptedOn: china().slice(0, 10), result: '邮件被退回（查无此人）' }]);
    expect((await lastAudit(s, 5)).map((a) => a.action)).toContain('document.serve');
  });
});

describe(`issue 8 legal gates on ${testDb}: required approvals (point 4)`, () => {
  it('issues a 行政处罚决定书 only after the agency head approved it in the approval engine (第五十七条)', async () => {
    const d = await created(officer1, 'penalty-decision-unit', fieldsOf('penalty-decision-unit'), { officerIds: [] });
    const direct = await officer1.post(`/api/documents/${d.id}/issue`, {});
    expect(direct.statusCode).toBe(409);
    // An agency whose chain for the type has no head step: approved by the chief alone, still not issuable.
    const [chain] = (await director.get(`/api/approval-chains?agencyId=${stableId('agency:610200')}&objectType=document:penalty-decision-unit`)).json() as { id: string }[];
    expect((await director.put(`/api/approval-chains/${chain!.id}`, { name: '处罚决定书审批（错误配置）', status: 'active', steps: [{ name: '科室负责人审核', roleCode: 'unitChief', unitMode: 'submitterUnit' }] })).statusCode).toBe(200);
    await approveAll(d.id, [chief]);
    await acceptCitations(d.id);
    const noHead = await officer1.post(`/api/documents/${d.id}/issue`, {});
    expect(noHead.statusCode).toBe(409);
    expect(noHead.json().detail).toMatch(/^行政处罚决定书（单位）须经行政机关负责人（分管领导或局领导）在审批流程中批准后才能签发（行政处罚法第五十七条）/);
    expect((await director.put(`/api/approval-chains/${chain!.id}`, { name: '行政处罚决定书（单位）审批', status: 'active', steps: [{ name: '科室负责人审核', roleCode: 'unitChief', unitMode: 'submitterUnit' }, { name: '法制审核', roleCode: 'legalReviewer' }, { name: '分管领导审批', roleCode: 'deputyLeader' }] })).statusCode).toBe(200);
    const d2 = await created(officer1, 'penalty-decision-unit', fieldsOf('penalty-decision-unit'), { officerIds: [] });
    await approveAll(d2.id, [chief, legal, leader]);
    await acceptCitations(d2.id);
    const issued = await officer1.post(`/api/documents/${d2.id}/issue`, {});
    expect(issued.statusCode, issued.body).toBe(200);
    expect((await lastAudit(s, 1))[0]).toMatchObject({ action: 'document.issue', object_id: d2.id });
  });

  it('lets an urgent on-site measure be issued first and flags it when the head’s approval is missing after 24 hours (行政强制法第十九条)', async () => {
    const d = await created(officer1, 'on-site-measure-decision', fieldsOf('on-site-measure-decision'));
    await acceptCitations(d.id);
    const issued = await officer1.post(`/api/documents/${d.id}/issue`, {});
    expect(issued.statusCode, issued.body).toBe(200);
    expect(issued.json().deadlines.find((x: { key: string }) => x.key === 'approval.agencyHead')).toMatchObject({ met: null, basis: '行政强制法第十九条' });
    expect((await officer1.get('/api/document-flags')).json().map((f: { documentId: string }) => f.documentId)).not.toContain(d.id);

    const other = await created(officer1, 'on-site-measure-decision', fieldsOf('on-site-measure-decision'));
    await acceptCitations(other.id);
    expect((await officer1.post(`/api/documents/${other.id}/issue`, {})).statusCode).toBe(200);
    await approveAll(other.id, [leader]);
    expect((await officer1.get(`/api/documents/${other.id}`)).json().deadlines.find((x: { key: string }) => x.key === 'approval.agencyHead').met).toBe(true);

    const real = s.clock.now();
    s.clock.advance(25 * HOUR);
    try {
      const [o, l] = [await s.as('officer1'), await s.as('leader')];
      const flags = (await o.get('/api/document-flags')).json() as { documentId: string; state: string; message: string }[];
      expect(flags.find((f) => f.documentId === d.id)).toMatchObject({ state: 'overdue', message: expect.stringMatching(/已超过签发后 24 小时内/) });
      expect(flags.map((f) => f.documentId)).not.toContain(other.id);
      expect((await o.get(`/api/documents/${d.id}`)).json().flags).toEqual([{ key: 'approval.overdue', message: expect.any(String) }]);
      await approveAll(d.id, [l], o);
      const late = (await o.get('/api/document-flags')).json() as { documentId: string; state: string }[];
      expect(late.find((f) => f.documentId === d.id)?.state).toBe('late');
      expect((await (await s.as('wy_officer1')).get('/api/document-flags')).json()).toEqual([]);
    } finally {
      s.clock.set(real);
    }
  });

  it('freezes a refused 立案审批表 and archives it with the refusal (Q3)', async () => {
    const d = await created(officer1, 'case-filing-approval', fieldsOf('case-filing-approval'));
    const submitted = await officer1.post(`/api/documents/${d.id}/submit`, { opinion: '建议立案调查' });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const approvalId = submitted.json().approvalId as string;
    expect((await chief.post(`/api/approvals/${approvalId}/reject`, { reason: '不符合立案条件，不予立案' })).statusCode).toBe(200);
    expect((await officer1.get(`/api/documents/${d.id}`)).json()).toMatchObject({ status: 'rejected', can: { edit: false, archive: true } });
    expect((await officer1.patch(`/api/documents/${d.id}`, { title: '改' })).statusCode).toBe(409);
    const archived = await officer1.post(`/api/documents/${d.id}/archive`, {});
    expect(archived.statusCode, archived.body).toBe(200);
    expect(archived.json().status).toBe('archived');
    const [row] = await lastAudit(s, 1);
    expect(row).toMatchObject({ action: 'document.archive', object_id: d.id });
    expect(JSON.parse(row!.detail!)).toMatchObject({ refusal: { opinion: '不符合立案条件，不予立案' } });
  });

  it('keeps one seeded chain per matter (no caseFiling duplicate; the scheme is approved by the planning module)', async () => {
    const list = (await director.get(`/api/approval-chains?agencyId=${stableId('agency:610200')}`)).json() as { objectType: string; status: string }[];
    const active = list.filter((c) => c.status === 'active').map((c) => c.objectType);
    expect(active).toContain('document:case-filing-approval');
    expect(active).toContain('document:inspection-scheme');
    expect(active).not.toContain('caseFiling');
    expect(active).toContain('inspectionScheme');
    expect(active.filter((t) => t === 'document:inspection-scheme')).toHaveLength(1);
  });
});

describe(`issue 8 legal gates on ${testDb}: citations as references (point 5)`, () => {
  it('resolves citations in the version in force on the act’s date, shows the unresolved ones and blocks issue until a reason is recorded', async () => {
    const fields = { ...fieldsOf('penalty-decision-unit'), violatedProvisions: '《中华人民共和国安全生产法》第三十条第一款', penaltyProvisions: '《中华人民共和国安全生产法》第九十七条第（七）项' };
    const d = await created(officer1, 'penalty-decision-unit', fields, { officerIds: [] });
    const now = (await officer1.get(`/api/documents/${d.id}/citations`)).json();
    expect(now).toMatchObject({ actDateSource: 'issueDate', blocking: 0 });
    expect(now.items[0]).toMatchObject({ path: 'violatedProvisions', role: 'violated', resolved: true, refs: [{ versionTag: '2021', provisionId: expect.any(String), kind: 'obligation' }] });
    expect(now.items[1]).toMatchObject({ path: 'penaltyProvisions', resolved: true, rendered: '《中华人民共和国安全生产法》第九十七条第七项', refs: [{ kind: 'penalty' }] });

    const bad = await officer1.put(`/api/documents/${d.id}/citations`, { actDate: '2999-01-01' });
    expect(bad.json().errors[0]).toEqual({ path: 'body.actDate', message: '违法行为发生日期：不能晚于今天' });
    const old = await officer1.put(`/api/documents/${d.id}/citations`, { actDate: '2020-06-01' });
    expect(old.statusCode).toBe(200);
    expect(old.json()).toMatchObject({ actDate: '2020-06-01', actDateSource: 'recorded', blocking: 2 });
    expect(old.json().items[0].message).toMatch(/《中华人民共和国安全生产法》在 2020-06-01 施行的版本不在法律法规库中/);
    expect((await lastAudit(s, 1))[0]).toMatchObject({ action: 'document.citations.update', object_id: d.id });
    const detail = (await officer1.get(`/api/documents/${d.id}`)).json();
    expect(detail.flags.map((f: { key: string }) => f.key)).toEqual(['citation.unresolved', 'citation.unresolved']);

    await approveAll(d.id, [chief, legal, leader]);
    const blocked = await officer1.post(`/api/documents/${d.id}/issue`, {});
    expect(blocked.statusCode).toBe(400);
    expect(blocked.json().errors[0]).toEqual({ path: 'body.fields.violatedProvisions', message: expect.stringMatching(/^引用的法条：.*违法行为发生时（2020-06-01）施行的条款，或记录理由后签发$/) });
    expect((await officer1.put(`/api/documents/${d.id}/citations`, { reasons: { violatedProvisions: '2014年文本尚未录入法律法规库，已人工核对', penaltyProvisions: '同上' } })).json().blocking).toBe(0);
    const issued = await officer1.post(`/api/documents/${d.id}/issue`, {});
    expect(issued.statusCode, issued.body).toBe(200);
    const stored = await s.deps.db.selectFrom('document_citations').selectAll().where('document_id', '=', d.id).orderBy('path').execute();
    expect(stored.map((r) => [r.path, r.resolved, r.reason])).toEqual([['penaltyProvisions', 0, '同上'], ['violatedProvisions', 0, '2014年文本尚未录入法律法规库，已人工核对']]);
  });

  it('stores provision ids and versions at issue and prints the citation as the library cites it', async () => {
    const fields = { ...fieldsOf('penalty-decision-unit'), violatedProvisions: '《中华人民共和国安全生产法》第三十条第一款', penaltyProvisions: '《中华人民共和国安全生产法》第九十七条第（七）项' };
    const d = await created(officer1, 'penalty-decision-unit', fields, { officerIds: [] });
    await approveAll(d.id, [chief, legal, leader]);
    expect((await officer1.post(`/api/documents/${d.id}/issue`, {})).statusCode).toBe(200);
    const stored = await s.deps.db.selectFrom('document_citations').selectAll().where('document_id', '=', d.id).orderBy('path').execute();
    expect(stored).toEqual([
      expect.objectContaining({ path: 'penaltyProvisions', role: 'penalty', resolved: 1, provision_id: stableId('provision:work-safety-law@2021:97.1.7'), law_version_id: stableId('law-version:work-safety-law@2021'), citation: '《中华人民共和国安全生产法》第九十七条第七项' }),
      expect.objectContaining({ path: 'violatedProvisions', role: 'violated', resolved: 1, provision_id: stableId('provision:work-safety-law@2021:30.1') }),
    ]);
    const text = normalise(pdfText((await officer1.get(`/api/documents/${d.id}/pdf`)).rawPayload));
    expect(text).toContain(normalise('第九十七条第七项'));
    expect(text).not.toContain(normalise('第九十七条第（七）项'));
  });

  it('refuses a penalty article (安全生产法第九十九条) as a check item’s legal basis (Q10)', async () => {
    const item = { checklistId: stableId('checklist:general'), unitId: stableId('check-unit:general:signs'), code: 'TC-Q10-01', content: '是否设置安全警示标志', methods: ['onSite'], compliantWording: '已设置', nonCompliantWording: '未设置', onSite: { measure: 'correctOnSite' } };
    const penalty = await officer1.post('/api/check-items', { ...item, basisProvisionIds: [stableId('provision:work-safety-law@2021:99')] });
    expect(penalty.statusCode).toBe(400);
    expect(penalty.json().errors[0]).toEqual({ path: 'body.basisProvisionIds', message: '法律依据：《中华人民共和国安全生产法》第九十九条是罚则（法律责任条款），检查事项的依据应为规定生产经营单位义务的强制性条款（问题解释第10条），请引用其违反的义务性条款' });
    const ok = await officer1.post('/api/check-items', { ...item, basisProvisionIds: [stableId('provision:work-safety-law@2021:35')] });
    expect(ok.statusCode, ok.body).toBe(201);
  });
});
