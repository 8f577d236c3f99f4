import type { Page } from '@playwright/test';

export const DEMO_PASSWORD = 'Zhifa@2020';

/** Logs in through the portal's login form. */
export async function portalLogin(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
}
