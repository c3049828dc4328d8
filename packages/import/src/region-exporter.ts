import type { RegionData } from '@junheng/domain';
import { writeCsvFolder } from './csv-folder-writer';
import { regionSheetRows } from './region-sheet-rows';
import { writeWorkbook } from './workbook-writer';

/** Writes a region as an import workbook (学校, 学段, 教师, 经费, 成本): what `importRoster` reads back. */
export async function exportRegionWorkbook(data: RegionData, path: string, options: { onRows?: (rowsWritten: number) => void } = {}): Promise<void> {
  await writeWorkbook(path, regionSheetRows(data), { onRows: options.onRows });
}

/** Writes a region as a folder of import CSV files (schools.csv, sections.csv, ...), UTF-8 with a byte-order mark. */
export async function exportRegionCsvFolder(data: RegionData, folder: string): Promise<string[]> {
  return writeCsvFolder(folder, regionSheetRows(data));
}
