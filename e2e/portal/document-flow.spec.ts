import { expect, test, type Browser, type Page } from '@playwright/test';
import { apiLogin, closeDropdown, expectDropdownClosed, openDropdown } from '../helpers';

/**
 * Issue 4: an officer drafts a 责令限期整改指令书, the 科室负责人 approves it, the officer issues it
 * (the system gives the number and freezes the signed PDF), and anyone opening the QR code's link
 * sees the document 有效 with its number on the public verification page.
 */

async function asUser(browser: Browser, username: string | null): Promise<Page> {
  const use = test.info().project.use;
  const context = await browser.newContext({ baseURL: use.baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  if (username) await apiLogin(page, username);
  return page;
}

/** Picks an option of an antd Select after typing into it; a single select closes by itself. */
async function pick(page: Page, label: string, search: string, option: string | RegExp, { multiple = false } = {}): Promise<void> {
  await page.getByLabel(label).click();
  await page.getByLabel(label).fill(search);
  await openDropdown(page).locator('.ant-select-item-option', { hasText: option }).first().click();
  if (multiple) await expect(openDropdown(page).locator('.ant-select-item-option-selected', { hasText: option }).first()).toBeVisible();
  else await expectDropdownClosed(page);
}

test('draft a 责令限期整改指令书, approve it as the chief, issue it, and verify it through its QR link', async ({ page, browser }) => {
  // Several people, each with their own session, through a whole flow: three times the default
  // budget, so a loaded machine slows it down without failing it (every step still waits for a state).
  test.slow();
  const problem = `配电室门口堆放成品包装箱，阻挡安全出口（${Date.now()}）`;

  // officer1 drafts the order (signed in through the API: the login form is not what this tests)
  await apiLogin(page, 'officer1');
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '执法文书' }).click();
  await expect(page.getByRole('heading', { name: '执法文书' })).toBeVisible();
  await page.getByRole('button', { name: '新建文书' }).click();
  await expect(page.getByRole('heading', { name: '新建文书' })).toBeVisible();
  await pick(page, '文书类型', '责令', '责令限期整改指令书');
  await pick(page, '被检查单位 / 当事人', '东铭', '陕西东铭车辆系统股份有限公司');
  // The drafting officer (王建国, officer1's own record) is already chosen; the second is picked.
  await expect(page.locator('.ant-select-selection-item', { hasText: '王建国' })).toBeVisible();
  await pick(page, '执法人员', '刘思远', '刘思远', { multiple: true });
  await closeDropdown(page);
  await page.getByLabel('存在问题').fill(problem);
  await page.getByLabel('违反条款').fill('《中华人民共和国安全生产法》第四十二条第二款');
  // Enter in the 整改期限 date field confirms the date and does not submit the draft (issue 7 §16).
  const deadline = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel('整改期限').click();
  await page.getByLabel('整改期限').fill(deadline);
  await page.getByLabel('整改期限').press('Enter');
  await expect(page.getByLabel('整改期限')).toHaveValue(deadline);
  await expect(page.getByRole('heading', { name: '新建文书' })).toBeVisible();
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/documents') && r.request().method() === 'POST');
  await page.getByRole('button', { name: '保存草稿' }).click();
  expect((await saved).status()).toBe(201);
  await expect(page.getByRole('heading', { name: /责令限期整改指令书（陕西东铭车辆系统股份有限公司）/ })).toBeVisible();
  await expect(page.getByText('签发时由系统生成')).toBeVisible();

  // …submits it for approval
  await page.getByRole('button', { name: '提交审批' }).click();
  await expect(page.getByText('已提交审批')).toBeVisible();
  await expect(page.locator('.ant-tag', { hasText: '审批中' }).first()).toBeVisible();

  // the chief approves it from 待办
  const chief = await asUser(browser, 'chief');
  await chief.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: /审批中心/ }).click();
  const row = chief.getByRole('row', { name: /责令限期整改指令书（陕西东铭车辆系统股份有限公司）/ }).first();
  await row.getByRole('link', { name: '办理' }).click();
  await expect(chief.getByText(problem, { exact: false }).first()).toBeVisible();
  await chief.getByRole('button', { name: '同意' }).click();
  const dialog = chief.getByRole('dialog');
  await dialog.getByLabel('审批意见').fill('同意签发。');
  await dialog.getByRole('button', { name: '同意' }).click();
  await expect(chief.locator('.ant-tag', { hasText: '已批准' })).toBeVisible();
  await chief.context().close();

  // officer1 issues it: the number comes from the system
  await page.reload();
  await expect(page.locator('.ant-tag', { hasText: '已批准待签发' }).first()).toBeVisible();
  await page.getByRole('button', { name: '签发' }).click();
  const issued = page.waitForResponse((r) => /\/api\/documents\/[^/]+\/issue$/.test(r.url()));
  await page.getByRole('dialog').getByRole('button', { name: '确认签发' }).click();
  const res = await issued;
  expect(res.status(), await res.text()).toBe(200);
  const { number, verifyUrl } = (await res.json()) as { number: string; verifyUrl: string };
  expect(number).toMatch(/^铜应急责改〔\d{4}〕\d+号$/);
  await expect(page.locator('.ant-tag', { hasText: '已签发' }).first()).toBeVisible();
  await expect(page.getByText(number).first()).toBeVisible();
  const link = page.getByRole('link', { name: verifyUrl });
  await expect(link).toBeVisible();

  // anyone opening the QR code's link (no login) sees it valid, with its number
  const visitor = await asUser(browser, null);
  await visitor.goto(new URL(verifyUrl).pathname);
  await expect(visitor.getByText('有效', { exact: true })).toBeVisible();
  await expect(visitor.getByText(number)).toBeVisible();
  await expect(visitor.getByText('SM2 签名验证通过')).toBeVisible();
  // an organisation's name is public: shown in full so the recipient can confirm the party
  await expect(visitor.getByText('陕西东铭车辆系统股份有限公司', { exact: true })).toBeVisible();
  await visitor.context().close();
});
