import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RegionEntity } from '@junheng/db';
import { createTestDatabase, type TestDatabase } from '@junheng/db/testing';
import { TEMPLATE_WORKBOOK_NAME } from '@junheng/import';
import { runBuiltCli } from './test-support/run-built-cli';

const tmp = () => mkdtempSync(join(tmpdir(), 'junheng-cli-template-'));

describe('junheng template and import of an empty template (built CLI)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.close();
  });
  const cli = (...args: string[]) => runBuiltCli(args, db.url);

  it('refuses a path under a file, and paths in /proc, with a Chinese message and no stack trace', async () => {
    const file = join(tmp(), 'notes.txt');
    writeFileSync(file, 'mine');
    const runs = await Promise.all([
      cli('template', join(file, 'sub')),
      cli('template', join(file, 'sub', 't.xlsx')),
      cli('template', '/proc/x'),
      cli('template', '/proc/x.xlsx'),
      cli('template', join(tmp(), 'new', 'nested', 'folder')),
    ]);
    const [underFile, xlsxUnderFile, proc, procXlsx] = runs;
    expect(underFile!.code).toBe(1);
    expect(underFile!.stderr).toContain(`「${file}」是文件而不是文件夹`);
    expect(xlsxUnderFile!.code).toBe(1);
    expect(xlsxUnderFile!.stderr).toContain(`「${file}」是文件而不是文件夹`);
    for (const run of [proc!, procXlsx!]) {
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/^错误：(无法在「\/proc(\/x)?」建立文件夹或文件|没有权限写入「\/proc(\/x)?」)/);
    }
    for (const run of runs.slice(0, 4)) {
      expect(run.stderr).not.toContain('内部错误');
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
    expect(runs[4]!.code).toBe(0);
  });

  it('refuses to import an empty template: no school, nothing written', async () => {
    const folder = tmp();
    const template = await cli('template', folder);
    expect(template.code).toBe(0);
    for (const path of [join(folder, TEMPLATE_WORKBOOK_NAME), join(folder, 'csv')]) {
      const run = await cli('import', path);
      expect(run.code).toBe(1);
      expect(run.stdout).not.toContain('已导入');
      expect(run.stderr).toContain('中没有任何学校（是空白模板吗？）');
      expect(run.stderr).toContain('数据库未作任何修改');
    }
    expect(await db.dataSource.getRepository(RegionEntity).count()).toBe(0);
  });
});
