import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { formulaSafeCell } from '@junheng/export';
import ExcelJS from 'exceljs';
import { SHEETS } from './column-maps';
import { columnHint, isTextColumn } from './column-formats';
import type { OutCell, SheetRows } from './region-sheet-rows';

export interface WriteWorkbookOptions {
  /** Add a 说明 sheet that lists every column, whether it is required and its allowed values. */
  notes?: boolean;
  /** Called with the number of data rows written so far. */
  onRows?: (rowsWritten: number) => void;
}

function addNotesSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter): void {
  const ws = workbook.addWorksheet('说明', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [
    { header: '工作表', width: 10 },
    { header: '列名', width: 20 },
    { header: '英文列名', width: 20 },
    { header: '必需', width: 8 },
    { header: '填写说明', width: 48 },
  ];
  ws.getRow(1).font = { bold: true };
  for (const spec of SHEETS) {
    for (const c of spec.columns) {
      ws.addRow([`${spec.sheetName}${spec.required ? '' : '（可选）'}`, c.zh, c.key, c.required ? '是' : '否', columnHint(spec, c.key)].map(formulaSafeCell)).commit();
    }
  }
  ws.commit();
}

/**
 * Writes sheets as an .xlsx workbook with the streaming writer (rows are flushed as they go): bold,
 * frozen heading row, code and date columns formatted as text, text cells formula-safe.
 */
export async function writeWorkbook(path: string, sheets: readonly SheetRows[], options: WriteWorkbookOptions = {}): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false });
  workbook.creator = 'junheng';
  let written = 0;
  for (const { spec, rows } of sheets) {
    const ws = workbook.addWorksheet(spec.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = spec.columns.map((c) => ({
      header: c.zh,
      key: c.key,
      width: Math.max(10, c.zh.length * 2 + 2),
      style: isTextColumn(c.key) ? { numFmt: '@' } : {},
    }));
    ws.getRow(1).font = { bold: true };
    ws.getRow(1).commit();
    for (const cells of rows) {
      // Text as plain strings, formula-safe (`'=...`); numbers stay numbers. The importer undoes the prefix.
      ws.addRow((cells as OutCell[]).map(formulaSafeCell)).commit();
      written += 1;
      if (options.onRows && written % 1000 === 0) options.onRows(written);
    }
    ws.commit();
  }
  if (options.notes) addNotesSheet(workbook);
  await workbook.commit();
  options.onRows?.(written);
}
