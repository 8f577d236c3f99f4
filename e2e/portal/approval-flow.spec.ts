import { expect, test, type Browser, type Page } from '@playwright/test';
import { apiLogin } from '../helpers';

/** A second signed-in person in the same test, in a context of their own. */
async function asUser(browser: Browser, username: string): Promise<Page> {
  const use = test.info().project.use;
  const context = await browser.newContext({ baseURL: use.baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await apiLogin(page, username);
  return page;
}

test('an officer submits a matter, the chief approves it from 待办, the officer sees it approved', async ({ page, browser }) => {
  // Several people, each with their own session, through a whole flow: three times the default
  // budget, so a loaded machine slows it down without failing it (every step still waits for a state).
  test.slow();
  const title = `关于开展涉氨制冷企业专项检查的请示（${Date.now()}）`;

  // officer1 drafts and submits a 通用事项 from 审批中心
  await apiLogin(page, 'officer1');
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: /审批中心/ }).click();
  await expect(page.getByRole('heading', { name: '审批中心' })).toBeVisible();
  await page.getByRole('button', { name: '发起事项审批' }).click();
  await page.getByLabel('事项名称').fill(title);
  await page.getByLabel('事项内容').fill('拟于下周对辖区内 6 家涉氨制冷企业开展专项检查，请审批。');
  await page.getByRole('button', { name: '提交审批' }).click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await expect(page.getByText('科室负责人审批').first()).toBeVisible();
  await expect(page.getByText('陈志强 · 待审批')).toBeVisible();

  // chief finds it in 待办 (with the badge), opens it and approves with an opinion
  const chief = await asUser(browser, 'chief');
  await chief.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: /审批中心/ }).click();
  await expect(chief.getByRole('tab', { name: /待办/ })).toHaveAttribute('aria-selected', 'true');
  const row = chief.getByRole('row', { name: new RegExp(title.replace(/[()（）]/g, '.')) });
  await expect(row).toBeVisible();
  await row.getByRole('link', { name: '办理' }).click();
  await expect(chief.getByRole('heading', { name: title })).toBeVisible();
  await expect(chief.getByText('拟于下周对辖区内 6 家涉氨制冷企业开展专项检查，请审批。').first()).toBeVisible();
  await chief.getByRole('button', { name: '同意' }).click();
  const dialog = chief.getByRole('dialog');
  await dialog.getByLabel('审批意见').fill('同意开展专项检查。');
  await dialog.getByRole('button', { name: '同意' }).click();
  await expect(chief.getByText('已签署同意意见')).toBeVisible();
  await expect(chief.locator('.ant-tag', { hasText: '已批准' })).toBeVisible();
  await expect(chief.getByText('意见：同意开展专项检查。')).toBeVisible();
  await expect(chief.getByRole('button', { name: '同意' })).toHaveCount(0);

  // officer1 sees it approved under 我发起的, and has a notification
  await page.goto('/approvals');
  await page.getByRole('tab', { name: /我发起的/ }).click();
  const mine = page.getByRole('row', { name: new RegExp(title.replace(/[()（）]/g, '.')) });
  await expect(mine.getByText('已批准')).toBeVisible();
  await page.getByRole('button', { name: /通知（1 条未读）/ }).click();
  await expect(page.getByText(`“${title}”已批准`)).toBeVisible();
  await chief.context().close();
});
