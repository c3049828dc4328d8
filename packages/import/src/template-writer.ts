import { join } from 'node:path';
import { SHEETS } from './column-maps';
import { writeCsvFolder } from './csv-folder-writer';
import { writeWorkbook } from './workbook-writer';

export const TEMPLATE_WORKBOOK_NAME = 'junheng-import-template.xlsx';
export const TEMPLATE_CSV_FOLDER = 'csv';

const emptySheets = () => SHEETS.map((spec) => ({ spec, count: 0, rows: [] }));

/**
 * Empty import templates with the Chinese headings. Given a path ending in .xlsx, writes that
 * workbook (one sheet per kind, frozen heading, plus a 说明 sheet of allowed values). Given a folder,
 * writes `<folder>/junheng-import-template.xlsx` and the CSV files in `<folder>/csv/` (UTF-8 with BOM).
 * Returns the files written.
 */
export async function writeTemplate(target: string): Promise<string[]> {
  if (/\.xlsx$/i.test(target)) {
    await writeWorkbook(target, emptySheets(), { notes: true });
    return [target];
  }
  const workbook = join(target, TEMPLATE_WORKBOOK_NAME);
  await writeWorkbook(workbook, emptySheets(), { notes: true });
  const csvFiles = await writeCsvFolder(join(target, TEMPLATE_CSV_FOLDER), emptySheets());
  return [workbook, ...csvFiles];
}
