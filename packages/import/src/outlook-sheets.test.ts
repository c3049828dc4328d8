import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CostTable, RegionData } from '@junheng/domain';
import { exportRegionCsvFolder, exportRegionWorkbook } from './region-exporter';
import { readRoster } from './roster-reader';
import { sampleCostTable, sampleRegion } from './test-support/sample-region';
import { regionTables, writeTablesWorkbook } from './test-support/sheet-fixtures';

const tmp = () => mkdtempSync(join(tmpdir(), 'junheng-outlook-sheets-'));
const options = { defaultCostTable: (code: string): CostTable => sampleCostTable(code) };

/** The sample region with 年级 for 寿雁镇中心学校's junior section and intake by school and by township. */
function withOutlookData(): RegionData {
  const data = sampleRegion();
  data.grades = [
    { schoolCode: '2143112402', level: 'JUNIOR', grade: 7, students: 170 },
    { schoolCode: '2143112402', level: 'JUNIOR', grade: 8, students: 160 },
    { schoolCode: '2143112402', level: 'JUNIOR', grade: 9, students: 150 },
  ];
  data.intake = [
    { countyCode: '431124', schoolCode: '2143112401', township: null, level: 'PRIMARY', year: 2027, students: 240 },
    { countyCode: '431125', schoolCode: null, township: '上江圩镇', level: 'PRIMARY', year: 2027, students: 3 },
  ];
  return data;
}

describe('the 年级 and 入学预测 sheets', () => {
  it('read back from a workbook and a CSV folder written by the exporter, and are optional', async () => {
    const data = withOutlookData();
    const path = join(tmp(), 'region.xlsx');
    await exportRegionWorkbook(data, path);
    const fromWorkbook = await readRoster(path, options);
    expect(fromWorkbook.problems).toEqual([]);
    expect(fromWorkbook.data).toEqual(data);
    const folder = tmp();
    await exportRegionCsvFolder(data, folder);
    expect((await readRoster(folder, options)).data).toEqual(data);
    // Without the sheets the roster reads as before, with no grades or intake.
    const tables = regionTables(sampleRegion());
    const { grades: _grades, intake: _intake, ...rest } = tables;
    const plainPath = join(tmp(), 'plain.xlsx');
    await writeTablesWorkbook(plainPath, rest);
    const plain = await readRoster(plainPath, options);
    expect(plain.problems).toEqual([]);
    expect(plain.data).not.toHaveProperty('grades');
    expect(plain.data).not.toHaveProperty('intake');
  });

  it('accept English sheet names and headings, and 初一 for 七年级', async () => {
    const tables = regionTables(sampleRegion());
    tables.grades = [['school_code', 'level', 'grade', 'students'], ['2143112402', 'JUNIOR', '初一', 480], ['2143112402', 'JUNIOR', '八年级', 0], ['2143112402', 'JUNIOR', 9, 0]];
    tables.intake = [['school_code', 'level', 'year', 'students'], ['2143112401', '小学', 2028, 250]];
    const path = join(tmp(), 'english.xlsx');
    await writeTablesWorkbook(path, tables, { grades: 'grades', intake: 'intake' });
    const result = await readRoster(path, options);
    expect(result.problems).toEqual([]);
    expect(result.data?.grades?.map((g) => [g.grade, g.students])).toEqual([[7, 480], [8, 0], [9, 0]]);
    // The county of a school's forecast comes from the schools sheet.
    expect(result.data?.intake).toEqual([{ countyCode: '431124', schoolCode: '2143112401', township: null, level: 'PRIMARY', year: 2028, students: 250 }]);
  });

  it('refuse bad rows with every problem named in Chinese, and import nothing', async () => {
    const tables = regionTables(sampleRegion());
    tables.grades = [
      ['学校标识码', '学段', '年级', '在校生数'],
      ['2143112402', '初中', '七年级', 200], // row 2
      ['2143112402', '初中', '八年级', 200], // row 3: 七 + 八 = 400, not 480
      ['2143112402', '初中', '七年级', 80], // row 4: duplicate
      ['2143112402', '初中', '三年级', 10], // row 5: not a junior grade
      ['2143112401', '小学', '十三年级', 10], // row 6: unknown grade
      ['9999999999', '小学', '一年级', 10], // row 7: unknown school
      ['2143112401', '初中', '七年级', 10], // row 8: no junior section
    ];
    tables.intake = [
      ['区县代码', '学校标识码', '乡镇', '学段', '年度', '预计入学人数'],
      ['', '', '', '小学', 2027, 10], // row 2: neither school nor township
      ['431124', '2143112401', '濂溪街道', '小学', 2027, 10], // row 3: both
      ['', '', '寿雁镇', '小学', 2027, 10], // row 4: township without county
      ['431124', '', '无此镇', '小学', 2027, 10], // row 5: unknown township
      ['431124', '2143112401', '', '小学', 2027, -5], // row 6: negative
      ['431125', '2143112401', '', '小学', 2028, 5], // row 7: school of another county
      ['', '2143112401', '', '小学', 2029, 5], // row 8
      ['', '2143112401', '', '小学', 2029, 6], // row 9: duplicate of row 8
    ];
    const path = join(tmp(), 'bad.xlsx');
    await writeTablesWorkbook(path, tables);
    const result = await readRoster(path, options);
    expect(result.data).toBeNull();
    expect(result.problems.map((p) => [p.sheet, p.row, p.column, p.message])).toEqual(expect.arrayContaining([
      ['年级', 2, '在校生数', '学校 2143112402 初中各年级（七年级、八年级、九年级）人数之和为 400，与「学段」的在校生数 480 不一致'],
      ['年级', 4, '年级', '该校的七年级重复（第2行已有）'],
      ['年级', 5, '年级', '三年级不属于初中学段'],
      ['年级', 6, '年级', '不是有效的年级，应为 一年级…九年级 或 高一…高三'],
      ['年级', 7, '学校标识码', '未知的学校标识码：「学校」中没有这所学校'],
      ['年级', 8, '学段', '「学段」中没有学校「城关第一小学」的初中学段'],
      ['入学预测', 2, '学校标识码', '须填写学校标识码，或按乡镇预测时填写乡镇'],
      ['入学预测', 3, '乡镇', '学校标识码和乡镇只能填写一个'],
      ['入学预测', 4, '区县代码', '按乡镇预测时须填写区县代码'],
      ['入学预测', 5, '乡镇', '区县 431124 的乡镇「无此镇」没有小学学段的学校（见「学校」）'],
      ['入学预测', 6, '预计入学人数', '不能为负数'],
      ['入学预测', 7, '区县代码', '学校「城关第一小学」属于区县 431124，不是 431125'],
      ['入学预测', 9, '年度', '同一学校、学段和年度的入学预测重复（第8行已有）'],
    ]));
  });
});
