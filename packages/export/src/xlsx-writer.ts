import ExcelJS from 'exceljs';
import { formulaSafe, formulaSafeCell } from './formula-safe';
import type { HrList } from './hr-list';

// Excel forbids these in sheet names and caps them at 31 characters.
function safeSheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || '工作表';
  let candidate = base;
  for (let i = 2; taken.has(candidate); i += 1) candidate = `${base.slice(0, 28)}(${i})`;
  taken.add(candidate);
  return candidate;
}

function addListSheet<Row>(workbook: ExcelJS.Workbook, name: string, list: HrList<Row>, rows: Row[]): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.columns = list.columns.map((c) => ({ width: c.width }));
  const title = sheet.addRow([formulaSafe(list.title)]);
  title.font = { bold: true, size: 14 };
  sheet.mergeCells(1, 1, 1, list.columns.length);
  const heading = sheet.addRow(list.columns.map((c) => formulaSafe(c.heading)));
  heading.font = { bold: true };
  heading.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
  // Text cells are plain strings (never formulas), made formula-safe like the CSV; numbers stay numbers.
  for (const row of rows) sheet.addRow(list.columns.map((c) => formulaSafeCell(c.value(row))));
}

/**
 * The list as a workbook: a full sheet, then one sheet per group (e.g. receiving township).
 * Row 1 is the title, row 2 the frozen Chinese headings.
 */
export async function writeXlsx<Row>(list: HrList<Row>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '均衡 Junheng';
  const taken = new Set<string>();
  addListSheet(workbook, safeSheetName(list.sheetName, taken), list, list.rows);
  if (list.groupBy) {
    const groups = new Map<string, Row[]>();
    for (const row of list.rows) {
      const key = list.groupBy(row);
      groups.set(key, [...(groups.get(key) ?? []), row]);
    }
    for (const [key, rows] of groups) addListSheet(workbook, safeSheetName(key, taken), list, rows);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
