import { expect, test, type Browser, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { portalLogin } from '../helpers';

/**
 * Issue 8: an officer drafts a 立案审批表 through the form generated from its field schema (no
 * JSON, no sample case), submits it with the 承办人意见, the 科室负责人 and the 分管领导 approve it
 * with their opinions, the officer issues it, and the issued PDF carries the real approvers' names
 * and opinions in its cells (read back with pdftotext).
 */

async function asUser(browser: Browser, username: string): Promise<Page> {
  const use = test.info().project.use;
  const context = await browser.newContext({ baseURL: use.baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await portalLogin(page, username);
  await expect(page.getByRole('heading', { name: '工作台' })).toBeVisible();
  return page;
}

async function pick(page: Page, label: string, search: string, option: string | RegExp): Promise<void> {
  await page.getByLabel(label).click();
  await page.getByLabel(label).fill(search);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
}

/** Approves the 立案审批表 from 待办 with an opinion. */
async function approveFromInbox(browser: Browser, username: string, opinion: string): Promise<void> {
  const p = await asUser(browser, username);
  await p.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: /审批中心/ }).click();
  const row = p.getByRole('row', { name: /立案审批表（陕西东铭车辆系统股份有限公司）/ }).first();
  await row.getByRole('link', { name: '办理' }).click();
  await p.getByRole('button', { name: '同意' }).click();
  const dialog = p.getByRole('dialog');
  await dialog.getByLabel('审批意见').fill(opinion);
  await dialog.getByRole('button', { name: '同意' }).click();
  await expect(p.getByText(`意见：${opinion}`)).toBeVisible();
  await p.context().close();
}

test('draft a 立案审批表 through the generated form, approve it as 科室负责人 and 分管领导, issue it, and read the approvers back from the PDF', async ({ page, browser }) => {
  // Three people sign in one after the other; on a loaded machine that is more than the default minute.
  test.setTimeout(180_000);
  const caseName = `涉嫌未按规定对从业人员进行安全生产教育和培训（${Date.now()}）`;
  await portalLogin(page, 'officer1');
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '执法文书' }).click();
  await page.getByRole('button', { name: '新建文书' }).click();
  await expect(page.getByRole('heading', { name: '新建文书' })).toBeVisible();
  await pick(page, '文书类型', '立案', '立案审批表');

  // The form comes from the schema: labelled fields, empty — no JSON, no sample case.
  await expect(page.getByLabel('案件来源')).toBeVisible();
  await expect(page.getByText('文书字段（JSON）')).toHaveCount(0);
  await expect(page.getByLabel('案件来源')).toHaveValue('');
  await expect(page.getByLabel('简要案情及立案理由')).toHaveValue('');
  await expect(page.getByText('张建国')).toHaveCount(0);
  await expect(page.getByText('（待审批后自动填写）')).toHaveCount(3);
  // The drafting officer is known to the system and already chosen.
  await expect(page.locator('.ant-select-selection-item', { hasText: '王建国' })).toBeVisible();

  await pick(page, '被检查单位 / 当事人', '东铭', '陕西东铭车辆系统股份有限公司');
  await page.getByLabel('案件来源').fill('日常执法检查中发现');
  // Enter in a date field confirms the date; it does not submit the draft.
  let posted = false;
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith('/api/documents')) posted = true;
  });
  await page.getByLabel('受案日期').click();
  await page.getByLabel('受案日期').fill('2026-12-01');
  await page.getByLabel('受案日期').press('Enter');
  await expect(page.getByLabel('受案日期')).toHaveValue('2026-12-01');
  await page.getByLabel('案由').fill(caseName);
  await page.getByLabel('案由').press('Enter');
  expect(posted).toBe(false);
  await page.getByLabel('简要案情及立案理由').fill('检查发现该公司涂装车间3名新上岗员工未经安全生产教育和培训即上岗作业，涉嫌违反安全生产法第二十八条。');

  // Two officers are required before saving.
  await page.getByRole('button', { name: '保存草稿' }).click();
  await expect(page.getByText('请选择两名执法人员')).toBeVisible();
  expect(posted).toBe(false);
  await pick(page, '执法人员', '刘思远', '刘思远');
  await page.keyboard.press('Escape');
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/documents') && r.request().method() === 'POST');
  await page.getByRole('button', { name: '保存草稿' }).click();
  const created = await saved;
  expect(created.status(), await created.text()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  await expect(page.getByRole('heading', { name: /立案审批表（陕西东铭车辆系统股份有限公司）/ })).toBeVisible();

  // Submit with the 承办人意见.
  await page.getByRole('button', { name: '提交审批' }).click();
  const submitDialog = page.getByRole('dialog');
  await submitDialog.getByLabel('承办人意见').fill('建议立案调查。');
  await submitDialog.getByRole('button', { name: '提交审批' }).click();
  await expect(page.getByText('已提交审批')).toBeVisible();

  await approveFromInbox(browser, 'chief', '同意立案，请抓紧调查取证。');
  await approveFromInbox(browser, 'leader', '同意立案。');

  // officer1 issues it.
  await page.reload();
  await expect(page.locator('.ant-tag', { hasText: '已批准待签发' }).first()).toBeVisible();
  await page.getByRole('button', { name: '签发' }).click();
  const issued = page.waitForResponse((r) => /\/api\/documents\/[^/]+\/issue$/.test(r.url()));
  await page.getByRole('dialog').getByRole('button', { name: '确认签发' }).click();
  const res = await issued;
  expect(res.status(), await res.text()).toBe(200);
  await expect(page.locator('.ant-tag', { hasText: '已签发' }).first()).toBeVisible();
  // The detail page shows the content labelled, with the opinions the approvals filled in.
  await expect(page.getByText(/^同意立案，请抓紧调查取证。（陈志强，\d{4}-\d{2}-\d{2}）$/)).toBeVisible();
  await expect(page.getByText(/^同意立案。（赵国栋，/)).toBeVisible();

  // The issued PDF carries the real people and opinions in the approval cells.
  const pdf = await page.request.get(`/api/documents/${id}/pdf`);
  expect(pdf.status()).toBe(200);
  const dir = mkdtempSync(join(tmpdir(), 'zhifa-e2e-'));
  writeFileSync(join(dir, 'filing.pdf'), await pdf.body());
  const text = execFileSync('pdftotext', ['-layout', join(dir, 'filing.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  for (const expected of ['建议立案调查。', '王建国', '同意立案，请抓紧调查取证。', '陈志强', '同意立案。', '赵国栋', '日常执法检查中发现']) expect(text).toContain(expected);
  for (const sample of ['张建国', '李明', '刘卫东', '2024年3月12日']) expect(text).not.toContain(sample);
});
