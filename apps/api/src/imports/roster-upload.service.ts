import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { acquireImportLock, AuditLogEntity } from '@junheng/db';
import { readRoster, writeRoster, writeTemplate, type ImportProblem } from '@junheng/import';
import type { DataSource } from 'typeorm';
import { loadRegionScope } from '../auth/region-scope';
import type { Viewer } from '../auth/viewer';
import { badInput, forbidden } from '../errors/app-error';
import { saveUploadBody } from './upload-body';
import { withUploadDir } from './upload-temp-dir';

export interface RosterUploadResult {
  imported: boolean;
  dryRun: boolean;
  problems: ImportProblem[];
  /** What the data took by default (a cost item the 成本 sheet leaves out): said, not refused. */
  warnings: ImportProblem[];
  rowsRead: number;
  counties: string[];
  counts: { schools: number; sections: number; teachers: number; budgets: number } | null;
}

export interface RosterUploadOptions {
  dryRun: boolean;
  /** The upload limit (config `uploadMaxMb`). */
  maxBytes: number;
  /** Where the upload is kept while it is read (config `uploadTempDir`); removed on every path. */
  tempRoot: string;
}

/** How the upload is named in problems about the file as a whole (never its temporary path). */
const UPLOAD_NAME = '上传的工作簿';

/** HR and ADMIN import rosters; the route asks this before it reads a byte of the body. */
export function canImport(viewer: Viewer): boolean {
  return viewer.role === 'HR' || viewer.role === 'ADMIN';
}

function requireImporter(viewer: Viewer): void {
  if (!canImport(viewer)) throw forbidden('Only HR and ADMIN import rosters (仅人事股和管理员可导入名册)');
}

/**
 * An uploaded workbook, validated in full; written (one transaction replacing its counties) only when
 * nothing is wrong, it is not a dry run, and every county in it is in the uploader's region.
 *
 * One import per county at a time (`acquireImportLock`, across processes): the uploader's region is
 * held before the body is read, so a second upload for it is refused (`ImportBusyError`) without
 * reading it; the counties the file holds are added before writing. The body is streamed to a
 * temporary file (at most `maxBytes`, `UploadTooLargeError` beyond), which is removed on every path.
 */
export async function importUploadedWorkbook(ds: DataSource, viewer: Viewer, body: Readable, options: RosterUploadOptions): Promise<RosterUploadResult> {
  requireImporter(viewer);
  const { dryRun } = options;
  const lock = await acquireImportLock(ds, viewer.regionCode !== null ? [viewer.regionCode] : []);
  try {
    return await withUploadDir(options.tempRoot, async (dir) => {
      const path = join(dir, 'upload.xlsx');
      const bytes = await saveUploadBody(body, path, options.maxBytes);
      if (bytes === 0) throw badInput('file', 'Send the .xlsx workbook as the request body (请上传 .xlsx 工作簿)');
      const read = await readRoster(path, { sourceName: UPLOAD_NAME });
      const result: RosterUploadResult = { imported: false, dryRun, problems: read.problems, warnings: read.warnings, rowsRead: read.rowsRead, counties: [], counts: null };
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
      const written = await writeRoster(ds, data, { rowsRead: read.rowsRead, lock });
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
  } finally {
    await lock.release();
  }
}

/** The empty workbook HR fills in: the sheets with their Chinese headings and a 说明 sheet. */
export async function importTemplateWorkbook(tempRoot: string): Promise<Buffer> {
  return withUploadDir(tempRoot, async (dir) => {
    const path = join(dir, 'junheng-import-template.xlsx');
    await writeTemplate(path);
    return readFile(path);
  });
}
