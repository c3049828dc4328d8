import { expect, test } from '@playwright/test';
import { checkPage } from '../support/page-checks';
import { logIn, logOut } from '../support/session';

test('the login page is in Chinese, refuses a wrong password in Chinese, and switches to English', async ({ page }, info) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login$/);
  // Demo mode: the server names its demo accounts, and one click fills the form.
  await page.getByRole('button', { name: 'hr · 人事股' }).click();
  await expect(page.getByLabel('用户名')).toHaveValue('hr');
  await page.getByLabel('用户名').fill('planner');
  await page.getByLabel('密码').fill('wrong-password');
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await expect(page.getByRole('alert').filter({ hasText: '用户名或密码错误' })).toBeVisible();
  await checkPage(page, info, 'login');
  await page.getByText('English').click();
  await expect(page.getByLabel('Username')).toBeVisible();
  await page.getByText('中文').click();
  await expect(page.getByLabel('用户名')).toBeVisible();
});

test('the session survives a reload; logout and an expired token return to login with a message', async ({ page }) => {
  await logIn(page, 'planner');
  await page.reload();
  await expect(page.getByRole('heading', { name: /县域概览/ })).toBeVisible();
  await logOut(page);
  await expect(page.getByText('已退出登录')).toBeVisible();

  await logIn(page, 'planner');
  // A token the server no longer accepts (expired or signed with an old key).
  await page.evaluate(() => {
    const s = JSON.parse(localStorage.getItem('junheng.session') ?? '{}') as { token: string };
    s.token = `${s.token.slice(0, -4)}AAAA`;
    localStorage.setItem('junheng.session', JSON.stringify(s));
  });
  await page.reload();
  await expect(page.getByText('登录已过期，请重新登录')).toBeVisible();
  await expect(page.getByLabel('用户名')).toBeVisible();

  // A session whose expiry has passed.
  await logIn(page, 'planner');
  await page.evaluate(() => {
    const s = JSON.parse(localStorage.getItem('junheng.session') ?? '{}') as { expiresAt: string };
    s.expiresAt = '2000-01-01T00:00:00Z';
    localStorage.setItem('junheng.session', JSON.stringify(s));
  });
  await page.reload();
  await expect(page.getByText('登录已过期，请重新登录')).toBeVisible();
});

test('English switch on the overview', async ({ page }, info) => {
  await logIn(page, 'planner');
  await page.getByText('English').click();
  await expect(page.getByRole('heading', { name: /County overview/ })).toBeVisible();
  await expect(page.getByText('Balance across schools (CV)')).toBeVisible();
  await checkPage(page, info, 'overview in English');
  await page.getByText('中文').click();
  await expect(page.getByRole('heading', { name: /县域概览/ })).toBeVisible();
});
