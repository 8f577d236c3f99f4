import { withoutSystemOwned } from '@zhifa/documents';
import { fixtures } from '@zhifa/documents/fixtures/index';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stableId } from '../src/platform/stable-id';
import { startTestServer, testDb, type TestClient, type TestServer } from './test-server';

let s: TestServer;
let officer1: TestClient;
let chief: TestClient;
let wy: TestClient;
let approvalId: string;
const OFFICER_1 = stableId('officer:61020019001');
const OFFICER_2 = stableId('officer:61020019002');

/** The sample 责令限期整改指令书 fields, its 2020 deadlines moved after today (a deadline before the issue date is refused). */
const inDays = (n: number) => new Date(s.clock.now().getTime() + 8 * 3600_000 + n * 86_400_000).toISOString().slice(0, 10);
const rectificationFields = () => {
  const f = withoutSystemOwned('rectification-order', structuredClone(fixtures['rectification-order']!.input.fields) as Record<string, unknown>);
  for (const p of f.problems as { deadline?: string }[]) if (p.deadline) p.deadline = inDays(p.deadline === '2020-07-03' ? 30 : 45);
  return f;
};

beforeAll(async () => {
  s = await startTestServer();
  [officer1, chief, wy] = (await Promise.all(['officer1', 'chief', 'wy_officer1'].map((u) => s.as(u)))) as [TestClient, TestClient, TestClient];
  const ents = (await officer1.get(`/api/enterprises?q=${encodeURIComponent('陕西东铭车辆系统股份有限公司')}`)).json() as { items: { id: string }[] };
  const draft = await officer1.post('/api/documents', { typeCode: 'rectification-order', enterpriseId: ents.items[0]!.id, officerIds: [OFFICER_1, OFFICER_2], fields: rectificationFields() });
  expect(draft.statusCode, draft.body).toBe(201);
  const sub = await officer1.post(`/api/documents/${draft.json().id}/submit`, {});
  expect(sub.statusCode, sub.body).toBe(200);
  approvalId = sub.json().approvalId;
});
afterAll(async () => s?.close());

describe(`approval page content on ${testDb}`, () => {
  it('shows the approver the document content under its Chinese field labels, not a run-on summary', async () => {
    const d = (await chief.get(`/api/approvals/${approvalId}`)).json() as { object: { fields: { label: string; value: string }[]; pdfUrl: string | null } };
    const labels = d.object.fields.map((f) => f.label);
    expect(labels).toEqual(expect.arrayContaining(['当事人', '执法人员', '存在问题']));
    expect(labels).not.toContain('主要内容');
    expect(labels.every((l) => /[\u4e00-\u9fa5]/.test(l))).toBe(true);
    const problems = d.object.fields.find((f) => f.label === '存在问题')!.value;
    expect(problems).toMatch(/^1\. 存在问题：/);
    expect(problems).toMatch(/立即整改：(是|否)/);
    expect(d.object.pdfUrl).toBe(`/api/approvals/${approvalId}/pdf`);
  });

  it('serves the PDF inline to the participants only: 401 without a session, 404 to others', async () => {
    expect((await s.client().get(`/api/approvals/${approvalId}/pdf`)).statusCode).toBe(401);
    expect((await wy.get(`/api/approvals/${approvalId}/pdf`)).statusCode).toBe(404);
    for (const c of [chief, officer1]) {
      const res = await c.get(`/api/approvals/${approvalId}/pdf`);
      expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(String(res.headers['content-disposition'])).toMatch(/^inline;/);
      expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    }
  });
});
