import { expect, test, type APIRequestContext } from '@playwright/test';
import { DEMO_PASSWORD } from '../helpers';

/** The officer a draw picked sees the task in 我的任务 at /m/ on a phone; the public page works on the phone too. */

const accounts: Record<string, string> = { 王建国: 'officer1', 刘思远: 'officer2', 陈志强: 'chief' };

async function apiLogin(request: APIRequestContext, username: string): Promise<string> {
  const res = await request.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD } });
  expect(res.ok()).toBe(true);
  return ((await res.json()) as { csrfToken: string }).csrfToken;
}

test('the drawn officer sees the task in 我的任务', async ({ page, playwright }) => {
  const use = test.info().project.use;
  const chief = await playwright.request.newContext({ baseURL: use.baseURL });
  const csrf = await apiLogin(chief, 'chief');
  const headers = { 'x-csrf-token': csrf };
  const officers = ((await (await chief.get('/api/officers?pageSize=100')).json()) as { items: { id: string; name: string }[] }).items;
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

  let drawId = '';
  let pick: { enterprise: string; username: string } | null = null;
  let previousId: string | null = null;
  for (let attempt = 0; attempt < 5 && !pick; attempt++) {
    const c = await chief.post('/api/draws', { headers, data: { title: '移动端任务演示抽查', stratifyBy: 'none', strata: { 全部: 4 }, dueFrom: today, dueTo: `${today.slice(0, 4)}-12-31`, previousId, redrawReason: previousId ? '演示账号未被抽中，公开重新抽取' : null } });
    expect(c.status(), await c.text()).toBe(201);
    drawId = ((await c.json()) as { id: string }).id;
    const x = await chief.post(`/api/draws/${drawId}/execute`, { headers });
    expect(x.ok()).toBe(true);
    const d = (await x.json()) as { enterpriseNames: Record<string, string>; data: { result: { picks: { enterpriseId: string; officerIds: string[] }[] } } };
    for (const p of d.data.result.picks) {
      const name = p.officerIds.map((id) => officers.find((o) => o.id === id)?.name).find((n) => n && accounts[n]);
      if (name) {
        pick = { enterprise: d.enterpriseNames[p.enterpriseId]!, username: accounts[name]! };
        break;
      }
    }
    previousId = drawId;
  }
  expect(pick).not.toBeNull();

  await page.goto('/m/');
  await page.getByLabel('用户名').fill(pick!.username);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('heading', { name: '我的任务' })).toBeVisible();
  const item = page.getByTestId('task-item').filter({ hasText: pick!.enterprise });
  await expect(item).toBeVisible();
  await expect(item).toContainText('来源：双随机抽查');
  await page.screenshot({ path: test.info().outputPath('field-tasks.png') });

  // the public page on the phone
  await page.goto(`/public/draws/${drawId}`);
  await page.getByRole('button', { name: '在本机重新计算并比对' }).click();
  await expect(page.getByText('复核一致：公开结果可由公开数据重新计算得到')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('public-draw-phone.png'), fullPage: true });

  // leave no open tasks for the other specs
  expect((await chief.post(`/api/draws/${drawId}/void`, { headers, data: { reason: '演示结束' } })).ok()).toBe(true);
  await chief.dispose();
});
