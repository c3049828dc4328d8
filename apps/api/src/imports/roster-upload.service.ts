import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuditLogEntity } from '@junheng/db';
import { readRoster, writeRoster, writeTemplate, type ImportProblem } from '@junheng/import';
import type { DataSource } from 'typeorm';
import { loadRegionScope } from '../auth/region-scope';
import type { Viewer } from '../auth/viewer';
import { forbidden } from '../errors/app-error';

export interface RosterUploadResult {
  imported: boolean;
  dryRun: boolean;
  problems: ImportProblem[];
  rowsRead: number;
  counties: string[];
  counts: { schools: number; sections: number; teachers: number; budgets: number } | null;
}

async function withTempDir<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'junheng-upload-'));
  try {
    return await work(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function requireImporter(viewer: Viewer): void {
  if (viewer.role !== 'HR' && viewer.role !== 'ADMIN') throw forbidden('Only HR and ADMIN import rosters (仅人事股和管理员可导入名册)');
}

/**
 * An uploaded workbook, validated in full; written (one transaction replacing its counties) only when
 * nothing is wrong, it is not a dry run, and every county in it is in the uploader's region.
 */
export async function importUploadedWorkbook(ds: DataSource, viewer: Viewer, body: Buffer, dryRun: boolean): Promise<RosterUploadResult> {
  requireImporter(viewer);
  return withTempDir(async (dir) => {
    const path = join(dir, 'upload.xlsx');
    await writeFile(path, body);
    const read = await readRoster(path);
    const result: RosterUploadResult = { imported: false, dryRun, problems: read.problems, rowsRead: read.rowsRead, counties: [], counts: null };
    if (!read.data) return result;
    const data = read.data;
    result.counties = data.counties.map((c) => c.code);
    result.counts = { schools: data.schools.length, sections: data.sections.length, teachers: data.teachers.length, budgets: data.budgets.length };
    const scope = await loadRegionScope(ds, viewer.regionCode);
    const outside = data.counties.filter((c) => !scope.includes(c.code) && viewer.regionCode !== null);
    if (outside.length > 0) {
      result.problems = outside.map((c) => ({ sheet: '学校', row: 0, column: '区县代码', value: c.code, message: `区县 ${c.code} 不在您的管辖范围内` }));
      return result;
    }
    if (dryRun) return result;
    const written = await writeRoster(ds, data, { rowsRead: read.rowsRead });
    result.problems = written.problems;
    result.imported = written.imported;
    if (written.imported) {
      await ds.getRepository(AuditLogEntity).insert({
        username: viewer.username, action: 'IMPORT_ROSTER', countyCode: result.counties[0] ?? null, target: result.counties.join(','),
        details: { ...result.counts, rowsRead: read.rowsRead, via: 'web' },
      });
    }
    return result;
  });
}

/** The empty workbook HR fills in: the sheets with their Chinese headings and a 说明 sheet. */
export async function importTemplateWorkbook(): Promise<Buffer> {
  return withTempDir(async (dir) => {
    const path = join(dir, 'junheng-import-template.xlsx');
    await writeTemplate(path);
    return readFile(path);
  });
}
