import ExcelJS from 'exceljs';
import type { RegionData } from '@junheng/domain';
import { writeCsvFolder } from '../csv-folder-writer';
import { regionSheetRows, type OutCell } from '../region-sheet-rows';
import type { SheetKind } from '../column-maps';
import { SHEETS } from '../column-maps';

/** A region's sheets as plain tables (heading row first), easy to spoil for error tests. */
export type Tables = Record<SheetKind, OutCell[][]>;

export function regionTables(data: RegionData): Tables {
  const out = {} as Tables;
  for (const s of regionSheetRows(data)) out[s.spec.kind] = [s.spec.columns.map((c) => c.zh), ...[...s.rows].map((r) => [...r])];
  return out;
}

/** Sets the cell of a data row (1 = first data row, i.e. spreadsheet row 2) by English column key. */
export function setCell(tables: Tables, kind: SheetKind, dataRow: number, key: string, value: OutCell): void {
  const spec = SHEETS.find((s) => s.kind === kind);
  const index = spec?.columns.findIndex((c) => c.key === key) ?? -1;
  const row = tables[kind][dataRow];
  if (index < 0 || !row) throw new Error(`no cell ${kind}[${dataRow}].${key}`);
  row[index] = value;
}

/** Writes tables as a workbook with the in-memory writer (a different writer from the product's). */
export async function writeTablesWorkbook(path: string, tables: Partial<Tables>, sheetNames: Partial<Record<SheetKind, string>> = {}): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const spec of SHEETS) {
    const rows = tables[spec.kind];
    if (!rows) continue;
    const ws = wb.addWorksheet(sheetNames[spec.kind] ?? spec.sheetName);
    for (const r of rows) ws.addRow(r);
  }
  await wb.xlsx.writeFile(path);
}

export async function writeTablesCsv(folder: string, tables: Partial<Tables>): Promise<void> {
  await writeCsvFolder(folder, SHEETS.filter((s) => tables[s.kind]).map((spec) => {
    const [, ...rows] = tables[spec.kind] ?? [];
    return { spec, count: rows.length, rows };
  }));
}
