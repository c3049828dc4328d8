import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditLogEntity, encodeStoredPlan, generateDemoCounty, replaceRegionData, ScenarioEntity } from '@junheng/db';
import { createTestDatabase, type TestDatabase } from '@junheng/db/testing';
import { DEFAULT_SCENARIO, NATIONAL_STANDARD_SET, type MultiYearPlan } from '@junheng/domain';
import { solveMultiYear } from '@junheng/solver';
import { runBuiltCli } from './test-support/run-built-cli';

const COUNTY = '431124';
const tmp = () => mkdtempSync(join(tmpdir(), 'junheng-cli-export-year-'));

/** The staff numbers of a rotation list CSV (UTF-8 with BOM, 工号 first). */
function csvStaffNos(path: string): string[] {
  const bytes = readFileSync(path);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
  expect(lines[0]!.startsWith('工号,')).toBe(true);
  return lines.slice(1).map((l) => l.split(',')[0]!).sort();
}

describe('junheng export --year: a multi-year plan\'s lists per year (built CLI, real PostgreSQL, real solver)', () => {
  let db: TestDatabase;
  let multi: MultiYearPlan;
  let scenarioId: string;
  const cli = (...args: string[]) => runBuiltCli(args, db.url);
  const staff = (year: number) => multi.years.find((y) => y.year === year)!.plan.rotations.map((r) => r.staffNo).sort();

  beforeAll(async () => {
    db = await createTestDatabase();
    const region = generateDemoCounty({ seed: 3, schools: 30, year: 2027 });
    await replaceRegionData(db.dataSource, region);
    const parameters = { ...DEFAULT_SCENARIO, countyCodes: [COUNTY], year: 2027, budgetCap: null, years: 3, yearBudgetCaps: [800_000, 1_800_000, 2_800_000], timeLimitSeconds: 20 };
    // Solved as the job solves it, and stored as the job stores it: `plan` is the first year, `multiYear` every year.
    const solved = await solveMultiYear({ region, standardSet: NATIONAL_STANDARD_SET, scenario: parameters });
    multi = solved.plan;
    scenarioId = (await db.dataSource.getRepository(ScenarioEntity).save({ countyCode: COUNTY, year: 2027, name: '三年方案', status: 'SOLVED', parameters })).id;
    await db.dataSource.query(`INSERT INTO plan (scenario_id, fingerprint, body) VALUES ($1, $2, $3)`, [
      scenarioId, 'f'.repeat(64), JSON.stringify(encodeStoredPlan({ plan: solved.results[0]!.plan, multiYear: multi })),
    ]);
    // With these caps the demo county rotates again in 2029 (2028 spends on hires and class splits).
    expect(staff(2029).length).toBeGreaterThan(0);
    expect(staff(2029)).not.toEqual(staff(2027));
    expect(multi.years[1]!.plan.hires.length).toBeGreaterThan(0);
  }, 300_000);

  afterAll(async () => {
    await db?.close();
  });

  it('writes the year asked (its rotations, its title and file line), and the first year without --year', async () => {
    const folder = tmp();
    const [y2029, y2028, plain] = [join(folder, '2029.csv'), join(folder, '2028.xlsx'), join(folder, 'first.csv')];
    const runs = await Promise.all([
      cli('export', '--scenario', scenarioId, '--format', 'csv', '--list', 'rotations', '--year', '2029', '--out', y2029),
      cli('export', '--scenario', scenarioId, '--format', 'xlsx', '--list', 'hires', '--year', '2028', '--out', y2028),
      cli('export', '--scenario', scenarioId, '--format', 'csv', '--list', 'rotations', '--out', plain),
    ]);
    for (const run of runs) expect([run.code, run.stderr]).toEqual([0, '']);
    expect(runs[0]!.stdout).toContain('2029年 交流轮岗名单');
    expect(csvStaffNos(y2029)).toEqual(staff(2029));
    expect(csvStaffNos(plain)).toEqual(staff(2027));
    expect(csvStaffNos(y2029)).not.toEqual(csvStaffNos(plain));

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(y2028);
    const sheet = workbook.worksheets[0]!;
    expect(String(sheet.getRow(1).getCell(1).value)).toContain('2028年 新教师招聘计划');
    let posts = 0;
    sheet.eachRow((row, n) => {
      if (n > 2) posts += Number(row.getCell(7).value);
    });
    expect(posts).toBe(multi.years[1]!.plan.hires.reduce((a, h) => a + h.count, 0));
    expect(posts).toBeGreaterThan(0);

    const audit = await db.dataSource.getRepository(AuditLogEntity).findBy({ action: 'EXPORT_LIST', target: scenarioId });
    expect(audit.map((a) => (a.details as { year: number }).year).sort()).toEqual([2027, 2028, 2029]);
  });

  it('refuses a year the plan does not span (naming its years) and --year on a document, writing nothing', async () => {
    const folder = tmp();
    const outside = await cli('export', '--scenario', scenarioId, '--format', 'csv', '--year', '2031', '--out', join(folder, 'x.csv'));
    expect(outside.code).toBe(1);
    expect(outside.stderr).toContain('没有 2031 年的计划，方案的年份为 2027、2028、2029');
    const garbage = await cli('export', '--scenario', scenarioId, '--format', 'csv', '--year', '28', '--out', join(folder, 'y.csv'));
    expect(garbage.code).toBe(1);
    expect(garbage.stderr).toContain('年度无效');
    const document = await cli('export', '--scenario', scenarioId, '--format', 'docx', '--list', 'notice', '--year', '2028', '--out', join(folder, 'n.docx'));
    expect(document.code).toBe(1);
    expect(document.stderr).toContain('不接受 --year');
    const audit = await db.dataSource.getRepository(AuditLogEntity).countBy({ action: 'EXPORT_LIST', target: scenarioId });
    expect(audit).toBe(3);
  });
});
