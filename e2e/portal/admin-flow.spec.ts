import { expect, test, type Page } from '@playwright/test';
import { apiLogin, expectDropdownClosed, openDropdown, portalLogin } from '../helpers';

/**
 * Acceptance point 9: the system administrator creates an account, the security administrator grants
 * its role (三员分立, issue 7); the new user must change the initial password and then sees only the
 * menus of the role; the auditor finds both in the log.
 */
const USERNAME = 'e2etest1';
const DISPLAY_NAME = '测试员甲';
const INITIAL_PASSWORD = 'Init@2026x';
const NEW_PASSWORD = 'Changed#2026y';

const mainMenu = (page: Page) => page.getByRole('navigation', { name: '主菜单' });

async function expectSignedIn(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { name: '工作台', level: 3 })).toBeVisible();
}

async function logout(page: Page): Promise<void> {
  const done = page.waitForResponse((r) => r.url().endsWith('/api/auth/logout') && r.request().method() === 'POST');
  await page.getByRole('button', { name: '退出登录' }).click();
  expect((await done).status()).toBe(200);
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('heading', { name: '用户登录' })).toBeVisible();
}

test('admin creates a user who must change the password and sees only the role menus; the auditor sees it all', async ({ page }) => {
  // Several people, each with their own session, through a whole flow: three times the default
  // budget, so a loaded machine slows it down without failing it (every step still waits for a state).
  test.slow();
  // — 系统管理员 creates the account (signed in through the API: the login form is tested below) —
  await apiLogin(page, 'admin');
  await expectSignedIn(page);
  await mainMenu(page).getByRole('menuitem', { name: '用户管理' }).click();
  await expect(page.getByRole('heading', { name: '用户管理' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'officer1', exact: true })).toBeVisible();

  await page.getByRole('button', { name: '新建用户' }).click();
  const drawer = page.getByRole('dialog', { name: '新建用户' });
  await expect(drawer).toBeVisible();
  await drawer.getByLabel('用户名').fill(USERNAME);
  await drawer.getByLabel('姓名').fill(DISPLAY_NAME);
  await expect(drawer.getByLabel('所属机关')).toBeVisible();
  await drawer.getByLabel('初始密码').fill(INITIAL_PASSWORD);
  // 三员分立: the system administrator creates the account; roles are not theirs to grant.
  await expect(drawer.getByRole('checkbox', { name: /^执法人员/ })).toHaveCount(0);

  const created = page.waitForResponse((r) => r.url().endsWith('/api/users') && r.request().method() === 'POST');
  await drawer.getByRole('button', { name: '保存' }).click();
  const res = await created;
  expect(res.status(), await res.text()).toBe(201);
  await expect(page.getByText(`已新建用户“${DISPLAY_NAME}（${USERNAME}）”`)).toBeVisible();
  await expect(drawer).toBeHidden();
  await expect(page.getByRole('row').filter({ hasText: USERNAME })).toContainText('正常');
  await expect(mainMenu(page).getByRole('menuitem', { name: '用户授权' })).toHaveCount(0);
  await logout(page);

  // — 安全保密管理员 grants the role and its data scope —
  await portalLogin(page, 'secadmin');
  await expectSignedIn(page);
  await expect(mainMenu(page).getByRole('menuitem', { name: '用户管理' })).toHaveCount(0);
  await mainMenu(page).getByRole('menuitem', { name: '用户授权' }).click();
  await expect(page.getByRole('heading', { name: '用户授权' })).toBeVisible();
  await page.getByLabel('搜索用户').fill(USERNAME);
  await page.getByLabel('搜索用户').press('Enter');
  await expect(page.getByRole('row').filter({ hasText: 'officer1' })).toHaveCount(0);
  await page.getByRole('button', { name: `设置角色：${USERNAME}` }).click();
  const grant = page.getByRole('dialog', { name: `设置角色：${DISPLAY_NAME}（${USERNAME}）` });
  await expect(grant).toBeVisible();
  await grant.getByRole('checkbox', { name: /^执法人员/ }).check();
  await grant.getByLabel('执法人员的数据范围').click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('本机关', { exact: true }).click();
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
  await expect(grant.locator('.role-assignment-row.is-checked')).toContainText('本机关');
  const granted = page.waitForResponse((r) => r.url().endsWith('/roles') && r.request().method() === 'PUT');
  await grant.getByRole('button', { name: '保存' }).click();
  expect((await granted).status()).toBe(200);
  await expect(grant).toBeHidden();
  const row = page.getByRole('row').filter({ hasText: USERNAME });
  await expect(row).toContainText('执法人员');
  await expect(row).toContainText('本机关');
  await logout(page);

  // — the new user: forced password change, then only the menus of 执法人员 —
  await portalLogin(page, USERNAME, INITIAL_PASSWORD);
  await expect(page.getByRole('heading', { name: '修改密码' })).toBeVisible();
  await expect(page.getByText('不能包含用户名')).toBeVisible();
  await page.getByLabel('当前密码').fill(INITIAL_PASSWORD);
  await page.getByLabel('新密码', { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel('确认新密码').fill(NEW_PASSWORD);
  const changed = page.waitForResponse((r) => r.url().endsWith('/api/auth/password'));
  await page.getByRole('button', { name: '修改密码并进入系统' }).click();
  expect((await changed).status()).toBe(200);
  await expectSignedIn(page);
  await expect(page).toHaveURL(/\/$/);

  // 执法人员 gets 工作台 and 个人设置 (and the business modules' menus as they arrive), never a 三员 page.
  await expect(mainMenu(page).getByRole('menuitem', { name: '工作台' })).toBeVisible();
  await expect(mainMenu(page).getByRole('menuitem', { name: '个人设置' })).toBeVisible();
  for (const hidden of ['机构管理', '用户管理', '角色与权限', '安全策略', '接口令牌', '审计日志']) {
    await expect(mainMenu(page).getByRole('menuitem', { name: hidden })).toHaveCount(0);
  }
  await expect(page.getByRole('banner').getByText(DISPLAY_NAME)).toBeVisible();
  await expect(page.getByText('数据范围：本机关')).toBeVisible();
  await logout(page);

  // — 安全审计员 finds the account creation and the logins —
  await apiLogin(page, 'auditor');
  await expectSignedIn(page);
  await mainMenu(page).getByRole('menuitem', { name: '审计日志' }).click();
  await expect(page.getByRole('heading', { name: '审计日志' })).toBeVisible();

  await page.getByLabel('操作', { exact: true }).fill('新建用户');
  await openDropdown(page).getByTitle('新建用户', { exact: true }).click();
  await expectDropdownClosed(page);
  await page.getByRole('button', { name: '查询' }).click();
  // Wait on what the auditor sees, not on a request: an identical query may be answered from the cache.
  await expect(page.getByRole('row').filter({ hasText: '登录' }).filter({ hasText: '周文涛（admin）' })).toHaveCount(0);
  const createdRow = page.getByRole('row').filter({ hasText: '新建用户' }).filter({ hasText: USERNAME });
  await expect(createdRow).toHaveCount(1);
  await expect(createdRow).toContainText('周文涛（admin）');
  await expect(createdRow).toContainText('成功');

  await page.getByRole('button', { name: '重置' }).click();
  // The reset is done when records of other actions are back; typing earlier would be cleared by it.
  await expect(page.getByRole('row').filter({ hasText: '登录' }).first()).toBeVisible();
  await page.getByLabel('操作人').fill(USERNAME);
  await expect(page.getByLabel('操作人')).toHaveValue(USERNAME);
  await page.getByRole('button', { name: '查询' }).click();
  // The filter is applied once the administrator's own records are gone from the table.
  await expect(page.getByRole('row').filter({ hasText: '周文涛（admin）' })).toHaveCount(0);
  await expect(page.getByRole('row').filter({ hasText: '登录' }).filter({ hasText: `${DISPLAY_NAME}（${USERNAME}）` }).first()).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: '修改密码' }).filter({ hasText: USERNAME })).toHaveCount(1);
  await expect(page.getByRole('row').filter({ hasText: '退出' }).filter({ hasText: USERNAME })).toHaveCount(1);
});
