import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'junheng-demo';

/** Logs in through the login page and waits for the overview. */
export async function logIn(page: Page, username: string, password: string = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await expect(page.getByRole('heading', { name: /县域概览/ })).toBeVisible();
}

export async function logOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: /退出登录/ }).click();
  await expect(page.getByLabel('用户名')).toBeVisible();
}
