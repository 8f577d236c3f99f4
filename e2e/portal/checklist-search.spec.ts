import { expect, test } from '@playwright/test';
import { apiLogin } from '../helpers';

/**
 * Issue 3 §9/§11: search a check item from the header, open it, open its legal basis — the
 * provision page shows the text and the items that cite it.
 */
test('searching 粉尘 finds the dust item; its legal basis opens the provision text', async ({ page }) => {
  await apiLogin(page, 'officer1');
  await expect(page.getByRole('heading', { name: '工作台', level: 3 })).toBeVisible();

  const box = page.getByRole('searchbox', { name: '全局搜索' }).or(page.getByLabel('全局搜索'));
  await box.first().fill('粉尘');
  await box.first().press('Enter');
  await expect(page).toHaveURL(/\/search\?q=%E7%B2%89%E5%B0%98/);

  const items = page.getByTestId('search-group-checkItem');
  await expect(items.getByText(/^检查事项（\d+）$/)).toBeVisible();
  await expect(page.getByTestId('search-group-provision')).toBeVisible();
  const hit = items.getByRole('link', { name: /^粉-02 干式除尘系统/ });
  await expect(items.locator('mark').first()).toHaveText('粉尘');
  await hit.click();

  await expect(page.getByRole('heading', { name: '粉-02 检查事项', level: 3 })).toBeVisible();
  await expect(page.getByText('干式除尘系统是否采取泄爆、惰化、抑爆等任一种爆炸防控措施')).toBeVisible();
  const basis = page.getByRole('row', { name: /检查依据/ }).getByRole('link', { name: /《中华人民共和国安全生产法》第三十六条/ });
  await basis.click();

  await expect(page.getByRole('heading', { name: '《中华人民共和国安全生产法》第三十六条第一款', level: 3 })).toBeVisible();
  await expect(page.getByTestId('provision-text')).toContainText('安全设备的设计、制造、安装、使用、检测、维修、改造和报废，应当符合国家标准或者行业标准');
  await expect(page.getByRole('link', { name: '粉-02' })).toBeVisible();
});
