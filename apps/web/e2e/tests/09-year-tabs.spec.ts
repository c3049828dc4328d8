import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { tabCount } from '../support/antd';
import { checkPage } from '../support/page-checks';
import { logIn, logOut } from '../support/session';

const NAME = 'E2E 三年方案';
/** Each year's cap: the second year's covers the first year's hires and rotations still in their term, and leaves room for new ones. */
const CAPS = [4_000_000, 5_000_000, 6_000_000];

const yuan = (text: string) => Number(text.replace(/[^\d.]/g, ''));

async function openScenario(page: Page) {
  await page.getByRole('navigation').getByRole('link', { name: '配置方案' }).click();
  await page.getByRole('link', { name: NAME, exact: true }).first().click();
  await expect(page.getByRole('heading', { name: NAME })).toBeVisible();
}

/** The staff numbers under 工号 in the first sheet of a rotation list (row 1 the title, row 2 the headings). */
function staffNos(sheet: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  sheet.eachRow((row, n) => {
    if (n > 2) out.push(String(row.getCell(1).value));
  });
  return out;
}

// Runs alone too (`node e2e/run-e2e.mjs 09-year-tabs`): it makes and solves its own scenario.
test('a 3-year scenario with per-year caps: the overview, the second year\'s tab (its lists, its cost within its cap) and its rotation list', async ({ page }, info) => {
  test.setTimeout(600_000);
  await logIn(page, 'planner');
  await page.getByRole('navigation').getByRole('link', { name: '配置方案' }).click();
  await page.getByRole('button', { name: '新建方案' }).click();
  await page.getByLabel('方案名称').fill(NAME);
  const first = Number(await page.getByLabel('规划年度').inputValue());
  await page.getByLabel('规划年数').fill('3');
  for (const [i, cap] of CAPS.entries()) await page.getByLabel(`${first + i}年预算上限`).fill(String(cap));
  await checkPage(page, info, 'form with yearly caps');
  await page.getByRole('button', { name: '创建方案' }).click();
  await expect(page.getByRole('heading', { name: NAME })).toBeVisible();
  await expect(page.locator('.ant-tag').filter({ hasText: /^3年规划$/ })).toBeVisible();
  await page.getByRole('button', { name: '运行求解' }).click();
  await expect(page.locator('.ant-tag').filter({ hasText: /^已求解$/ })).toBeVisible({ timeout: 400_000 });

  // 总览: one row per year, each within its cap, with the checker's verdict.
  await expect(page.getByRole('tab', { name: '总览', selected: true })).toBeVisible();
  const overview = page.getByRole('tabpanel').first();
  const rows = overview.locator('.ant-table-tbody tr.ant-table-row');
  await expect(rows).toHaveCount(3);
  for (const [i] of CAPS.entries()) {
    const row = rows.nth(i);
    await expect(row.getByText(`${first + i}年`)).toBeVisible();
    await expect(row.getByText('未超上限')).toBeVisible();
  }
  await expect(page.getByText(/3年合计费用（含延续费用）：[\d,]+/)).toBeVisible();
  await checkPage(page, info, 'overview');

  // The second year: its own plan, its cost against its cap, its retirements.
  const second = first + 1;
  await page.getByRole('tab', { name: `${second}年` }).click();
  const summary = page.getByText(new RegExp(`^${second}年：年度费用`));
  await expect(summary).toBeVisible();
  const m = /年度费用 ([\d,]+)（本年新增 ([\d,]+)，延续往年 ([\d,]+)），预算上限 ([\d,]+)/.exec(await summary.innerText());
  expect(m).not.toBeNull();
  const [yearCost, , carried, cap] = [yuan(m![1]!), yuan(m![2]!), yuan(m![3]!), yuan(m![4]!)];
  expect(cap).toBe(CAPS[1]);
  expect(yearCost).toBeLessThanOrEqual(cap);
  expect(carried).toBeGreaterThan(0); // the first year's rotations and hires still cost
  await expect(page.getByText(`本页的名单及导出均为${second}年`)).toBeVisible();
  await expect(page.getByText('费用构成（元/年）')).toBeVisible();
  const rotations = await tabCount(page, '交流轮岗名单');
  const retirements = await tabCount(page, '退休教师');
  expect(retirements).toBeGreaterThan(0);
  if (rotations > 0) await expect(page.getByRole('tabpanel').locator('.ant-table-row').first()).toBeVisible();
  await checkPage(page, info, `year ${second} rotations`);
  await page.getByRole('tab', { name: /退休教师/ }).click();
  const retired = page.getByRole('tabpanel', { name: /退休教师/ });
  await expect(retired.getByRole('columnheader', { name: '所在学校' })).toBeVisible();
  await expect(retired.locator('.ant-table-row')).toHaveCount(Math.min(retirements, 15));
  await checkPage(page, info, `year ${second} retirements`);

  // HR downloads the second year's rotation list from its tab: that year's title and rows.
  await logOut(page);
  await logIn(page, 'hr');
  // The list names the years and each year's cap.
  await page.getByRole('navigation').getByRole('link', { name: '配置方案' }).click();
  const listed = page.locator('.ant-table-tbody tr.ant-table-row').filter({ has: page.getByRole('link', { name: NAME, exact: true }) }).first();
  await expect(listed.getByText(`${first}–${first + 2}`)).toBeVisible();
  await expect(listed.getByText('4,000,000 / 5,000,000 / 6,000,000')).toBeVisible();
  await checkPage(page, info, 'scenario list');
  await openScenario(page);
  await page.getByRole('tab', { name: `${second}年` }).click();
  await expect(page.getByText(`本页的名单及导出均为${second}年`)).toBeVisible();
  // The official documents are of the first year only: not offered in a later year's tab.
  await expect(page.getByRole('button', { name: '公示名单（.docx）' })).toHaveCount(0);
  await expect(page.getByRole('tabpanel').getByRole('columnheader', { name: '姓名' }).first()).toBeVisible();
  await checkPage(page, info, `year ${second} for HR`);
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '交流名单 XLSX' }).click()]);
  expect(file.suggestedFilename()).toContain(`-${second}-`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await file.path());
  const sheet = workbook.worksheets[0]!;
  expect(String(sheet.getRow(1).getCell(1).value)).toContain(`${second}年 教师交流轮岗名单`);
  expect(staffNos(sheet)).toHaveLength(rotations);
});
