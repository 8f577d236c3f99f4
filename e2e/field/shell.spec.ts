import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../helpers';

/**
 * The field app shell at /m/ (issue 2): login, 我的任务 / 我的, the web app manifest, the service
 * worker, and reloading the app while offline. Needs a build: `cd apps/field && npx vite build`.
 */

async function fieldLogin(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/m/');
  await expect(page).toHaveURL(/\/m\/login$/);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
}

/** Every URL in the service worker's caches. */
function cachedUrls(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) for (const req of await (await caches.open(name)).keys()) urls.push(req.url);
    return urls;
  });
}

test('officer1 logs in, the shell installs, and it reloads offline', async ({ page, context }) => {
  await fieldLogin(page, 'officer1');

  await expect(page).toHaveURL(/\/m\/$/);
  await expect(page.getByRole('heading', { name: '我的任务' })).toBeVisible();
  await expect(page.getByText('暂无任务')).toBeVisible();
  await expect(page.getByTestId('officer-name')).toHaveText('王建国');
  await expect(page.getByRole('banner')).toContainText('铜川市应急管理局');
  await expect(page.getByTestId('network-status')).toHaveText('在线');

  // The web app manifest.
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/m/manifest.webmanifest');
  const res = await page.request.get('/m/manifest.webmanifest');
  expect(res.ok()).toBe(true);
  const manifest = (await res.json()) as { name: string; icons: { sizes: string; purpose?: string }[] };
  expect(manifest).toMatchObject({ name: '移动执法', short_name: '移动执法', lang: 'zh-CN', start_url: '/m/', scope: '/m/', display: 'standalone' });
  expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);

  // A service worker with scope /m/ is active and controls this page.
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(new URL(scope).pathname).toBe('/m/');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

  // The shell is precached; no API response is cached, ever.
  const urls = await cachedUrls(page);
  expect(urls.some((u) => new URL(u).pathname === '/m/index.html')).toBe(true);
  expect(urls.filter((u) => new URL(u).pathname.startsWith('/api/'))).toEqual([]);

  // Offline: the reload is served by the service worker and shows the cached officer.
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: '我的任务' })).toBeVisible();
  await expect(page.getByTestId('network-status')).toHaveText('离线');
  await expect(page.getByTestId('officer-name')).toHaveText('王建国');
  await expect(page.getByText(/^当前离线/)).toBeVisible();

  await page.getByRole('link', { name: '我的', exact: true }).click();
  await expect(page).toHaveURL(/\/m\/mine$/);
  await expect(page.getByRole('heading', { name: '我的', exact: true })).toBeVisible();
  await expect(page.getByText('officer1', { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: '我的', exact: true })).toBeVisible();

  // Back online.
  await context.setOffline(false);
  await expect(page.getByTestId('network-status')).toHaveText('在线');
  await expect(page.getByText(/^当前离线/)).toHaveCount(0);
  await page.getByRole('link', { name: '我的任务' }).click();
  await page.reload();
  await expect(page.getByText('暂无任务')).toBeVisible();
  await expect(page.getByTestId('network-status')).toHaveText('在线');
});

test('an expired session goes to the login page with a message', async ({ page }) => {
  await fieldLogin(page, 'officer2');
  await expect(page.getByTestId('officer-name')).toHaveText('刘思远');

  // End the session behind the app's back (as an idle timeout or an admin would).
  const me = (await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string };
  expect((await page.request.post('/api/auth/logout', { headers: { 'x-csrf-token': me.csrfToken } })).ok()).toBe(true);

  await page.reload();
  await expect(page).toHaveURL(/\/m\/login$/);
  await expect(page.getByText('登录已过期，请重新登录')).toBeVisible();
  // The username is remembered; the password never is.
  await expect(page.getByLabel('用户名')).toHaveValue('officer2');
  await expect(page.getByLabel('密码')).toHaveValue('');
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));
  expect(stored).not.toContain(DEMO_PASSWORD);
});

test('wrong password shows a Chinese error; 退出登录 returns to the login page', async ({ page }) => {
  await fieldLogin(page, 'wy_officer1', 'not-the-password');
  await expect(page.getByRole('alert')).toContainText('用户名或密码错误');

  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByTestId('officer-name')).toHaveText('杨帆');

  await page.getByRole('link', { name: '我的', exact: true }).click();
  await page.getByRole('button', { name: '退出登录' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/m\/login$/);
  await expect(page.getByLabel('用户名')).toHaveValue('wy_officer1');
  expect((await page.request.get('/api/auth/me')).status()).toBe(401);
});
