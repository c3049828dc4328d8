import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDemoCounty } from '@junheng/db';
import { exportRegionCsvFolder, exportRegionWorkbook } from './region-exporter';
import { readRoster } from './roster-reader';

describe('a generated demo county through the files', () => {
  // ~1,000 teachers: the sheets span many chunks, so Chinese characters straddle chunk boundaries.
  const data = generateDemoCounty({ schools: 30 });

  it('round-trips through a workbook, every character intact', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'junheng-demo-rt-')), 'demo.xlsx');
    await exportRegionWorkbook(data, path);
    const read = await readRoster(path);
    expect(read.problems).toEqual([]);
    expect(read.data).toEqual(data);
    expect(JSON.stringify(read.data).includes('\uFFFD')).toBe(false);
  });

  it('round-trips through a CSV folder', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'junheng-demo-rt-'));
    await exportRegionCsvFolder(data, folder);
    const read = await readRoster(folder);
    expect(read.problems).toEqual([]);
    expect(read.data).toEqual(data);
  });
});
