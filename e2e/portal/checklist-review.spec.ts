import { expect, test } from '@playwright/test';
import { apiLogin, portalLogin } from '../helpers';

/**
 * Issue 3 §7 (seed 001 Q10): an officer adds a local item; it cannot go to review without a legal
 * provision; with one it goes to the 法制审核员, who approves it; it is then published.
 */
test('a local check item needs a legal provision and the legal reviewer\'s approval to be published', async ({ page }) => {
  // Several people, each with their own session, through a whole flow: three times the default
  // budget, so a loaded machine slows it down without failing it (every step still waits for a state).
  test.slow();
  await apiLogin(page, 'officer1');
  await expect(page.getByRole('heading', { name: '工作台', level: 3 })).toBeVisible();
  await page.goto('/check-items/new');
  await expect(page.getByRole('heading', { name: '新增本地检查事项' })).toBeVisible();

  await page.getByLabel('检查表').click();
  await page.getByTitle('生产经营单位安全生产主体责任通用检查事项').click();
  await page.getByLabel('检查单元').click();
  await page.getByTitle('安全风险分级管控和隐患排查治理').click();
  await page.getByLabel('事项编号').fill('E2E-01');
  await page.getByLabel('检查内容', { exact: true }).fill('是否每班清扫粉碎机房积尘并记录（端到端测试）');
  await page.getByLabel('符合情形', { exact: true }).fill('每班清扫并有记录');
  await page.getByLabel('不符合情形').fill('粉碎机房积尘未按班清扫');
  await page.getByRole('button', { name: '保存草稿' }).click();

  await expect(page.getByRole('heading', { name: 'E2E-01 检查事项', level: 3 })).toBeVisible();
  await page.getByRole('button', { name: '提交法制审核' }).click();
  const refusal = page.getByRole('dialog').filter({ hasText: '不能提交法制审核' });
  await expect(refusal).toContainText('须至少引用一条法律、法规或规章的强制性条款作为依据');
  await refusal.getByRole('button', { name: /知道了|确\s*定|OK/ }).click();

  await page.getByRole('button', { name: '修改' }).click();
  await page.getByLabel('法律依据（检查依据）').fill('隐患排查治理制度');
  await page.getByTitle(/第四十一条第二款/).first().click();
  await page.getByRole('button', { name: '保存草稿' }).click();
  await expect(page.getByRole('row', { name: /检查依据/ })).toContainText('《中华人民共和国安全生产法》第四十一条第二款');
  await page.getByRole('button', { name: '提交法制审核' }).click();
  await expect(page.getByText(/由 王建国 提交法制审核/)).toBeVisible();
  await expect(page.getByRole('button', { name: '通过' })).toHaveCount(0);

  await page.getByRole('button', { name: '退出登录' }).click();
  await portalLogin(page, 'legal');
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('menuitem', { name: '法制审核' }).click();
  // The queue shows the legal basis the reviewer checks: the citation and the provision's text.
  const card = page.locator('.review-card').filter({ hasText: 'E2E-01' });
  await expect(card.getByRole('row', { name: /检查依据/ })).toContainText('《中华人民共和国安全生产法》第四十一条第二款');
  await card.getByRole('button', { name: '通过' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '通过并发布' }).click();
  await expect(page.getByText('没有待审核的检查事项')).toBeVisible();

  await page.goto('/check-items?q=E2E-01');
  await expect(page.getByRole('row', { name: /E2E-01/ }).getByText('已发布')).toBeVisible();
});
