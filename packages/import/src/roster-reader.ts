import { existsSync, statSync } from 'node:fs';
import { defaultCostTable, type CostTable, type RegionData } from '@junheng/domain';
import { readCsvFolderTables } from './csv-folder-source';
import { crossSheetChecks } from './cross-sheet-checks';
import type { ImportProblem } from './import-problem';
import type { ImportProgress, ImportProgressCallback } from './import-progress';
import { buildRegionData } from './region-data-builder';
import { collectRoster } from './roster-collector';
import type { SourceTable } from './source-table';
import { DEFAULT_WORKBOOK_LIMITS, WorkbookLimitError, type WorkbookLimits } from './workbook-limits';
import { readWorkbookTables } from './workbook-source';

export interface ReadRosterOptions {
  onProgress?: ImportProgressCallback;
  /** Cost table of a county that has no rows in 成本 (or when the sheet is absent); default: the domain's `defaultCostTable`. */
  defaultCostTable?: (countyCode: string) => CostTable;
  /** How much a workbook may unzip to (default `DEFAULT_WORKBOOK_LIMITS`); over a limit, one problem names it. */
  workbookLimits?: Partial<WorkbookLimits>;
  /** The file's name in problems about the file as a whole (default: the path; the API passes the upload's name, not its temporary path). */
  sourceName?: string;
}

export interface RosterReadResult {
  /** The region's data, or null when there is any problem. */
  data: RegionData | null;
  /** Every problem found, in file order per sheet, then the cross-sheet ones. */
  problems: ImportProblem[];
  /**
   * What the data took by default, said to the importer but not refused (a county costed with the
   * default cost table, a cost item its rows leave out); empty when there are problems.
   */
  warnings: ImportProblem[];
  rowsRead: number;
}

function inputProblem(path: string, message: string): RosterReadResult {
  return { data: null, problems: [{ sheet: path, row: 0, column: '', value: '', message }], warnings: [], rowsRead: 0 };
}

/**
 * Reads and validates a roster: an .xlsx workbook or a folder of CSV files. Streams the input,
 * collects every problem, and returns the region's data only when there is none.
 */
export async function readRoster(path: string, options: ReadRosterOptions = {}): Promise<RosterReadResult> {
  const source = options.sourceName ?? path;
  if (!existsSync(path)) return inputProblem(source, '文件或文件夹不存在');
  const isFolder = statSync(path).isDirectory();
  if (!isFolder && !/\.xlsx$/i.test(path)) return inputProblem(source, '不支持的文件类型：请提供 .xlsx 工作簿或包含 CSV 文件的文件夹');
  const limits: WorkbookLimits = { ...DEFAULT_WORKBOOK_LIMITS, ...options.workbookLimits };

  const progress: ImportProgress = { phase: 'read', rowsRead: 0, done: 0, total: 0 };
  const report = (): void => options.onProgress?.({ ...progress });
  const onBytes = (bytesRead: number, totalBytes: number): void => {
    progress.done = bytesRead;
    progress.total = totalBytes;
  };
  const tables: AsyncIterable<SourceTable> = isFolder ? readCsvFolderTables(path, onBytes) : readWorkbookTables(path, onBytes, limits);

  const problems: ImportProblem[] = [];
  let collected;
  try {
    collected = await collectRoster(tables, problems, (rows) => {
      progress.rowsRead = rows;
      report();
    });
  } catch (error) {
    // A workbook over a size limit (a zip bomb); a corrupt or password-protected workbook, an unreadable file.
    if (error instanceof WorkbookLimitError) return { ...inputProblem(source, error.message), rowsRead: progress.rowsRead };
    return inputProblem(source, `无法读取文件：${error instanceof Error ? error.message : String(error)}`);
  }
  progress.phase = 'check';
  progress.done = progress.total;
  report();
  crossSheetChecks(collected, problems);
  if (problems.length > 0) return { data: null, problems, warnings: [], rowsRead: progress.rowsRead };
  const { data, warnings } = buildRegionData(collected, options.defaultCostTable ?? defaultCostTable);
  return { data, problems, warnings, rowsRead: progress.rowsRead };
}
