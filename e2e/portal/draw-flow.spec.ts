import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { portalLogin } from '../helpers';

const run = promisify(execFile);

async function asUser(browser: Browser, username: string): Promise<Page> {
  const use = test.info().project.use;
  const context = await browser.newContext({ baseURL: use.baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await portalLogin(page, username);
  await expect(page.getByRole('heading', { name: '工作台' })).toBeVisible();
  return page;
}

test('a plan is drafted and approved, a draw is committed and drawn, and anyone replays it from the public page', async ({ page, browser, playwright }) => {
  test.setTimeout(180_000);
  const title = `市应急管理局年度监督检查计划（${Date.now()}）`;

  // the approval administrator configures the city's chain for plans (none by default)
  const use0 = test.info().project.use;
  const admin = await playwright.request.newContext({ baseURL: use0.baseURL });
  const login = await admin.post('/api/auth/login', { data: { username: 'director', password: 'Zhifa@2020' } });
  const csrf = ((await login.json()) as { csrfToken: string }).csrfToken;
  const agencies = (await (await admin.get('/api/agencies')).json()) as { id: string; name: string }[];
  const city = agencies.find((a) => a.name === '铜川市应急管理局')!.id;
  const chain = await admin.post('/api/approval-chains', { headers: { 'x-csrf-token': csrf }, data: { agencyId: city, objectType: 'plan', name: '年度监督检查计划审批', steps: [{ name: '分管领导审批', roleCode: 'deputyLeader' }] } });
  expect([201, 409]).toContain(chain.status());
  await admin.dispose();

  // chief drafts the annual plan and submits it
  await portalLogin(page, 'chief');
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: /年度执法计划/ }).click();
  await expect(page.getByRole('heading', { name: '年度监督检查计划' })).toBeVisible();
  await page.getByRole('button', { name: '编制年度计划' }).click();
  await page.getByLabel('计划名称').fill(title);
  await page.getByLabel('检查事项（或专项行动）').fill('工贸行业安全生产执法检查');
  await page.getByLabel('双随机抽查数').fill('6');
  await page.getByRole('button', { name: '保存草稿' }).click();
  await expect(page.getByRole('heading', { name: new RegExp(title.replace(/[()（）]/g, '.')) })).toBeVisible();
  await page.getByRole('button', { name: '提交审批' }).click();
  await expect(page.locator('.ant-tag', { hasText: '审批中' })).toBeVisible();

  // the deputy leader approves it from 待办
  const leader = await asUser(browser, 'leader');
  await leader.goto('/approvals');
  const row = leader.getByRole('row', { name: new RegExp(title.replace(/[()（）]/g, '.')) });
  await row.getByRole('link', { name: '办理' }).click();
  await leader.getByRole('button', { name: '同意' }).click();
  await leader.getByRole('dialog').getByRole('button', { name: '同意' }).click();
  await expect(leader.locator('.ant-tag', { hasText: '已批准' })).toBeVisible();
  await leader.context().close();
  await page.reload();
  await expect(page.locator('.ant-tag', { hasText: '已批准' })).toBeVisible();
  await expect(page.getByRole('table', { name: '作战图' })).toBeVisible();

  // chief commits a draw (hashes and the seed commitment are published), then draws
  const drawTitle = `双随机抽查（${Date.now()}）`;
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: /双随机抽取/ }).click();
  await page.getByRole('button', { name: '新建抽取' }).click();
  await page.getByLabel('抽查名称').fill(drawTitle);
  await page.getByRole('button', { name: '冻结并公布承诺值' }).click();
  const drawRow = page.getByRole('row', { name: new RegExp(drawTitle.replace(/[()（）]/g, '.')) });
  await expect(drawRow.getByText('已公布承诺，待抽取')).toBeVisible();
  await drawRow.getByRole('button', { name: /^(experiment )?抽取$/ }).click();
  await page.getByRole('button', { name: /确\s*定/ }).click();
  await expect(drawRow.getByText('已抽取并公开种子')).toBeVisible();
  await expect(drawRow.getByText('5 家')).toBeVisible();
  const list = (await (await page.request.get('/api/draws')).json()) as { items: { id: string; title: string }[] };
  const drawId = list.items.find((d) => d.title === drawTitle)!.id;

  // anyone (no login) opens the public page, replays it in the browser, and by the documented command
  const use = test.info().project.use;
  const anon = await (await browser.newContext({ baseURL: use.baseURL, locale: 'zh-CN', viewport: { width: 1440, height: 900 } })).newPage();
  await anon.goto(`/public/draws/${drawId}`);
  await expect(anon.getByText(drawTitle)).toBeVisible();
  await expect(anon.getByTestId('seed')).toHaveText(/^[0-9a-f]{64}$/);
  await expect(anon.getByText('抽取算法（zhifa-draw-v1）')).toBeVisible();
  await anon.getByRole('button', { name: '在本机重新计算并比对' }).click();
  await expect(anon.getByText('复核一致：公开结果可由公开数据重新计算得到')).toBeVisible();
  const { stdout } = await run('npx', ['tsx', 'apps/api/src/cli/draw-replay.ts', `${use.baseURL}/public/draws/${drawId}`], { cwd: new URL('../..', import.meta.url).pathname });
  expect(stdout).toContain('MATCH');
  await anon.context().close();

  // leave no open tasks behind for the other specs: void it (the attempt stays public)
  await drawRow.getByRole('button', { name: '作废' }).click();
  await page.getByRole('dialog').getByRole('textbox').fill('演示结束，作废本次抽取');
  await page.getByRole('dialog').getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect(drawRow.getByText('已作废')).toBeVisible();
});
