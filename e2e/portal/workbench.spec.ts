import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { portalLogin } from '../helpers';

/** A second signed-in person in the same test, in a context of their own. */
async function asUser(browser: Browser, username: string): Promise<Page> {
  const use = test.info().project.use;
  const context = await browser.newContext({ baseURL: use.baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await portalLogin(page, username);
  await expect(page.getByRole('heading', { name: '工作台', level: 3 })).toBeVisible();
  return page;
}

/** The API as the signed-in page's user (its session cookie and CSRF token). */
async function apiOf(page: Page): Promise<{ get: (url: string) => Promise<unknown>; post: (url: string, data: object) => Promise<unknown> }> {
  const request: APIRequestContext = page.request;
  const me = (await (await request.get('/api/auth/me')).json()) as { csrfToken: string };
  const headers = { 'x-csrf-token': me.csrfToken };
  const ok = async (res: Awaited<ReturnType<APIRequestContext['get']>>) => {
    expect(res.ok(), await res.text()).toBe(true);
    return res.json() as Promise<unknown>;
  };
  return { get: async (url) => ok(await request.get(url)), post: async (url, data) => ok(await request.post(url, { data, headers })) };
}

/** officer1 drafts a 责令限期整改指令书 for 陕西东铭 and submits it; returns the approval's id and title. */
async function submitRectificationOrder(page: Page, problem: string): Promise<{ approvalId: string; title: string }> {
  const api = await apiOf(page);
  const ents = (await api.get(`/api/enterprises?q=${encodeURIComponent('陕西东铭车辆系统股份有限公司')}`)) as { items: { id: string }[] };
  const officers = (await api.get('/api/officers?pageSize=50')) as { items: { id: string; certNo: string }[] };
  const officerIds = ['61020019001', '61020019002'].map((c) => officers.items.find((o) => o.certNo === c)!.id);
  const draft = (await api.post('/api/documents', {
    typeCode: 'rectification-order', enterpriseId: ents.items[0]!.id, officerIds,
    fields: { problems: [{ description: problem, violatedProvision: '《中华人民共和国消防法》第二十八条', immediate: true }] },
  })) as { id: string };
  const submitted = (await api.post(`/api/documents/${draft.id}/submit`, {})) as { approvalId: string };
  const approval = (await api.get(`/api/approvals/${submitted.approvalId}`)) as { title: string };
  return { approvalId: submitted.approvalId, title: approval.title };
}

test('the approver’s 工作台 lists the pending approval; its page shows the labelled content and the PDF', async ({ page, browser }) => {
  const problem = `二号车间东侧消防通道堆放物料（${Date.now()}）`;
  await portalLogin(page, 'officer1');
  await expect(page.getByRole('heading', { name: '工作台', level: 3 })).toBeVisible();
  const { approvalId, title } = await submitRectificationOrder(page, problem);

  // The chief's 工作台 shows it under 待我审批, with the count.
  const chief = await asUser(browser, 'chief');
  const inbox = chief.locator('[data-section="approvals"]');
  await expect(inbox.getByText('待我审批')).toBeVisible();
  const link = inbox.getByRole('link', { name: title });
  await expect(link).toBeVisible();

  // Clicking through opens the approval page, which loads the document's PDF inside itself.
  const pdf = chief.waitForResponse((r) => r.url().endsWith(`/api/approvals/${approvalId}/pdf`));
  await link.click();
  await expect(chief).toHaveURL(new RegExp(`/approvals/${approvalId}$`));
  await expect(chief.getByRole('heading', { name: title })).toBeVisible();
  const res = await pdf;
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('application/pdf');
  await expect(chief.locator('iframe[title="文书 PDF 预览"]')).toBeVisible();

  // The content is shown field by field under the template's Chinese labels.
  const object = chief.locator('.ant-card').filter({ hasText: '审批对象' });
  await expect(object.getByRole('row', { name: /执法人员/ })).toContainText('王建国');
  await expect(object.getByRole('row', { name: /存在问题/ })).toContainText(`存在问题：${problem}`);
  await expect(object.getByRole('row', { name: /存在问题/ })).toContainText('立即整改：是');
  await expect(object.getByText('主要内容')).toHaveCount(0);

  // Once approved it leaves the 工作台.
  await chief.getByRole('button', { name: '同意' }).click();
  await chief.getByRole('dialog').getByRole('button', { name: '同意' }).click();
  await expect(chief.locator('.ant-tag', { hasText: '已批准' })).toBeVisible();
  await chief.getByRole('navigation', { name: '主菜单' }).getByRole('menuitem', { name: '工作台' }).click();
  await expect(chief.locator('[data-section="approvals"]')).toBeVisible();
  await expect(chief.locator('[data-section="approvals"]').getByRole('link', { name: title })).toHaveCount(0);
  await chief.context().close();
});

test('the legal reviewer’s 工作台 shows the review queue and the officer’s shows its documents to do', async ({ page }) => {
  await portalLogin(page, 'legal');
  await expect(page.getByRole('heading', { name: '工作台', level: 3 })).toBeVisible();
  await expect(page.locator('[data-section="legalReview"]').getByText('待法制审核的检查事项')).toBeVisible();
  await page.getByRole('button', { name: '退出登录' }).click();

  await portalLogin(page, 'officer1');
  await expect(page.getByRole('heading', { name: '工作台', level: 3 })).toBeVisible();
  const docs = page.locator('[data-section="myDocuments"]');
  await expect(docs.getByText('我的文书待办')).toBeVisible();
  await expect(page.locator('[data-section="deadlines"]').getByText('即将到期')).toBeVisible();
  await expect(page.locator('[data-section="legalReview"]')).toHaveCount(0);
});
