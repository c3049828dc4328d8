import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportRegionWorkbook } from './region-exporter';
import { readRoster } from './roster-reader';
import { writeZipBomb } from './testing/zip-bomb';
import { sampleRegion } from './test-support/sample-region';
import { zipEntryCount } from './zip-directory-check';

const dir = mkdtempSync(join(tmpdir(), 'junheng-import-limits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const GiB = 1024 * 1024 * 1024;

async function onlyProblem(path: string, options: Parameters<typeof readRoster>[1] = {}): Promise<string> {
  const result = await readRoster(path, { sourceName: '工作簿', ...options });
  expect(result.data).toBeNull();
  expect(result.problems).toHaveLength(1);
  expect(result.problems[0]!.sheet).toBe('工作簿');
  return result.problems[0]!.message;
}

describe('workbook limits (zip bombs)', () => {
  it('refuses from the zip directory a 2 GiB sharedStrings.xml in a 2 MB file, naming the limit', async () => {
    const path = join(dir, 'honest-bomb.xlsx');
    const { fileBytes, inflatedBytes } = await writeZipBomb(path, { inflatedBytes: 2 * GiB });
    expect(fileBytes).toBeLessThan(4 * 1024 * 1024);
    expect(inflatedBytes).toBeGreaterThan(2 * GiB - 1);
    const rssBefore = process.memoryUsage().rss;
    expect(await onlyProblem(path)).toBe('工作簿内 xl/sharedStrings.xml 解压后 2048 MB，超过单个文件上限 256 MB');
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(64 * 1024 * 1024);
  });

  it('refuses a bomb by its compression ratio when the size alone would pass', async () => {
    const path = join(dir, 'ratio-bomb.xlsx');
    await writeZipBomb(path, { inflatedBytes: 64 * 1024 * 1024 });
    expect(await onlyProblem(path)).toMatch(/^工作簿内 xl\/sharedStrings\.xml 压缩比 \d+:1，超过上限 100:1（疑似压缩炸弹）$/);
  });

  it('stops a part that inflates past the size its directory declares (a lying bomb), without inflating it all', async () => {
    const path = join(dir, 'lying-bomb.xlsx');
    await writeZipBomb(path, { inflatedBytes: 2 * GiB, lie: true });
    const rssBefore = process.memoryUsage().rss;
    expect(await onlyProblem(path)).toBe('工作簿内 xl/sharedStrings.xml 解压后超过其声明的 4 KB（文件已损坏或疑似压缩炸弹）');
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(128 * 1024 * 1024);
  });

  it('stops a single giant cell and too many shared strings while they inflate', async () => {
    const relaxed = { maxRatio: 10_000 };
    const giant = join(dir, 'giant-cell.xlsx');
    await writeZipBomb(giant, { inflatedBytes: 8 * 1024 * 1024 });
    expect(await onlyProblem(giant, { workbookLimits: relaxed })).toBe(
      '工作簿内 xl/sharedStrings.xml 有一段超过 1 MB 的连续文本（Excel 单元格最多 32767 个字符）',
    );
    const many = join(dir, 'many-strings.xlsx');
    await writeZipBomb(many, { inflatedBytes: 8 * 1024 * 1024, shape: 'many-strings' });
    expect(await onlyProblem(many, { workbookLimits: { ...relaxed, maxSharedStrings: 1000 } })).toBe('工作簿的共享字符串超过 1000 个');
    expect(await onlyProblem(many, { workbookLimits: { ...relaxed, maxSharedStringChars: 5000 } })).toBe('工作簿的共享字符串总长超过 5000 个字符');
  });

  it('counts entries from the zip tail and refuses too many before parsing the directory', async () => {
    const path = join(dir, 'region.xlsx');
    await exportRegionWorkbook(sampleRegion(), path);
    const count = await zipEntryCount(path);
    expect(count).toBeGreaterThan(5);
    expect(await onlyProblem(path, { workbookLimits: { maxEntries: 5 } })).toBe(`工作簿压缩包内文件过多：${count} 个，上限 5 个`);
    // Within the limits, the same workbook reads.
    expect((await readRoster(path)).problems).toEqual([]);
  });
});
