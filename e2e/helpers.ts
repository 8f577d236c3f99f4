import { expect, type Locator, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'Zhifa@2020';

/** Logs in through the portal's login form (for tests where the login screen is what is tested). */
export async function portalLogin(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
}

/**
 * Signs in through the API (the page's context keeps the session cookie) and opens `path`, waiting
 * for the signed-in portal. Faster and steadier under load than the form where the login itself is
 * not what the test is about; the portal reads its CSRF token from /api/auth/me.
 */
export async function apiLogin(page: Page, username: string, path = '/', password = DEMO_PASSWORD): Promise<void> {
  const res = await page.request.post('/api/auth/login', { data: { username, password } });
  expect(res.status(), await res.text()).toBe(200);
  expect(((await res.json()) as { stage: string }).stage).toBe('full');
  await page.goto(path);
  await expect(page.getByRole('navigation', { name: '主菜单' })).toBeVisible();
}

/** The open antd Select dropdown (at most one is open at a time when tests close what they open). */
export const openDropdown = (page: Page): Locator => page.locator('.ant-select-dropdown:visible');

/** Waits until no antd Select dropdown is open any more, so it cannot cover the next control. */
export async function expectDropdownClosed(page: Page): Promise<void> {
  await expect(openDropdown(page)).toHaveCount(0);
}

/** Closes an open multi-select dropdown with Escape and waits until it is gone. */
export async function closeDropdown(page: Page): Promise<void> {
  if ((await openDropdown(page).count()) > 0) await page.keyboard.press('Escape');
  await expectDropdownClosed(page);
}
