import { expect, test, type Page } from '@playwright/test';
import { choose } from '../support/antd';
import { checkPage } from '../support/page-checks';
import { logIn, logOut } from '../support/session';

const USERNAME = 'e2e.viewer';
const PASSWORD = 'e2e-viewer-pass';

async function openUsers(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: '用户管理' }).click();
  await expect(page.getByRole('heading', { name: '用户管理' })).toBeVisible();
}

test('an admin creates a user who can log in, and deletes them; nobody else opens the users page', async ({ page }, info) => {
  await logIn(page, 'admin');
  await openUsers(page);
  // The demo users of the county, roles in Chinese.
  const planner = page.getByRole('row', { name: /planner/ });
  await expect(planner).toContainText('规划员');
  await expect(planner).toContainText('道县');
  await expect(page.getByRole('row', { name: /admin/ }).getByRole('button', { name: '删除 admin' })).toBeDisabled();

  await page.getByRole('button', { name: '新建用户' }).click();
  const dialog = page.getByRole('dialog', { name: '新建用户' });
  await dialog.getByLabel('用户名').fill('E2E Viewer');
  await dialog.getByLabel('姓名').fill('校长（测试）');
  await choose(page, '角色', '查看者');
  // The county admin has one region: it is filled in.
  await expect(dialog.getByText('道县')).toBeVisible();
  await dialog.getByLabel('密码').fill('short');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByText(/用户名为 2～64 位小写字母/)).toBeVisible();
  await expect(dialog.getByText('密码至少 8 位', { exact: true }).first()).toBeVisible();
  await checkPage(page, info, 'create form');

  await dialog.getByLabel('用户名').fill(USERNAME);
  await dialog.getByLabel('密码').fill(PASSWORD);
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText(`已创建用户 ${USERNAME}`)).toBeVisible();
  await expect(dialog).toBeHidden();
  const row = page.getByRole('row', { name: new RegExp(USERNAME.replace('.', '\\.')) });
  await expect(row).toContainText('校长（测试）');
  await expect(row).toContainText('查看者');

  // The same username again: refused in Chinese, at the field.
  await page.getByRole('button', { name: '新建用户' }).click();
  await dialog.getByLabel('用户名').fill(USERNAME);
  await dialog.getByLabel('姓名').fill('重复');
  await choose(page, '角色', '规划员');
  await dialog.getByLabel('密码').fill(PASSWORD);
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByRole('alert')).toContainText('用户名已被使用，请换一个');
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.ant-message-notice')).toHaveCount(0);
  await checkPage(page, info, 'users');

  // The new user logs in, sees the overview as a viewer and no users page.
  await logOut(page);
  await logIn(page, USERNAME, PASSWORD);
  await expect(page.getByText('校长（测试）')).toBeVisible();
  await expect(page.getByRole('navigation').getByRole('link', { name: '用户管理' })).toHaveCount(0);
  await page.goto('/admin/users');
  await expect(page.getByText('无权访问此页面')).toBeVisible();
  await checkPage(page, info, 'no permission');
  await logOut(page);

  // The admin deletes them; they can no longer log in.
  await logIn(page, 'admin');
  await openUsers(page);
  await page.getByLabel('按用户名或姓名搜索').fill('e2e');
  await page.getByLabel('按用户名或姓名搜索').press('Enter');
  await expect(page.getByText('共 1 条')).toBeVisible();
  await row.getByRole('button', { name: `删除 ${USERNAME}` }).click();
  await page.locator('.ant-popover:visible').getByRole('button', { name: '删除' }).click();
  await expect(page.getByText(`已删除用户 ${USERNAME}`)).toBeVisible();
  await expect(row).toHaveCount(0);
  await logOut(page);

  await page.getByLabel('用户名').fill(USERNAME);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await expect(page.getByRole('alert').filter({ hasText: '用户名或密码错误' })).toBeVisible();
});
