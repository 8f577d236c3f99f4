import { withoutSystemOwned } from '@zhifa/documents';
import { fixtures } from '@zhifa/documents/fixtures/index';
import type { Workbench, WorkbenchSection } from '@zhifa/shared/contract/workbench';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stableId } from '../src/platform/stable-id';
import { startTestServer, testDb, type TestClient, type TestServer } from './test-server';

let s: TestServer;
let officer1: TestClient;
let chief: TestClient;
let legal: TestClient;
let admin: TestClient;
let auditor: TestClient;
let wy: TestClient;
let yt: TestClient;
let dongming: string;
const OFFICER_1 = stableId('officer:61020019001');
const OFFICER_2 = stableId('officer:61020019002');

async function workbench(c: TestClient): Promise<Workbench> {
  const res = await c.get('/api/workbench');
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Workbench;
}
const section = (w: Workbench, key: string): WorkbenchSection | undefined => w.sections.find((x) => x.key === key);
const keys = (w: Workbench) => w.sections.map((x) => x.key);

beforeAll(async () => {
  s = await startTestServer();
  [officer1, chief, legal, admin, auditor, wy, yt] = (await Promise.all(['officer1', 'chief', 'legal', 'admin', 'auditor', 'wy_officer1', 'yt_officer1'].map((u) => s.as(u)))) as [TestClient, TestClient, TestClient, TestClient, TestClient, TestClient, TestClient];
  const ents = (await officer1.get(`/api/enterprises?q=${encodeURIComponent('陕西东铭车辆系统股份有限公司')}`)).json() as { items: { id: string }[] };
  dongming = ents.items[0]!.id;
});
afterAll(async () => s?.close());

describe(`workbench on ${testDb}`, () => {
  it('answers 401 without a session, revealing nothing', async () => {
    const res = await s.client().get('/api/workbench');
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).not.toContain('sections');
  });

  it('shows each role the sections of its own work, in Chinese', async () => {
    const [o, c, l, a, au] = (await Promise.all([officer1, chief, legal, admin, auditor].map(workbench))) as [Workbench, Workbench, Workbench, Workbench, Workbench];
    expect(keys(o)).toEqual(expect.arrayContaining(['approvalsReturned', 'myDocuments', 'deadlines']));
    expect(keys(o)).not.toContain('legalReview');
    expect(keys(c)).toContain('approvals');
    expect(keys(l)).toContain('legalReview');
    // 三员: administrators see their administration to-dos and no enforcement data.
    expect(keys(a)).toContain('lockedAccounts');
    expect(keys(a)).not.toEqual(expect.arrayContaining(['approvals']));
    expect(keys(a).some((k) => ['approvals', 'myDocuments', 'deadlines', 'legalReview'].includes(k))).toBe(false);
    expect(keys(au)).toEqual(['auditChain', 'loginFailures']);
    for (const w of [o, c, l, a, au]) for (const x of w.sections) expect(x.title).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('lists an approval waiting for the approver, with the count the approval inbox has', async () => {
    const before = section(await workbench(chief), 'approvals')!.count;
    const res = await officer1.post('/api/approval-matters', { title: '工作台测试：关于开展涉氨制冷专项检查的请示', content: '拟开展专项检查，请审批。', submit: true });
    expect(res.statusCode, res.body).toBe(201);
    const approvalId = res.json().approvalId as string;
    const w = section(await workbench(chief), 'approvals')!;
    expect(w.count).toBe(before + 1);
    expect(w.count).toBe((await chief.get('/api/approvals/counts')).json().todo);
    expect(w.items[0]).toMatchObject({ title: '工作台测试：关于开展涉氨制冷专项检查的请示', href: `/approvals/${approvalId}`, subtitle: expect.stringContaining('通用事项审批') });
    expect(w.items.length).toBeLessThanOrEqual(5);
    // Nobody else's inbox shows it: the submitter, and an officer of a district.
    expect(section(await workbench(officer1), 'approvals')?.items.some((i) => i.href === `/approvals/${approvalId}`) ?? false).toBe(false);
    expect(section(await workbench(wy), 'approvals')?.items.some((i) => i.href === `/approvals/${approvalId}`) ?? false).toBe(false);
  });

  it('lists my drafts and documents to serve, and the service deadline; others (another district) do not see them', async () => {
    const before = section(await workbench(officer1), 'myDocuments')!.count;
    const draft = await officer1.post('/api/documents', { typeCode: 'inquiry-notice', enterpriseId: dongming, officerIds: [OFFICER_1, OFFICER_2], fields: {} });
    expect(draft.statusCode, draft.body).toBe(201);
    const measure = await officer1.post('/api/documents', { typeCode: 'on-site-measure-decision', enterpriseId: dongming, officerIds: [OFFICER_1, OFFICER_2], fields: withoutSystemOwned('on-site-measure-decision', structuredClone(fixtures['on-site-measure-decision']!.input.fields) as Record<string, unknown>) });
    expect(measure.statusCode, measure.body).toBe(201);
    // Issue 8: the sample fields cite provisions the law library does not hold; record a reason for each before issue.
    const open = ((await officer1.get(`/api/documents/${measure.json().id}/citations`)).json().items as { path: string; resolved: boolean }[]).filter((i) => !i.resolved);
    if (open.length) expect((await officer1.put(`/api/documents/${measure.json().id}/citations`, { reasons: Object.fromEntries(open.map((i) => [i.path, '样例数据，测试用'])) })).statusCode).toBe(200);
    const issued = await officer1.post(`/api/documents/${measure.json().id}/issue`, {});
    expect(issued.statusCode, issued.body).toBe(200);

    const mine = await workbench(officer1);
    const docs = section(mine, 'myDocuments')!;
    expect(docs.count).toBe(before + 2);
    expect(docs.items).toEqual(expect.arrayContaining([
      expect.objectContaining({ href: `/documents/${draft.json().id}`, subtitle: '草稿待完成' }),
      expect.objectContaining({ href: `/documents/${measure.json().id}`, subtitle: '已签发，待送达' }),
    ]));
    const deadline = section(mine, 'deadlines')!.items.find((i) => i.href === `/documents/${measure.json().id}`);
    expect(deadline).toMatchObject({ subtitle: expect.stringContaining('送达期限'), due: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), overdue: false });

    for (const other of [wy, yt]) {
      const w = await workbench(other);
      const hrefs = w.sections.flatMap((x) => x.items.map((i) => i.href));
      expect(hrefs).not.toContain(`/documents/${draft.json().id}`);
      expect(hrefs).not.toContain(`/documents/${measure.json().id}`);
    }
  });

  it('counts the check items waiting for legal review in the reviewer’s scope', async () => {
    const w = section(await workbench(legal), 'legalReview')!;
    const inbox = (await legal.get('/api/check-items/review-inbox')).json() as { id: string }[];
    expect(w.count).toBe(inbox.length);
    expect(w.items.map((i) => i.href)).toEqual(inbox.slice(0, 5).map((i) => `/check-items/${i.id}`));
  });

  it('shows the system administrator a locked account, and the auditor an unverified chain until it is verified', async () => {
    const before = section(await workbench(admin), 'lockedAccounts')!.count;
    const users = (await admin.get('/api/users?q=officer2')).json() as { items: { id: string; username: string }[] };
    const officer2 = users.items.find((u) => u.username === 'officer2')!;
    const lock = await admin.post(`/api/users/${officer2.id}/lock`, {});
    expect(lock.statusCode, lock.body).toBe(200);
    const locked = section(await workbench(admin), 'lockedAccounts')!;
    expect(locked.count).toBe(before + 1);
    expect(locked.items.map((i) => i.title)).toContain('刘思远（officer2）');

    expect(section(await workbench(auditor), 'auditChain')).toMatchObject({ count: 1, items: [{ title: '从未校验审计日志哈希链' }] });
    expect((await auditor.post('/api/audit/verify', {})).statusCode).toBe(200);
    expect(section(await workbench(auditor), 'auditChain')).toMatchObject({ count: 0, items: [] });
  });
});
