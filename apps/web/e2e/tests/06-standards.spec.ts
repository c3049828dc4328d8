import { expect, test } from '@playwright/test';
import { choose } from '../support/antd';
import { checkPage } from '../support/page-checks';
import { logIn, logOut } from '../support/session';

test('an administrator saves a county standard set, a scenario starts from it, and the set can be removed again', async ({ page }, info) => {
  await logIn(page, 'admin');
  const nav = page.getByRole('navigation');
  await nav.getByRole('link', { name: '标准管理' }).click();
  await expect(page.getByRole('heading', { name: '评估标准管理' })).toBeVisible();
  await expect(page.getByText(/使用国家默认标准/)).toBeVisible();

  await choose(page, '地区', '道县');
  await page.getByLabel('标准名称').fill('道县义务教育优质均衡标准（测试）');
  await page.getByLabel('小学 平均班额').fill('40');
  await page.getByLabel('骨干教师占交流人数比例下限').fill('25');
  await expect(page.getByText(/已调整 2 项/)).toBeVisible();
  await checkPage(page, info, 'editor');
  await page.getByRole('button', { name: '保存标准' }).click();
  await expect(page.getByText('已保存，第 1 版')).toBeVisible();
  await expect(page.getByText(/本地区标准：道县义务教育优质均衡标准（测试）（第 1 版/)).toBeVisible();

  // The county's schools are judged by it at once: a primary section's class-size threshold is 40.
  await nav.getByRole('link', { name: '学校', exact: true }).click();
  await page.locator('.ant-table-tbody tr.ant-table-row a').first().click();
  await expect(page.getByText('学段与指标')).toBeVisible();
  const classSizeRows = page.getByRole('row', { name: /C 平均班额/ });
  await expect(classSizeRows.filter({ has: page.getByRole('cell', { name: '40', exact: true }) }).first()).toBeVisible();

  // A new scenario's standard changes start from the county's set.
  await page.goto('/scenarios/new');
  await page.getByRole('button', { name: /标准调整（仅本方案）/ }).click();
  await expect(page.getByText(/相对于本县现行标准“道县义务教育优质均衡标准（测试）”/)).toBeVisible();
  await expect(page.getByLabel('小学 平均班额')).toHaveAttribute('placeholder', '40');
  await page.getByLabel('初中 平均班额').fill('48');
  await expect(page.getByText(/已调整 1 项/).first()).toBeVisible();
  await checkPage(page, info, 'scenario overrides');

  await nav.getByRole('link', { name: '标准管理' }).click();
  await choose(page, '地区', '道县');
  await page.getByRole('button', { name: '删除本地区标准' }).click();
  await page.getByRole('button', { name: /确\s*定/ }).click();
  await expect(page.getByText('已删除本地区标准')).toBeVisible();
  await expect(page.getByText(/使用国家默认标准/)).toBeVisible();
  await logOut(page);

  // Nobody else sees the page.
  await logIn(page, 'planner');
  await expect(page.getByRole('navigation').getByRole('link', { name: '标准管理' })).toHaveCount(0);
  await page.goto('/admin/standards');
  await expect(page.getByText('无权访问此页面')).toBeVisible();
});
