import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { checkPage, screenshot } from '../support/page-checks';
import { logIn, logOut } from '../support/session';

// Runs on its own (`node e2e/run-e2e.mjs tests/08-notice.spec.ts`) or after the others: it makes its own scenario.
test('HR reads the rotation points (积分) and downloads the public notice; an admin saves the document settings', async ({ page }, info) => {
  test.setTimeout(420_000);
  await logIn(page, 'planner');
  await page.getByRole('navigation').getByRole('link', { name: '配置方案' }).click();
  await page.getByRole('button', { name: '新建方案' }).click();
  await page.getByLabel('方案名称').fill('E2E 公示方案');
  await page.getByLabel('预算上限（元）').fill('3000000');
  await page.getByRole('button', { name: '创建方案' }).click();
  await expect(page).toHaveURL(/\/scenarios\/[0-9a-f-]{36}$/);
  const scenarioUrl = new URL(page.url()).pathname;
  await page.getByRole('button', { name: '运行求解' }).click();
  await expect(page.locator('.ant-tag').filter({ hasText: /^已求解$/ })).toBeVisible({ timeout: 240_000 });
  await logOut(page);

  await logIn(page, 'hr');
  await page.goto(scenarioUrl);
  await expect(page.getByRole('heading', { name: 'E2E 公示方案' })).toBeVisible();
  const panel = page.getByRole('tabpanel');
  await expect(panel.getByRole('columnheader', { name: '积分' })).toBeVisible();
  // The rule the plan chose its teachers by, recorded with the plan.
  await expect(panel.getByText('积分规则（本方案求解时采用）')).toBeVisible();
  // Every rotation of a new plan has its points; the first row's total opens its parts.
  const firstTotal = panel.locator('.ant-table-row').first().getByRole('button', { name: /^\d+(\.\d)?$/ });
  await expect(firstTotal).toBeVisible();
  await firstTotal.hover();
  const popover = page.locator('.ant-popover:visible');
  await expect(popover.getByText('积分构成')).toBeVisible();
  await expect(popover.locator('.ant-table-row').first()).toBeVisible();
  await screenshot(page, info, 'points popover');
  await page.mouse.move(1, 1);
  await checkPage(page, info, 'plan with points');

  await page.getByRole('button', { name: '公示名单（.docx）' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('文号序号').fill('0');
  await dialog.getByRole('button', { name: '下载' }).click();
  await expect(dialog.getByText('文号序号应为1至99999的整数')).toBeVisible();
  await dialog.getByLabel('文号序号').fill('12');
  await checkPage(page, info, 'notice dialog');
  const [file] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: '下载' }).click()]);
  expect(file.suggestedFilename()).toMatch(/\.docx$/);
  expect(file.suggestedFilename()).toMatch(/[\u4e00-\u9fff]/);
  const bytes = readFileSync(await file.path());
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  await logOut(page);

  await logIn(page, 'admin');
  await page.getByRole('navigation').getByRole('link', { name: '公文设置' }).click();
  await expect(page.getByRole('heading', { name: '公文设置' })).toBeVisible();
  const nextYear = new Date().getFullYear() + 1;
  await page.getByLabel('发文机关').fill('道县教育局');
  await page.getByLabel('文号格式').fill('道教人〔{year}〕{n}号');
  await expect(page.getByTestId('document-number-preview')).toHaveText(`道教人〔${nextYear}〕1号`);
  await page.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page.getByText('已保存公文设置')).toBeVisible();
  await expect(page.getByText(/最后保存：admin/)).toBeVisible();
  await checkPage(page, info, 'document settings');
  await page.reload();
  await expect(page.getByLabel('文号格式')).toHaveValue('道教人〔{year}〕{n}号');
});
