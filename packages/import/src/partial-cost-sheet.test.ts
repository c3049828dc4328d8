import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRegionData } from '@junheng/db';
import { createTestDatabase, type TestDatabase } from '@junheng/db/testing';
import { defaultCostTable } from '@junheng/domain';
import { formatImportProblem } from './import-problem';
import { importRoster } from './import-roster';
import { sampleCostTable, sampleRegion } from './test-support/sample-region';
import { regionTables, writeTablesCsv, writeTablesWorkbook } from './test-support/sheet-fixtures';

const byArea = <T extends { area: string; education: string }>(rows: T[]) => [...rows].sort((a, b) => `${a.area}:${a.education}`.localeCompare(`${b.area}:${b.education}`));

describe('a cost sheet that lists only some items (real PostgreSQL)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.close();
  });

  it('imports hires and rotation allowances only: the other items take their defaults, each named in the warnings', async () => {
    const tables = regionTables(sampleRegion());
    // 431124 keeps only its 新教师 and 交流补贴 rows; 431125 has no cost rows at all.
    tables.costs = tables.costs.filter((row, i) => i === 0 || (row[0] === '431124' && (row[1] === '新教师' || row[1] === '交流补贴')));
    expect(tables.costs.length).toBe(1 + 3 + 1);
    const path = join(mkdtempSync(join(tmpdir(), 'junheng-partial-costs-')), 'roster.xlsx');
    await writeTablesWorkbook(path, tables);

    const result = await importRoster(db.dataSource, path);
    expect(result.problems).toEqual([]);
    expect(result.imported).toBe(true);
    expect(result.warnings.map(formatImportProblem)).toEqual([
      '成本 项目「交通补贴」：区县 431124 未列成本项目「交通补贴」：不发交通补贴',
      '成本 项目「增编」：区县 431124 未列成本项目「增编」：增编只计新教师费用，无额外费用（0 元）',
      '成本 项目「新增教室」：区县 431124 未列成本项目「新增教室」：不能新增教室',
      '成本 区县代码「431125」：「成本」中没有区县 431125 的行：区县 431125 按默认成本表计',
    ]);

    // Read back from the database: the own rows as written, the missing items at their defaults.
    const [own, other] = (await loadRegionData(db.dataSource, ['431124', '431125'])).costTables.sort((a, b) => a.countyCode.localeCompare(b.countyCode));
    const sample = sampleCostTable('431124');
    expect(own).toMatchObject({ countyCode: '431124', rotationAllowance: sample.rotationAllowance, transport: [], extraQuota: 0 });
    expect(byArea(own!.hire)).toEqual(byArea(sample.hire));
    expect(own!.classroom ?? null).toBeNull();
    const defaults = defaultCostTable('431125');
    expect({ ...other!, hire: byArea(other!.hire) }).toEqual({ ...defaults, hire: byArea(defaults.hire) });
  });

  it('a county without hires or rotation allowance takes the default ones; a full sheet gives no warning', async () => {
    const tables = regionTables(sampleRegion());
    const full = tables.costs;
    tables.costs = full.filter((row, i) => i === 0 || row[0] !== '431125' || row[1] === '增编');
    const folder = mkdtempSync(join(tmpdir(), 'junheng-partial-costs-'));
    await writeTablesCsv(folder, tables);
    const result = await importRoster(db.dataSource, folder);
    expect(result.imported).toBe(true);
    expect(result.warnings.map((w) => `${w.value}:${w.message}`)).toEqual([
      '新教师:区县 431125 未列成本项目「新教师」：按默认新教师费用计（按学历与城乡类型，每人每年 78000 元起）',
      '交流补贴:区县 431125 未列成本项目「交流补贴」：按默认交流补贴计（每人每年 12000 元）',
      '交通补贴:区县 431125 未列成本项目「交通补贴」：不发交通补贴',
      '新增教室:区县 431125 未列成本项目「新增教室」：不能新增教室',
    ]);
    const [table] = (await loadRegionData(db.dataSource, ['431125'])).costTables;
    const defaults = defaultCostTable('431125');
    expect(byArea(table!.hire)).toEqual(byArea(defaults.hire));
    expect(table).toMatchObject({ rotationAllowance: defaults.rotationAllowance, extraQuota: sampleCostTable('431125').extraQuota, transport: [] });

    tables.costs = full;
    const again = mkdtempSync(join(tmpdir(), 'junheng-partial-costs-'));
    await writeTablesCsv(again, tables);
    const complete = await importRoster(db.dataSource, again);
    expect(complete.imported).toBe(true);
    expect(complete.warnings).toEqual([]);
    expect((await loadRegionData(db.dataSource, ['431125'])).costTables).toEqual([expect.objectContaining({ extraQuota: 5_000, classroom: 45_000, rotationAllowance: 12_000 })]);
  });
});
