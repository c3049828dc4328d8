import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRegionData } from '@junheng/db';
import { createTestDatabase, type TestDatabase } from '@junheng/db/testing';
import type { RegionData } from '@junheng/domain';
import { importRoster } from './import-roster';
import { exportRegionCsvFolder, exportRegionWorkbook } from './region-exporter';
import { writeTemplate } from './template-writer';
import { sampleCostTable, sampleRegion } from './test-support/sample-region';
import { regionTables, setCell, writeTablesWorkbook } from './test-support/sheet-fixtures';
import { readRoster } from './roster-reader';
import { SHEETS } from './column-maps';

const tmp = () => mkdtempSync(join(tmpdir(), 'junheng-import-db-'));
const options = { defaultCostTable: sampleCostTable };
const COUNTIES = ['431124', '431125'];

/** Order-insensitive view of region data, as the database gives it back. */
function normalised(data: RegionData) {
  const by = <T>(rows: T[], key: (r: T) => string) => [...rows].sort((a, b) => key(a).localeCompare(key(b)));
  return {
    counties: by(data.counties, (c) => c.code),
    schools: by(data.schools, (s) => s.code),
    sections: by(data.sections, (s) => `${s.schoolCode}:${s.level}`),
    teachers: by(data.teachers, (t) => t.staffNo),
    budgets: by(data.budgets, (b) => `${b.countyCode}:${b.year}:${b.category}`),
    costTables: by(data.costTables, (c) => c.countyCode).map((t) => ({ ...t, hire: by(t.hire, (h) => `${h.area}:${h.education}`) })),
  };
}

describe('importRoster (real PostgreSQL)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.close();
  });

  it('a valid workbook filled in from the template round-trips: write, import, load back, compare', async () => {
    const folder = tmp();
    const [templatePath] = await writeTemplate(join(folder, 'template.xlsx'));
    expect((await readRoster(templatePath!, options)).problems).toEqual([]); // an empty template is valid
    // Fill the template under its headings, as HR would, and save it with another writer.
    const data = sampleRegion();
    const tables = regionTables(data);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(templatePath!);
    for (const spec of SHEETS) {
      const sheet = workbook.getWorksheet(spec.sheetName)!;
      expect(sheet.getRow(1).values).toEqual([undefined, ...spec.columns.map((c) => c.zh)]);
      for (const row of tables[spec.kind].slice(1)) sheet.addRow(row);
    }
    const filled = join(folder, 'filled.xlsx');
    await workbook.xlsx.writeFile(filled);

    const result = await importRoster(db.dataSource, filled, options);
    expect(result.problems).toEqual([]);
    expect(result.imported).toBe(true);
    expect(result.written?.counts.teachers).toBe(8);
    const loaded = await loadRegionData(db.dataSource, COUNTIES);
    expect(normalised(loaded)).toEqual(normalised(data));
  });

  it('exports what it loads: database -> workbook -> database gives the same data', async () => {
    const loaded = await loadRegionData(db.dataSource, COUNTIES);
    const path = join(tmp(), 'export.xlsx');
    await exportRegionWorkbook(loaded, path);
    const again = await importRoster(db.dataSource, path, options);
    expect(again.problems).toEqual([]);
    expect(normalised(await loadRegionData(db.dataSource, COUNTIES))).toEqual(normalised(loaded));
  });

  it('a workbook with three kinds of errors reports all of them and leaves the database unchanged', async () => {
    const before = normalised(await loadRegionData(db.dataSource, COUNTIES));
    const changed = sampleRegion();
    changed.teachers.forEach((t) => (t.annualCost += 1));
    const tables = regionTables(changed);
    setCell(tables, 'teachers', 2, 'school_code', '2199999999'); // unknown school code
    setCell(tables, 'teachers', 3, 'birth_date', '1990-13-01'); // bad date
    setCell(tables, 'teachers', 4, 'staff_no', 'T001'); // duplicate staff number
    const path = join(tmp(), 'three-errors.xlsx');
    await writeTablesWorkbook(path, tables);

    const result = await importRoster(db.dataSource, path, options);
    expect(result.imported).toBe(false);
    expect(result.problems.map((p) => [p.sheet, p.row, p.column, p.value])).toEqual([
      ['教师', 4, '出生日期', '1990-13-01'],
      ['教师', 5, '工号', 'T001'],
      ['教师', 3, '学校标识码', '2199999999'],
    ]);
    expect(normalised(await loadRegionData(db.dataSource, COUNTIES))).toEqual(before);
  });

  it('imports a CSV folder, and a re-import replaces the county', async () => {
    const data = sampleRegion();
    // The second county only, with one teacher fewer and a new school.
    const county = '431125';
    const next: RegionData = {
      counties: data.counties.filter((c) => c.code === county),
      schools: [
        ...data.schools.filter((s) => s.countyCode === county),
        { ...data.schools[0]!, code: '2143112509', name: '江永县第二小学', countyCode: county },
      ],
      sections: [
        ...data.sections.filter((s) => s.schoolCode === '2143112503'),
        { schoolCode: '2143112509', level: 'PRIMARY', students: 300, classes: 7, classes56Plus: 0, classes66Plus: 0 },
      ],
      teachers: data.teachers.filter((t) => t.staffNo === 'T007').map((t) => ({ ...t, schoolCode: '2143112509', preferredSchools: [] })),
      budgets: data.budgets.filter((b) => b.countyCode === county),
      costTables: [sampleCostTable(county)],
    };
    const folder = tmp();
    await exportRegionCsvFolder(next, folder);
    const result = await importRoster(db.dataSource, folder, options);
    expect(result.problems).toEqual([]);
    const loaded = normalised(await loadRegionData(db.dataSource, [county]));
    expect(loaded).toEqual(normalised(next));
    // The other county is untouched.
    const other = normalised(await loadRegionData(db.dataSource, ['431124']));
    expect(other.teachers.map((t) => t.staffNo)).toEqual(['T001', 'T002', 'T003', 'T004', 'T005', 'T006']);
  });

  it('refuses a school code that belongs to another county, writing nothing', async () => {
    const data = sampleRegion();
    const stolen: RegionData = {
      counties: [{ code: '431126', name: '宁远县' }],
      schools: [{ ...data.schools[0]!, countyCode: '431126' }],
      sections: [data.sections[0]!],
      teachers: [],
      budgets: [],
      costTables: [sampleCostTable('431126')],
    };
    const path = join(tmp(), 'stolen.xlsx');
    await exportRegionWorkbook(stolen, path);
    const result = await importRoster(db.dataSource, path, options);
    expect(result.imported).toBe(false);
    expect(result.problems[0]?.message).toContain('已属于其他区县（431124）');
    expect((await loadRegionData(db.dataSource, ['431126'])).schools).toEqual([]);
  });
});
