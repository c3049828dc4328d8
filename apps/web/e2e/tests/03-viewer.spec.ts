import { expect, test } from '@playwright/test';
import { checkPage } from '../support/page-checks';
import { logIn } from '../support/session';

test('a viewer sees indicators only: no personal data, no teacher lists, no scenario pages or edit controls', async ({ page }, info) => {
  await logIn(page, 'viewer');
  await expect(page.getByText('校际均衡（差异系数）')).toBeVisible();
  const nav = page.getByRole('navigation');
  await expect(nav.getByRole('link', { name: '配置方案' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: '方案对比' })).toHaveCount(0);
  await checkPage(page, info, 'overview');

  await nav.getByRole('link', { name: '学校', exact: true }).click();
  await page.locator('.ant-table-tbody tr.ant-table-row a').first().click();
  await expect(page.getByText('学段与指标')).toBeVisible();
  await expect(page.getByText('身份证号')).toHaveCount(0);
  await expect(page.getByText('工号')).toHaveCount(0);
  await expect(page.getByText('教师', { exact: true })).toHaveCount(0);
  await expect(page.getByText('交流轮岗', { exact: true })).toHaveCount(0);
  await checkPage(page, info, 'school detail');

  for (const path of ['/scenarios', '/scenarios/new', '/compare']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: /县域概览/ })).toBeVisible();
  }
  await expect(page.getByRole('button', { name: /新建方案|运行求解|执行方案|编辑/ })).toHaveCount(0);
});
