import { normalise, pdfText } from '@zhifa/documents/test-support/pdf-text';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stableId } from '../src/platform/stable-id';
import { lastAudit, startTestServer, testDb, type TestClient, type TestServer } from './test-server';

/**
 * Issue 8 points 1–2 and issue 7 point 2: a draft's fields are checked against its type's schema
 * (unknown keys, sizes, nesting, fields the system fills), a new draft starts with only what the
 * system knows, and the approval engine writes the opinion cells of a 审批表.
 */

let s: TestServer;
let officer1: TestClient;
let chief: TestClient;
let leader: TestClient;
let dongming: string;
const OFFICER_1 = stableId('officer:61020019001'); // 王建国 (officer1)
const OFFICER_2 = stableId('officer:61020019002'); // 刘思远 (officer2)

const filing = {
  caseSource: '日常执法检查中发现',
  receivedOn: '2026-12-01',
  caseName: '涉嫌未按规定对从业人员进行安全生产教育和培训',
  summary: '检查发现该公司涂装车间3名新上岗员工未经安全生产教育和培训即上岗作业，涉嫌违反安全生产法第二十八条。',
};

async function draftFiling(fields: Record<string, unknown> = filing) {
  const res = await officer1.post('/api/documents', { typeCode: 'case-filing-approval', enterpriseId: dongming, officerIds: [OFFICER_1, OFFICER_2], fields });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; fields: Record<string, unknown> };
}

const errorsOf = (res: { json(): unknown }) => (res.json() as { errors: { path: string; message: string }[] }).errors;

beforeAll(async () => {
  s = await startTestServer();
  [officer1, chief, leader] = await Promise.all([s.as('officer1'), s.as('chief'), s.as('leader')]);
  const ents = (await officer1.get(`/api/enterprises?q=${encodeURIComponent('陕西东铭车辆系统股份有限公司')}`)).json() as { items: { id: string }[] };
  dongming = ents.items[0]!.id;
});
afterAll(async () => s?.close());

describe(`document form on ${testDb}`, () => {
  it('answers 401 without a session, 403 without the drafting permission, 404 for an unknown type', async () => {
    expect((await s.client().get('/api/document-types/case-filing-approval/form')).statusCode).toBe(401);
    expect((await (await s.as('admin')).get('/api/document-types/case-filing-approval/form')).statusCode).toBe(403);
    expect((await officer1.get('/api/document-types/no-such-type/form')).statusCode).toBe(404);
  });

  it('serves the form of a type and a new draft holding only what the system knows — never sample data', async () => {
    const res = await officer1.get('/api/document-types/case-filing-approval/form');
    expect(res.statusCode, res.body).toBe(200);
    const form = res.json() as { typeName: string; fields: { key: string; label: string; kind: string; systemOwned?: string }[]; draft: Record<string, unknown> };
    expect(form.typeName).toBe('立案审批表');
    expect(form.fields.map((f) => [f.key, f.label, f.kind, f.systemOwned ?? null])).toEqual([
      ['caseSource', '案件来源', 'text', null],
      ['receivedOn', '受案日期', 'date', null],
      ['caseName', '案由', 'text', null],
      ['summary', '简要案情及立案理由', 'text', null],
      ['handlerOpinion', '承办人意见', 'group', 'approval'],
      ['reviewOpinion', '审核意见', 'group', 'approval'],
      ['approvalOpinion', '审批意见', 'group', 'approval'],
    ]);
    expect(form.draft).toEqual({ fields: {}, officerIds: [OFFICER_1], agencyName: '铜川市应急管理局', today: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(res.body).not.toMatch(/东铭|张建国|李明|刘卫东|陈志强|2024-03-12/);

    const report = (await officer1.get('/api/document-types/hearing-report/form')).json() as { draft: { fields: Record<string, unknown>; today: string } };
    expect(report.draft.fields).toEqual({ reportedOn: report.draft.today });
    // The template info no longer hands out the sample case for drafting.
    expect((await officer1.get('/api/document-types/case-filing-approval/templates')).json()).not.toHaveProperty('exampleFields');
  });
});

describe(`document fields on ${testDb}: validated against the type's schema`, () => {
  it('refuses unknown keys, at any level, with the field path', async () => {
    const res = await officer1.post('/api/documents', { typeCode: 'case-filing-approval', enterpriseId: dongming, officerIds: [OFFICER_1, OFFICER_2], fields: { ...filing, junk: 'x' } });
    expect(res.statusCode).toBe(400);
    expect(errorsOf(res)).toEqual([{ path: 'body.fields.junk', message: '文书内容：没有“junk”这一项，不能填写模板以外的内容' }]);
    const nested = await officer1.post('/api/documents', {
      typeCode: 'rectification-order', enterpriseId: dongming, officerIds: [OFFICER_1, OFFICER_2],
      fields: { problems: [{ description: '配电箱前堆放杂物', immediate: true, extra: { a: 1 } }] },
    });
    expect(errorsOf(nested)).toEqual([{ path: 'body.fields.problems.0.extra', message: '存在问题：没有“extra”这一项，不能填写模板以外的内容' }]);
    const d = await draftFiling();
    const patched = await officer1.patch(`/api/documents/${d.id}`, { fields: { ...filing, other: 1 } });
    expect(patched.statusCode).toBe(400);
    expect(errorsOf(patched)[0]?.path).toBe('body.fields.other');
  });

  it('refuses typed approval opinions: the approval engine fills them', async () => {
    const typed = { ...filing, reviewOpinion: { opinion: '同意立案。', signer: '刘卫东', date: '2024-03-12' } };
    const res = await officer1.post('/api/documents', { typeCode: 'case-filing-approval', enterpriseId: dongming, officerIds: [OFFICER_1, OFFICER_2], fields: typed });
    expect(res.statusCode).toBe(400);
    expect(errorsOf(res)).toEqual([{ path: 'body.fields.reviewOpinion', message: '审核意见：由审批流程自动填写，不能手工填写' }]);
    const d = await draftFiling();
    const patched = await officer1.patch(`/api/documents/${d.id}`, { fields: { ...filing, approvalOpinion: { opinion: '同意', signer: '陈志强', date: '2024-03-12' } } });
    expect(errorsOf(patched)).toEqual([{ path: 'body.fields.approvalOpinion', message: '审批意见：由审批流程自动填写，不能手工填写' }]);
  });

  it('bounds sizes and nesting with a clean 400, never a 500', async () => {
    const long = await officer1.post('/api/documents', { typeCode: 'case-filing-approval', enterpriseId: dongming, officerIds: [OFFICER_1, OFFICER_2], fields: { ...filing, summary: '案'.repeat(3001) } });
    expect(errorsOf(long)).toEqual([{ path: 'body.fields.summary', message: '简要案情及立案理由不能超过 3000 个字符' }]);
    const rows = Array.from({ length: 301 }, () => ({ description: '问题', immediate: true }));
    const many = await officer1.post('/api/documents', { typeCode: 'rectification-order', enterpriseId: dongming, officerIds: [OFFICER_1, OFFICER_2], fields: { problems: rows } });
    expect(errorsOf(many)).toEqual([{ path: 'body.fields.problems', message: '存在问题最多 300 项' }]);

    // Nesting within the request-wide bound (32 levels) but beyond what a document's fields may hold (8).
    const nested = (levels: number) => `{"typeCode":"case-filing-approval","officerIds":["${OFFICER_1}","${OFFICER_2}"],"fields":{"caseSource":${'{"a":'.repeat(levels)}"x"${'}'.repeat(levels)}}}`;
    for (const levels of [10, 20]) {
      const tooDeep = await officer1.request('POST', '/api/documents', nested(levels), { 'content-type': 'application/json' });
      expect(tooDeep.statusCode, tooDeep.body).toBe(400);
      expect(errorsOf(tooDeep)[0]).toEqual({ path: 'body.fields', message: expect.stringMatching(/嵌套层级过深（最多 8 层）/) });
    }
    // 5,000 levels, sent as raw JSON text (the test client would overflow its own stack serialising it):
    // the generic guard refuses it before the fields check, still with a clean 400.
    const hugelyDeep = await officer1.request('POST', '/api/documents', nested(5000), { 'content-type': 'application/json' });
    expect(hugelyDeep.statusCode, hugelyDeep.body).toBe(400);
    expect(errorsOf(hugelyDeep)[0]).toEqual({ path: expect.stringMatching(/^body/), message: '请求内容嵌套过深（最多 32 层）' });
    const big = await officer1.post('/api/documents', { typeCode: 'case-filing-approval', officerIds: [OFFICER_1, OFFICER_2], fields: { junk: 'x'.repeat(300 * 1024) } });
    expect(big.statusCode).toBe(400);
    expect(errorsOf(big)[0]).toEqual({ path: 'body.fields', message: expect.stringMatching(/过大（最多 256 KB）/) });
    const wrongType = await officer1.post('/api/documents', { typeCode: 'case-filing-approval', officerIds: [OFFICER_1, OFFICER_2], fields: { receivedOn: '2026/12/01' } });
    expect(errorsOf(wrongType)).toEqual([{ path: 'body.fields.receivedOn', message: '受案日期格式应为 YYYY-MM-DD' }]);
  });

  it('refuses drafting a 文书送达回执 by hand: the service record generates it', async () => {
    const res = await officer1.post('/api/documents', { typeCode: 'service-receipt', enterpriseId: dongming, officerIds: [OFFICER_1, OFFICER_2], fields: {} });
    expect(res.statusCode).toBe(400);
    expect(errorsOf(res)).toEqual([{ path: 'body.typeCode', message: expect.stringMatching(/^文书类型：文书送达回执在.*登记送达.*不能手工起草$/) }]);
  });

  it('lets a draft be incomplete, and requires the two officers before it is saved', async () => {
    const partial = await officer1.post('/api/documents', { typeCode: 'case-filing-approval', enterpriseId: dongming, officerIds: [OFFICER_1, OFFICER_2], fields: { caseSource: '群众举报' } });
    expect(partial.statusCode, partial.body).toBe(201);
    expect(partial.json().fields).toEqual({ caseSource: '群众举报' });
    expect((partial.json().problems as { path: string }[]).map((p) => p.path)).toEqual(expect.arrayContaining(['body.fields.receivedOn', 'body.fields.summary']));
    const [row] = await lastAudit(s, 1);
    expect(row).toMatchObject({ action: 'document.draft.create', object_id: partial.json().id });

    const noOfficers = await officer1.post('/api/documents', { typeCode: 'case-filing-approval', enterpriseId: dongming, officerIds: [], fields: filing });
    expect(noOfficers.statusCode).toBe(400);
    expect(errorsOf(noOfficers)).toEqual([{ path: 'body.officerIds', message: expect.stringMatching(/^执法人员：保存草稿前须选择两名执法人员/) }]);
    const dropped = await officer1.patch(`/api/documents/${partial.json().id}`, { officerIds: [OFFICER_1] });
    expect(errorsOf(dropped)[0]?.path).toBe('body.officerIds');
  });
});

describe(`approvals fill the 审批表 on ${testDb}`, () => {
  it('prints the real submitter, approvers, opinions and dates; the drafter must give the 承办人意见', async () => {
    const d = await draftFiling();
    const noOpinion = await officer1.post(`/api/documents/${d.id}/submit`, {});
    expect(noOpinion.statusCode).toBe(400);
    expect(errorsOf(noOpinion)).toEqual([{ path: 'body.opinion', message: expect.stringMatching(/^承办人意见：提交审批时请填写承办人意见/) }]);

    const sub = await officer1.post(`/api/documents/${d.id}/submit`, { opinion: '建议立案调查。' });
    expect(sub.statusCode, sub.body).toBe(200);
    const approvalId = sub.json().approvalId as string;
    const today = (await officer1.get('/api/document-types/case-filing-approval/form')).json().draft.today as string;
    expect(sub.json().fields.handlerOpinion).toEqual({ opinion: '建议立案调查。', signer: '王建国', date: today });
    expect(sub.json().fields).not.toHaveProperty('reviewOpinion');

    expect((await chief.post(`/api/approvals/${approvalId}/approve`, { opinion: '同意立案，请抓紧调查取证。' })).statusCode).toBe(200);
    const mid = (await officer1.get(`/api/documents/${d.id}`)).json();
    expect(mid.fields.reviewOpinion).toEqual({ opinion: '同意立案，请抓紧调查取证。', signer: '陈志强', date: today });
    expect(mid.fields).not.toHaveProperty('approvalOpinion');
    expect((await leader.post(`/api/approvals/${approvalId}/approve`, { opinion: '同意立案。由王建国、刘思远承办。' })).statusCode).toBe(200);

    const issued = await officer1.post(`/api/documents/${d.id}/issue`, {});
    expect(issued.statusCode, issued.body).toBe(200);
    expect(issued.json().fields).toMatchObject({
      handlerOpinion: { signer: '王建国', opinion: '建议立案调查。' },
      reviewOpinion: { signer: '陈志强', opinion: '同意立案，请抓紧调查取证。' },
      approvalOpinion: { signer: '赵国栋', opinion: '同意立案。由王建国、刘思远承办。', date: today },
    });
    const [row] = await lastAudit(s, 1);
    expect(row).toMatchObject({ action: 'document.issue', object_id: d.id });
    const pdf = await officer1.get(`/api/documents/${d.id}/pdf`);
    const text = normalise(pdfText(pdf.rawPayload));
    for (const t of ['建议立案调查。', '同意立案，请抓紧调查取证。', '同意立案。由王建国、刘思远承办。', '陈志强', '赵国栋']) expect(text).toContain(normalise(t));
    expect(text).not.toContain('刘卫东');
  });

  it('takes the approver’s decision as it stands: a draft whose approval was withdrawn has no cells', async () => {
    const d = await draftFiling();
    const sub = await officer1.post(`/api/documents/${d.id}/submit`, { opinion: '建议立案。' });
    const approvalId = sub.json().approvalId as string;
    expect((await officer1.post(`/api/approvals/${approvalId}/withdraw`, { reason: '补充材料后再提交' })).statusCode).toBe(200);
    const back = (await officer1.get(`/api/documents/${d.id}`)).json();
    expect(back.status).toBe('draft');
    expect(back.fields).toEqual(filing);
  });
});
