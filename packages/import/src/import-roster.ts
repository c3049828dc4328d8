import type { RegionData } from '@junheng/domain';
import { acquireImportLock, replaceRegionData, type ImportLock, type ReplaceRegionDataResult } from '@junheng/db';
import type { ImportProblem } from './import-problem';
import { readRoster, type ReadRosterOptions } from './roster-reader';

type DataSourceLike = Parameters<typeof replaceRegionData>[0];

export interface ImportRosterResult {
  /** True when the data was written; false when there were problems (then nothing was written). */
  imported: boolean;
  problems: ImportProblem[];
  /** What the data took by default (`RosterReadResult.warnings`; `writeRoster` has none of its own). */
  warnings: ImportProblem[];
  rowsRead: number;
  /** What was written (null when nothing was). */
  written: ReplaceRegionDataResult | null;
  data: RegionData | null;
}

/**
 * School codes of the file that the database already holds under a county the file does not
 * replace: writing them would take a school away from another county.
 */
export async function schoolsOwnedElsewhere(ds: DataSourceLike, data: RegionData, sheet: string): Promise<ImportProblem[]> {
  const rows: Array<{ code: string; county_code: string }> = await ds.query(
    'SELECT code, county_code FROM school WHERE code = ANY($1::text[]) AND NOT (county_code = ANY($2::text[]))',
    [data.schools.map((s) => s.code), data.counties.map((c) => c.code)],
  );
  return rows.map((r) => ({
    sheet, row: 0, column: '学校标识码', value: r.code,
    message: `学校标识码已属于其他区县（${r.county_code}）：同一所学校不能属于两个区县`,
  }));
}

/**
 * Imports a roster (an .xlsx workbook or a folder of CSV files) all or nothing: every row is
 * validated first; only when there is no problem at all are the file's counties replaced, in one
 * transaction (`replaceRegionData`). Re-importing a county replaces it.
 */
export async function importRoster(ds: DataSourceLike, path: string, options: ReadRosterOptions = {}): Promise<ImportRosterResult> {
  const read = await readRoster(path, options);
  if (!read.data) return { imported: false, problems: read.problems, warnings: [], rowsRead: read.rowsRead, written: null, data: null };
  return { ...(await writeRoster(ds, read.data, { ...options, rowsRead: read.rowsRead })), warnings: read.warnings };
}

export interface WriteRosterOptions extends ReadRosterOptions {
  rowsRead?: number;
  /** The caller's import lock (the API takes it before reading the upload); the file's counties are added to it. */
  lock?: ImportLock;
}

/**
 * Writes a roster that `readRoster` accepted (the second half of `importRoster`, for callers that read
 * first). At most one import per county runs at a time, across processes: a county another import holds
 * is refused at once with `ImportBusyError` (code `IMPORT_BUSY`) and nothing is written.
 */
export async function writeRoster(ds: DataSourceLike, data: RegionData, options: WriteRosterOptions = {}): Promise<ImportRosterResult> {
  const codes = data.counties.map((c) => c.code);
  if (options.lock) {
    await options.lock.add(codes);
    return writeLocked(ds, data, options);
  }
  const lock = await acquireImportLock(ds, codes);
  try {
    return await writeLocked(ds, data, options);
  } finally {
    await lock.release();
  }
}

async function writeLocked(ds: DataSourceLike, data: RegionData, options: WriteRosterOptions): Promise<ImportRosterResult> {
  const rowsRead = options.rowsRead ?? 0;
  const clashes = await schoolsOwnedElsewhere(ds, data, '学校');
  if (clashes.length > 0) return { imported: false, problems: clashes, warnings: [], rowsRead, written: null, data: null };
  // Rows to insert, roughly: schools go to three tables (school, facilities, quota).
  const total = data.schools.length * 3 + data.sections.length + data.teachers.length + data.budgets.length + data.costTables.length * 8;
  const doneByTable = new Map<string, number>();
  const written = await replaceRegionData(ds, data, {
    onProgress: (p) => {
      doneByTable.set(p.table, p.done);
      const done = [...doneByTable.values()].reduce((a, b) => a + b, 0);
      options.onProgress?.({ phase: 'write', rowsRead, done: Math.min(done, total), total });
    },
  });
  options.onProgress?.({ phase: 'done', rowsRead, done: total, total });
  return { imported: true, problems: [], warnings: [], rowsRead, written, data };
}
