import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { tabCount } from '../support/antd';
import { checkPage } from '../support/page-checks';
import { logIn } from '../support/session';


async function openScenario(page: Page, name: string) {
  await page.getByRole('navigation').getByRole('link', { name: '配置方案' }).click();
  await page.getByRole('link', { name, exact: true }).first().click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
}

/** The heading row (the one holding `heading`) and the data rows under it whose first cell matches `key`. */
function table(sheet: ExcelJS.Worksheet, heading: string, key: RegExp): { header: string[]; rows: number } {
  let header: string[] = [];
  let rows = 0;
  sheet.eachRow((row) => {
    const values = (row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)));
    if (header.length === 0) {
      if (values.includes(heading)) header = values;
    } else if (key.test(values[0] ?? '')) rows += 1;
  });
  return { header, rows };
}

async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = await file.path();
  expect(file.suggestedFilename()).toMatch(/[\u4e00-\u9fff]/);
  return path;
}

test('HR downloads both lists in both formats and parses them back', async ({ page }, info) => {
  await logIn(page, 'hr');
  await openScenario(page, 'E2E 方案甲');
  // HR neither edits nor runs.
  await expect(page.getByRole('button', { name: /运行求解|重新求解/ })).toHaveCount(0);
  const rotations = await tabCount(page, '交流轮岗名单');
  const hires = await tabCount(page, '招聘计划');
  // HR sees names in the rotation list.
  await expect(page.getByRole('tabpanel').getByRole('columnheader', { name: '姓名' })).toBeVisible();
  await checkPage(page, info, 'plan for HR');

  const rotXlsx = new ExcelJS.Workbook();
  await rotXlsx.xlsx.readFile(await download(page, '交流名单 XLSX'));
  const rotTable = table(rotXlsx.worksheets[0]!, '工号', /^\d{6,}$/);
  expect(rotTable.header).toContain('姓名');
  expect(rotTable.rows).toBe(rotations);

  const rotCsv = readFileSync(await download(page, '交流名单 CSV'));
  expect([...rotCsv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rotLines = rotCsv.toString('utf8').slice(1).trim().split(/\r?\n/);
  expect(rotLines[0]).toContain('工号');
  expect(rotLines.length - 1).toBe(rotations);

  const hireXlsx = new ExcelJS.Workbook();
  await hireXlsx.xlsx.readFile(await download(page, '招聘计划 XLSX'));
  const hireTable = table(hireXlsx.worksheets[0]!, '学校标识码', /^\d{10}$/);
  expect(hireTable.header).toContain('学校');
  const hireCsv = readFileSync(await download(page, '招聘计划 CSV'));
  expect([...hireCsv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const hireLines = hireCsv.toString('utf8').slice(1).trim().split(/\r?\n/);
  expect(hireLines.length - 1).toBe(hireTable.rows);
  // The tab counts posts; the lists have one line per school, level and subject group.
  expect(hireLines.length - 1).toBeGreaterThan(0);
  expect(hires).toBeGreaterThanOrEqual(hireLines.length - 1);
});

test('HR applies a plan, then sees the stale-data message on a plan computed before', async ({ page }, info) => {
  await logIn(page, 'hr');
  await openScenario(page, 'E2E 方案甲');
  await page.getByRole('button', { name: '执行方案' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText(/名教师交流轮岗/)).toBeVisible();
  await checkPage(page, info, 'apply confirmation');
  await dialog.getByRole('button', { name: '执行方案' }).click();
  await expect(page.getByText('方案已执行')).toBeVisible();
  await expect(page.locator('.ant-tag').filter({ hasText: /^已执行$/ })).toBeVisible();

  // The roster changed (the first plan moved teachers): the second plan is stale.
  await openScenario(page, 'E2E 方案乙');
  const apply = page.getByRole('button', { name: '执行方案' });
  if (await apply.isVisible()) {
    await apply.click();
    await page.getByRole('dialog').getByRole('button', { name: '执行方案' }).click();
  }
  await expect(page.getByText(/方案求解后数据已发生变化/).first()).toBeVisible();
  await checkPage(page, info, 'stale plan');
});

test('HR sees an applied rotation on the receiving school and on the sending school', async ({ page }, info) => {
  await logIn(page, 'hr');
  await openScenario(page, 'E2E 方案甲');
  const first = page.getByRole('tabpanel').locator('.ant-table-row').first();
  await expect(first).toBeVisible();
  // HR's rotation list: staff number, name, subject, sending school, receiving school, ...
  const staffNo = await first.locator('td').nth(0).innerText();
  const receiving = await first.locator('td').nth(4).innerText();

  await page.getByRole('navigation').getByRole('link', { name: '学校', exact: true }).click();
  await page.getByRole('searchbox', { name: '按学校名称或标识码搜索' }).fill(receiving);
  await page.getByRole('searchbox', { name: '按学校名称或标识码搜索' }).press('Enter');
  await page.locator('.ant-table-tbody tr.ant-table-row').getByRole('link', { name: receiving, exact: true }).click();
  await expect(page.getByRole('heading', { name: receiving })).toBeVisible();
  const rotations = page.locator('.ant-card').filter({ has: page.getByText('交流轮岗', { exact: true }) });
  const row = rotations.locator('tr.ant-table-row').filter({ hasText: staffNo });
  await expect(row).toContainText('调入');
  await checkPage(page, info, 'receiving school rotations');

  // The plan's own view of the school: the same teacher comes in.
  await rotations.getByRole('tab', { name: '方案拟交流' }).click();
  await rotations.getByRole('combobox', { name: '方案', exact: true }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: 'E2E 方案甲' }).click();
  await expect(rotations.getByRole('tabpanel').locator('tr.ant-table-row').filter({ hasText: staffNo })).toContainText('调入');
  await checkPage(page, info, 'planned rotations');

  await rotations.getByRole('tab', { name: '当前交流' }).click();
  await row.getByRole('link').click();
  await expect(page.getByRole('heading', { name: receiving })).toHaveCount(0);
  const sending = page.locator('.ant-card').filter({ has: page.getByText('交流轮岗', { exact: true }) });
  await expect(sending.locator('tr.ant-table-row').filter({ hasText: staffNo })).toContainText('调出');
});

test('HR sees personal data of teachers', async ({ page }, info) => {
  await logIn(page, 'hr');
  await page.getByRole('navigation').getByRole('link', { name: '学校', exact: true }).click();
  await page.locator('.ant-table-tbody tr.ant-table-row a').first().click();
  await expect(page.getByRole('columnheader', { name: '姓名' }).first()).toBeVisible();
  const teachers = page.locator('.ant-card').filter({ has: page.getByRole('columnheader', { name: '身份证号' }) }).first();
  await expect(teachers.locator('tr.ant-table-row').first()).toBeVisible();
  const ids = await teachers.locator('tr.ant-table-row td:nth-child(3)').allInnerTexts();
  expect(ids.length).toBeGreaterThan(0);
  for (const id of ids) expect(id).toMatch(/^\d{17}[\dX]$/);
  await checkPage(page, info, 'school detail for HR');
});

test('HR checks a workbook with errors and sees every problem, with nothing written', async ({ page }, info) => {
  await logIn(page, 'hr');
  await page.getByRole('navigation').getByRole('link', { name: '名册导入' }).click();
  await expect(page.getByRole('heading', { name: '名册导入' })).toBeVisible();
  const templatePath = await download(page, '下载空白模板');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(templatePath);
  const schools = workbook.getWorksheet('学校');
  expect(schools).toBeDefined();
  const headings = (schools!.getRow(1).values as unknown[]).filter(Boolean).map(String);
  expect(headings).toContain('学校标识码');
  // Two schools with an impossible code and otherwise empty cells.
  schools!.addRow(['ABC', '错误学校甲']);
  schools!.addRow(['123', '错误学校乙']);
  const bad = Buffer.from(await workbook.xlsx.writeBuffer());

  await page.locator('input[type=file]').setInputFiles({ name: '错误名册.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: bad });
  await page.getByRole('button', { name: '检查（不写入）' }).click();
  const summary = page.getByRole('alert').filter({ hasText: /发现 \d+ 个问题，未写入任何数据/ });
  await expect(summary).toBeVisible();
  const n = Number(/发现 (\d+) 个问题/.exec(await summary.innerText())![1]);
  expect(n).toBeGreaterThanOrEqual(2);
  const rows = page.locator('.ant-table-tbody tr.ant-table-row');
  await expect(rows).toHaveCount(Math.min(n, 20));
  const sheets = await rows.locator('td:nth-child(1)').allInnerTexts();
  expect(sheets).toContain('学校');
  await checkPage(page, info, 'import problems');
});
