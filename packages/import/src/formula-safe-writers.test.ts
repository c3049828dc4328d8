import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cellText } from './cell-value';
import { writeProblemsCsv } from './problems-csv-writer';
import { exportRegionCsvFolder, exportRegionWorkbook } from './region-exporter';
import { readRoster } from './roster-reader';
import { sampleRegion } from './test-support/sample-region';

const dir = mkdtempSync(join(tmpdir(), 'junheng-import-formula-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HOSTILE = ['=HYPERLINK("http://x","y")', '@SUM(1+1)', '+1', '-2+3'];

describe('formula-safe files of the importer', () => {
  it('writes a problem whose value is formula-like with a quote in front', () => {
    const path = join(dir, 'problems.csv');
    writeProblemsCsv(path, [{ sheet: '教师', row: 2, column: '姓名', value: '=HYPERLINK("http://x","y")', message: '-2+3 不是日期' }]);
    const lines = readFileSync(path, 'utf8').slice(1).trimEnd().split('\n');
    expect(lines[1]).toBe(`教师,2,姓名,"'=HYPERLINK(""http://x"",""y"")",'-2+3 不是日期`);
  });

  it('exports formula-like names with the prefix and imports them back as they were, in XLSX and CSV', async () => {
    const data = sampleRegion();
    HOSTILE.forEach((name, i) => (data.teachers[i]!.name = name));
    data.schools[0]!.township = '@SUM(1+1)';
    const path = join(dir, 'roster.xlsx');
    await exportRegionWorkbook(data, path);
    const folder = join(dir, 'csv');
    await exportRegionCsvFolder(data, folder);
    expect(readFileSync(join(folder, 'teachers.csv'), 'utf8')).toContain(",'@SUM(1+1),");
    for (const source of [path, folder]) {
      const back = await readRoster(source);
      expect(back.problems).toEqual([]);
      expect(back.data).toEqual(data);
    }
  });

  it('takes the prefix off only before a formula trigger', () => {
    expect(cellText("'=1+2")).toBe('=1+2');
    expect(cellText("  '-5 ")).toBe('-5');
    expect(cellText("'abc")).toBe("'abc");
    expect(cellText('=1+2')).toBe('=1+2');
  });
});
