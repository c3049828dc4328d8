import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CostTable } from '@junheng/domain';
import { exportRegionCsvFolder, exportRegionWorkbook } from './region-exporter';
import { readRoster } from './roster-reader';
import { sampleCostTable, sampleRegion } from './test-support/sample-region';
import { regionTables, setCell, writeTablesCsv, writeTablesWorkbook } from './test-support/sheet-fixtures';

const tmp = () => mkdtempSync(join(tmpdir(), 'junheng-import-'));
const fallback = (countyCode: string): CostTable => ({ ...sampleCostTable(countyCode), rotationAllowance: 1 });
const options = { defaultCostTable: fallback };

describe('readRoster', () => {
  it('reads back a workbook written by the exporter, field for field', async () => {
    const data = sampleRegion();
    const path = join(tmp(), 'region.xlsx');
    await exportRegionWorkbook(data, path);
    const result = await readRoster(path, options);
    expect(result.problems).toEqual([]);
    expect(result.data).toEqual(data);
    expect(result.rowsRead).toBe(3 + 4 + 8 + 3 + 2 * 8);
  });

  it('reads back a CSV folder written by the exporter', async () => {
    const data = sampleRegion();
    const folder = tmp();
    await exportRegionCsvFolder(data, folder);
    const result = await readRoster(folder, options);
    expect(result.problems).toEqual([]);
    expect(result.data).toEqual(data);
  });

  it('uses the default cost table when the 成本 sheet is absent', async () => {
    const { costs: _costs, ...tables } = regionTables(sampleRegion());
    const path = join(tmp(), 'no-costs.xlsx');
    await writeTablesWorkbook(path, tables);
    const result = await readRoster(path, options);
    expect(result.problems).toEqual([]);
    expect(result.data?.costTables).toEqual([fallback('431124'), fallback('431125')]);
  });

  it('accepts English headings, English codes and English sheet names', async () => {
    const data = sampleRegion();
    const tables = regionTables(data);
    tables.teachers[0] = ['staff_no', 'name', 'gender', 'birth_date', 'id_number', 'school_code', 'level', 'subject', 'education', 'title', 'certificate', 'backbone', 'started_at_school', 'status', 'annual_cost', 'preferred_schools', 'home_township', 'homeSchoolCode', 'ROTATION_END'];
    setCell(tables, 'teachers', 1, 'status', 'ACTIVE');
    setCell(tables, 'teachers', 1, 'education', 'bachelor');
    const path = join(tmp(), 'english.xlsx');
    await writeTablesWorkbook(path, tables, { teachers: 'teachers' });
    const result = await readRoster(path, options);
    expect(result.problems).toEqual([]);
    expect(result.data?.teachers[0]?.education).toBe('BACHELOR');
    expect(result.data?.teachers[2]).toMatchObject({ staffNo: 'T003', homeSchoolCode: '2143112401', rotationEnd: '2029-09-01' });
  });

  it('checks the rotation columns: a known home school of the same county, other than the current one; a date that needs a home school', async () => {
    const tables = regionTables(sampleRegion());
    setCell(tables, 'teachers', 1, 'home_school_code', '2143112401'); // T001 teaches there: same school (row 2)
    setCell(tables, 'teachers', 3, 'rotation_end', '2029-13-01'); // T003: bad date (row 4)
    setCell(tables, 'teachers', 5, 'home_school_code', '9999999999'); // T005: unknown school (row 6)
    setCell(tables, 'teachers', 6, 'rotation_end', '2029-09-01'); // T006: an end without a home school (row 7)
    setCell(tables, 'teachers', 7, 'home_school_code', '2143112401'); // T007 teaches in 江永县, home in 道县 (row 8)
    const path = join(tmp(), 'rotations.xlsx');
    await writeTablesWorkbook(path, tables);
    const result = await readRoster(path, options);
    expect(result.data).toBeNull();
    expect(result.problems).toEqual([
      { sheet: '教师', row: 2, column: '编制所在学校', value: '2143112401', message: '编制所在学校与当前学校相同：不在交流中的教师请留空' },
      { sheet: '教师', row: 4, column: '交流期满日期', value: '2029-13-01', message: '日期无效，应为 YYYY-MM-DD' },
      { sheet: '教师', row: 7, column: '交流期满日期', value: '2029-09-01', message: '填写了交流期满日期，但没有填写编制所在学校' },
      { sheet: '教师', row: 6, column: '编制所在学校', value: '9999999999', message: '未知的编制所在学校：「学校」中没有这所学校' },
      { sheet: '教师', row: 8, column: '编制所在学校', value: '2143112401', message: '编制所在学校「城关第一小学」与当前学校「上江圩镇浦尾村教学点」不在同一区县' },
    ]);
  });

  it('reads 困难情形 as a list of 疾病/照顾家庭/夫妻分居 (English aliases too) and names a bad one in Chinese', async () => {
    const tables = regionTables(sampleRegion());
    setCell(tables, 'teachers', 1, 'hardships', 'spouse posted elsewhere；疾病'); // T001 (row 2)
    setCell(tables, 'teachers', 3, 'hardships', '照顾家庭'); // T003 (row 4)
    const path = join(tmp(), 'hardships.xlsx');
    await writeTablesWorkbook(path, tables);
    const ok = await readRoster(path, options);
    expect(ok.problems).toEqual([]);
    // Kept in the list's order (疾病, 照顾家庭, 夫妻分居), whatever the order typed.
    expect(ok.data?.teachers[0]?.hardships).toEqual(['ILLNESS', 'SPOUSE_APART']);
    expect(ok.data?.teachers[2]?.hardships).toEqual(['FAMILY_CARE']);
    expect(ok.data?.teachers[1]?.hardships).toBeUndefined();
    setCell(tables, 'teachers', 5, 'hardships', '疾病;=1+1'); // T005 (row 6)
    const badPath = join(tmp(), 'bad-hardships.xlsx');
    await writeTablesWorkbook(badPath, tables);
    const bad = await readRoster(badPath, options);
    expect(bad.data).toBeNull();
    expect(bad.problems).toEqual([
      expect.objectContaining({ sheet: '教师', row: 6, column: '困难情形', message: '“=1+1”不是有效的困难情形，应为 疾病/照顾家庭/夫妻分居（多项以分号分隔）' }),
    ]);
  });

  it('reads 普通教室数 as an optional whole number and 新增教室 as an optional cost, refusing bad values in Chinese', async () => {
    const data = sampleRegion();
    // Empty: not recorded (no spare room assumed); the cost sheet without 新增教室: classrooms cannot be built.
    const tables = regionTables(data);
    setCell(tables, 'schools', 1, 'classrooms', -1); // row 2
    setCell(tables, 'schools', 2, 'classrooms', 12.5); // row 3
    setCell(tables, 'schools', 3, 'classrooms', '很多'); // row 4
    const classroomRow = tables.costs.findIndex((r) => r.includes('新增教室'));
    expect(classroomRow).toBeGreaterThan(0);
    setCell(tables, 'costs', classroomRow, 'amount', -30000);
    const path = join(tmp(), 'classrooms.xlsx');
    await writeTablesWorkbook(path, tables);
    const result = await readRoster(path, options);
    expect(result.data).toBeNull();
    expect(result.problems.map((p) => [p.sheet, p.row, p.column, p.value, p.message])).toEqual(expect.arrayContaining([
      ['学校', 2, '普通教室数', '-1', '不能为负数'],
      ['学校', 3, '普通教室数', '12.5', '应为整数'],
      ['学校', 4, '普通教室数', '很多', '应为整数'],
      ['成本', classroomRow + 1, '金额', '-30000', '不能为负数'],
    ]));
    // Left empty and left out, both are fine.
    const fine = regionTables(sampleRegion());
    setCell(fine, 'schools', 1, 'classrooms', '');
    fine.costs = fine.costs.filter((r) => !r.includes('新增教室'));
    const finePath = join(tmp(), 'no-classrooms.xlsx');
    await writeTablesWorkbook(finePath, fine);
    const ok = await readRoster(finePath, options);
    expect(ok.problems).toEqual([]);
    expect(ok.data!.schools[0]).not.toHaveProperty('classrooms');
    expect(ok.data!.costTables.every((t) => t.classroom === undefined)).toBe(true);
  });

  it('reports every problem at once, with sheet, row, column, value and message', async () => {
    const tables = regionTables(sampleRegion());
    setCell(tables, 'teachers', 2, 'school_code', '9999999999'); // unknown school (row 3)
    setCell(tables, 'teachers', 3, 'birth_date', '1990-02-30'); // bad date (row 4)
    setCell(tables, 'teachers', 4, 'staff_no', 'T001'); // duplicate staff number (row 5)
    setCell(tables, 'sections', 1, 'students', -5); // negative count (row 2)
    setCell(tables, 'sections', 3, 'level', '高中'); // a level the nine-year school does not have (row 4)
    setCell(tables, 'schools', 3, 'kind', '大学'); // bad enum (row 4)
    setCell(tables, 'sections', 2, 'classes_56_plus', 20); // more big classes than classes (row 3)
    tables.budgets = tables.budgets.map((r) => r.slice(0, 3)); // 金额 column missing
    const path = join(tmp(), 'bad.xlsx');
    await writeTablesWorkbook(path, tables);
    const result = await readRoster(path, options);
    expect(result.data).toBeNull();
    const brief = result.problems.map((p) => `${p.sheet}:${p.row}:${p.column}:${p.value}`);
    expect(brief).toEqual(expect.arrayContaining([
      '教师:3:学校标识码:9999999999',
      '教师:4:出生日期:1990-02-30',
      '教师:5:工号:T001',
      '学段:2:在校生数:-5',
      '学段:4:学段:高中',
      '学校:4:办学类型:大学',
      '学段:3:56人及以上班级数:20',
      '经费:1:金额:',
    ]));
    expect(result.problems.find((p) => p.column === '出生日期')?.message).toBe('日期无效，应为 YYYY-MM-DD');
    expect(result.problems.find((p) => p.value === '9999999999')?.message).toContain('未知的学校标识码');
    expect(result.problems.find((p) => p.column === '工号')?.message).toBe('工号重复（第2行已有）');
    expect(result.problems.find((p) => p.value === '-5')?.message).toBe('不能为负数');
    expect(result.problems.find((p) => p.value === '高中')?.message).toContain('没有高中学段');
    expect(result.problems.find((p) => p.column === '金额')?.message).toContain('缺少必需的列');
    // The teaching point's rows are not blamed for its school's bad kind: no cascade of unknown-school errors.
    expect(result.problems.filter((p) => p.message.includes('未知的学校标识码'))).toHaveLength(1);
  });

  it('reports missing sheets, unsupported files and missing paths', async () => {
    const { schools, sections } = regionTables(sampleRegion());
    const path = join(tmp(), 'partial.xlsx');
    await writeTablesWorkbook(path, { schools, sections });
    const partial = await readRoster(path, options);
    expect(partial.problems.map((p) => p.message)).toEqual([
      '缺少工作表「教师」（CSV 文件夹中为 teachers.csv）',
      '缺少工作表「经费」（CSV 文件夹中为 budgets.csv）',
    ]);
    const txt = join(tmp(), 'roster.txt');
    writeFileSync(txt, 'hello');
    expect((await readRoster(txt, options)).problems[0]?.message).toContain('不支持的文件类型');
    expect((await readRoster(join(tmp(), 'nothing.xlsx'), options)).problems[0]?.message).toBe('文件或文件夹不存在');
    const corrupt = join(tmp(), 'corrupt.xlsx');
    writeFileSync(corrupt, 'not a zip file');
    expect((await readRoster(corrupt, options)).problems[0]?.message).toContain('无法读取文件');
  });

  it('reads CSV with a BOM and row numbers as Excel shows them, and rejects GBK', async () => {
    const tables = regionTables(sampleRegion());
    setCell(tables, 'teachers', 5, 'gender', '未知');
    const folder = tmp();
    await writeTablesCsv(folder, tables);
    const result = await readRoster(folder, options);
    expect(result.problems).toEqual([{ sheet: 'teachers.csv', row: 6, column: '性别', value: '未知', message: '不是有效的性别，应为 男/女' }]);

    const gbk = tmp();
    await writeTablesCsv(gbk, tables);
    writeFileSync(join(gbk, 'budgets.csv'), Buffer.from([0xc4, 0xea, 0xb6, 0xc8, 0x2c, 0x71, 0x0a])); // "年度,q" in GBK
    const bad = await readRoster(gbk, options);
    expect(bad.problems.some((p) => p.sheet === 'budgets.csv' && p.message.includes('UTF-8'))).toBe(true);
  });

  it('reports progress in rows and bytes', async () => {
    const path = join(tmp(), 'region.xlsx');
    await exportRegionWorkbook(sampleRegion(), path);
    const phases: string[] = [];
    let last = { rowsRead: 0, done: 0, total: 0 };
    await readRoster(path, { ...options, onProgress: (p) => { phases.push(p.phase); last = p; } });
    expect(phases).toContain('read');
    expect(phases.at(-1)).toBe('check');
    expect(last.rowsRead).toBe(34);
    expect(last.done).toBe(last.total);
    expect(last.total).toBeGreaterThan(0);
  });
});
