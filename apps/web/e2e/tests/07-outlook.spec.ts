import { expect, test } from '@playwright/test';
import { checkPage } from '../support/page-checks';
import { logIn } from '../support/session';

test('the 五年展望 page: yearly figures, charts, the schools that run short first and the map, per level', async ({ page }, info) => {
  await logIn(page, 'viewer');
  await page.getByRole('navigation').getByRole('link', { name: '五年展望' }).click();
  await expect(page.getByRole('heading', { name: /五年展望 \d{4}–\d{4}/ })).toBeVisible();

  // Five school years, each with students, classes, classrooms and teachers.
  const yearTable = page.locator('.ant-card').filter({ hasText: '逐年汇总' });
  await expect(yearTable.locator('.ant-table-tbody tr.ant-table-row')).toHaveCount(5);
  await expect(yearTable.getByRole('columnheader', { name: '缺教室' })).toBeVisible();
  await expect(yearTable.getByRole('columnheader', { name: '在岗教师' })).toBeVisible();
  // The demo county has grades for every section: the forecast is not coarse.
  await expect(page.getByText('按学段总数平均估算')).toHaveCount(0);
  // The county seat's schools grow (their intake forecasts), fill their classrooms and run short.
  const shortTable = page.locator('.ant-card').filter({ hasText: '最先出现缺口的学校' });
  const firstRow = shortTable.locator('.ant-table-tbody tr.ant-table-row').first();
  await expect(firstRow).toBeVisible();
  await expect(firstRow.getByRole('link')).toHaveAttribute('href', /\/schools\/\d{10}/);
  await expect(page.getByRole('img', { name: '班级与教室' })).toBeVisible();
  await expect(page.getByRole('img', { name: '教师需求与在岗' })).toBeVisible();
  await expect(page.getByRole('img', { name: '缺口学校分布（按经纬度）' })).toBeVisible();
  await expect(page.getByText(/入学人数来源（学段·年）：入学预测 \d+/)).toBeVisible();
  await checkPage(page, info, 'outlook');

  // One level: junior sections only.
  await page.getByLabel('学段').click();
  await page.locator('.ant-select-dropdown').getByText('初中', { exact: true }).click();
  await expect(yearTable.locator('.ant-table-tbody tr.ant-table-row')).toHaveCount(5);
  await checkPage(page, info, 'outlook junior');
});
