import { expect, test } from '@playwright/test';
import { portalLogin } from '../helpers';

test('an officer opening 用户管理 by its address gets the 403 page', async ({ page }) => {
  await portalLogin(page, 'officer1');
  await expect(page.getByRole('heading', { name: '工作台', level: 3 })).toBeVisible();
  await expect(page.getByRole('navigation', { name: '主菜单' }).getByRole('menuitem', { name: '用户管理' })).toHaveCount(0);

  await page.goto('/users');
  await expect(page.getByText('无权访问')).toBeVisible();
  await expect(page.getByText('您的角色没有访问此页面的权限')).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);

  await page.getByRole('button', { name: '返回工作台' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { name: '工作台', level: 3 })).toBeVisible();
});

test('a visitor without a session is sent to the login page and back after signing in', async ({ page }) => {
  await page.goto('/profile');
  await expect(page).toHaveURL(/\/login$/);
  await page.getByLabel('用户名').fill('officer2');
  await page.getByLabel('密码').fill('Zhifa@2020');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/\/profile$/);
  await expect(page.getByRole('heading', { name: '个人设置' })).toBeVisible();
});

test('a wrong password is explained in Chinese', async ({ page }) => {
  await portalLogin(page, 'officer2', 'Wrong@2020');
  await expect(page.getByRole('alert')).toContainText('用户名或密码错误');
  await expect(page).toHaveURL(/\/login$/);
});
