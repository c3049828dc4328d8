import { appendFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRegionData, StandardSetEntity } from '@junheng/db';
import { createTestDatabase, type TestDatabase } from '@junheng/db/testing';
import { exportRegionCsvFolder, exportRegionWorkbook, SHEETS, TEMPLATE_WORKBOOK_NAME } from '@junheng/import';
import type { IndicatorsReport } from './indicators-report';
import { runBuiltCli } from './test-support/run-built-cli';
import { smallCounty } from './test-support/small-county';

const tmp = () => mkdtempSync(join(tmpdir(), 'junheng-cli-'));

describe('junheng (built CLI, child process, real PostgreSQL)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.close();
  });
  const cli = (...args: string[]) => runBuiltCli(args, db.url);

  it('template + import + indicators --json: the hand-computed county comes out exactly', async () => {
    const folder = tmp();
    const template = await cli('template', folder);
    expect(template.code).toBe(0);
    expect(template.stdout).toContain(TEMPLATE_WORKBOOK_NAME);
    expect(readFileSync(join(folder, 'csv', 'teachers.csv'), 'utf8').startsWith('\uFEFF工号,姓名,性别')).toBe(true);

    // Fill the CSV templates as HR would: rows appended under their headings.
    const rowsFrom = tmp();
    await exportRegionCsvFolder(smallCounty(), rowsFrom);
    for (const spec of SHEETS) {
      const [, ...rows] = readFileSync(join(rowsFrom, spec.csvFile), 'utf8').split('\n');
      appendFileSync(join(folder, 'csv', spec.csvFile), rows.join('\n'));
    }
    const filled = join(folder, 'csv');

    const imported = await cli('import', filled);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('道县（431124）');
    expect(imported.stdout).toContain('教师 teachers 48');

    const run = await cli('indicators', '--county', '431124', '--json');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as IndicatorsReport;
    expect(Object.keys(report)).toEqual(['county', 'sections', 'balance']);
    expect(report.county).toBe('431124');
    expect(report.sections).toHaveLength(1);
    const section = report.sections[0]!;
    expect(section).toMatchObject({ schoolCode: '4311240001', level: 'PRIMARY', students: 900, classes: 20, teachers: 48 });
    expect(section.indicators).toEqual({ qualifiedPer100: 3800 / 900, backbonePer100: 1, peArtsPer100: 1, studentsPerTeacher: 18.75, avgClassSize: 45 });
    expect(section.checks.slice(0, 6)).toEqual([
      { indicator: 'Q1', value: 3800 / 900, threshold: 4.2, passes: true, gapTeachers: 0 },
      { indicator: 'Q2', value: 1, threshold: 1, passes: true, gapTeachers: 0 },
      { indicator: 'Q3', value: 1, threshold: 0.9, passes: true, gapTeachers: 0 },
      { indicator: 'R', value: 18.75, threshold: 19, passes: true, gapTeachers: 0 },
      { indicator: 'C', value: 45, threshold: 45, passes: true, gapTeachers: null },
      { indicator: 'B', value: 0, threshold: 0, passes: true, gapTeachers: null },
    ]);
    // F1 = 4500 / 900 = 5 m² >= 4.5; F2 = 7200 / 900 = 8 >= 7.5; F3 = 2000 >= 2000; F4 = 21 x 100 / 900 = 2.333… >= 2.3.
    expect(section.checks.slice(6).map((c) => [c.indicator, c.value, c.passes, c.gapTeachers])).toEqual([
      ['F1', 5, true, null], ['F2', 8, true, null], ['F3', 2000, true, null], ['F4', 2100 / 900, true, null],
    ]);
    expect(report.balance.map((b) => [b.level, b.indicator, b.cv, b.threshold, b.passes])).toEqual(
      ['Q1', 'Q2', 'Q3', 'F1', 'F2', 'F3', 'F4'].map((i) => ['PRIMARY', i, 0, 0.5, true]),
    );

    const table = await cli('indicators', '--county', '431124', '--year', '2027');
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('城关第一小学');
    expect(table.stdout).toContain('每百名学生拥有高于规定学历教师数');
    expect(table.stdout).toContain('2027年');
  });

  it("indicators follow the county's stored standard set, as the API does", async () => {
    const sets = db.dataSource.getRepository(StandardSetEntity);
    await sets.save({ regionCode: '431124', name: '道县标准', version: 1, updatedBy: 'test', overrides: { levels: { PRIMARY: { avgClassSizeMax: 44 } } } });
    try {
      const run = await cli('indicators', '--county', '431124', '--json');
      const report = JSON.parse(run.stdout) as IndicatorsReport;
      expect(report.sections[0]!.checks.find((c) => c.indicator === 'C')).toEqual({ indicator: 'C', value: 45, threshold: 44, passes: false, gapTeachers: null });
    } finally {
      await sets.clear();
    }
  });

  it('import of a workbook with errors exits 1, lists every problem and writes nothing', async () => {
    const before = await loadRegionData(db.dataSource, ['431124']);
    const bad = smallCounty();
    bad.sections[0]!.classes56Plus = 25; // more big classes than classes (and more than 900 students can fill)
    bad.teachers[1]!.staffNo = bad.teachers[0]!.staffNo; // duplicate staff number
    bad.teachers[2]!.schoolCode = '4311249999'; // unknown school
    bad.teachers.forEach((t) => (t.annualCost = 1));
    const path = join(tmp(), 'bad.xlsx');
    await exportRegionWorkbook(bad, path);
    const problemsFile = join(tmp(), 'problems.csv');
    const run = await cli('import', path, '--problems', problemsFile);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('导入失败：发现 4 个问题，数据库未作任何修改');
    expect(run.stderr).toContain('import refused: 4 problem(s) found, nothing was written');
    expect(run.stderr).toContain('学段 第2行 56人及以上班级数「25」：56人及以上班级数不能大于班级数（20）');
    expect(run.stderr).toContain('学段 第2行 56人及以上班级数「25」：25 个56人及以上班级至少需要 1400 名学生，多于在校生数（900）');
    expect(run.stderr).toContain('教师 第3行 工号「S001」：工号重复（第2行已有）');
    expect(run.stderr).toContain('教师 第4行 学校标识码「4311249999」：未知的学校标识码');
    expect(readFileSync(problemsFile, 'utf8').split('\n')[0]).toBe('\uFEFF工作表,行,列,值,问题');
    expect(await loadRegionData(db.dataSource, ['431124'])).toEqual(before);
  });

  it('exits 1 with a clear message on bad input', async () => {
    const [unknown, year, missing, noOption, unknownCommand] = await Promise.all([
      cli('indicators', '--county', '999999'),
      cli('indicators', '--county', '431124', '--year', '27'),
      cli('import', join(tmp(), 'nope.xlsx')),
      cli('indicators'),
      cli('frobnicate'),
    ]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('未知的区县代码：999999');
    expect(unknown.stderr).toContain('unknown county code 999999');
    expect(year.code).toBe(1);
    expect(year.stderr).toContain('invalid year "27"');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('文件或文件夹不存在');
    expect(noOption.code).toBe(1);
    expect(noOption.stderr).toContain('--county');
    expect(unknownCommand.code).toBe(1);
  });
});
