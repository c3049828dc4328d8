import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRoster } from './roster-reader';
import { sampleCostTable, sampleRegion } from './test-support/sample-region';
import { regionTables, setCell, writeTablesCsv } from './test-support/sheet-fixtures';

const options = { defaultCostTable: sampleCostTable };

async function problemsOf(spoil: (tables: ReturnType<typeof regionTables>) => void) {
  const tables = regionTables(sampleRegion());
  spoil(tables);
  const folder = mkdtempSync(join(tmpdir(), 'junheng-cross-'));
  await writeTablesCsv(folder, tables);
  const read = await readRoster(folder, options);
  expect(read.data).toBeNull();
  return read.problems.map((p) => `${p.sheet}:${p.row}:${p.column}:${p.value}:${p.message}`);
}

describe('cross-sheet checks', () => {
  it('a teacher of a section missing from 学段', async () => {
    const problems = await problemsOf((t) => {
      t.sections.splice(3, 1); // the nine-year school's junior section (data row 3)
    });
    expect(problems).toEqual([
      'teachers.csv:6:任教学段:初中:「sections.csv」中没有学校「寿雁镇中心学校」的初中学段',
      'teachers.csv:7:任教学段:初中:「sections.csv」中没有学校「寿雁镇中心学校」的初中学段',
    ]);
  });

  it('duplicate schools and sections, conflicting county names, unknown counties in 经费', async () => {
    const problems = await problemsOf((t) => {
      t.schools.push([...t.schools[1]!]);
      t.sections.push([...t.sections[1]!]);
      setCell(t, 'schools', 2, 'county_name', '道州');
      setCell(t, 'budgets', 3, 'county_code', '999999');
    });
    expect(problems).toEqual(expect.arrayContaining([
      'schools.csv:5:学校标识码:2143112401:学校标识码重复（第2行已有）',
      'schools.csv:3:区县名称:道州:同一区县代码 431124 的区县名称不一致（第2行为「道县」）',
      'sections.csv:6:学段:小学:该校的小学学段重复（第2行已有）',
      'budgets.csv:4:区县代码:999999:未知的区县代码：「schools.csv」中没有该区县的学校',
    ]));
  });

  it('cost tables: duplicate items, hire rows without area; a missing item is no problem (it takes its default)', async () => {
    const problems = await problemsOf((t) => {
      t.costs = t.costs.filter((row, i) => i === 0 || row[0] !== '431125' || row[1] !== '交流补贴'); // 431125 loses its rotation allowance
      t.costs.push([...t.costs[1]!]); // a second identical hire row for 431124
      t.costs.push(['431124', '新教师', '', '本科', '', 90_000]);
    });
    expect(problems).toEqual(expect.arrayContaining([
      expect.stringMatching(/^costs\.csv:\d+:项目:新教师:成本项目重复（第2行已有）$/),
      expect.stringMatching(/^costs\.csv:\d+:城乡类型::不能为空$/),
    ]));
    expect(problems.filter((p) => p.includes('431125'))).toEqual([]);
  });
});
