import { writeFileSync } from 'node:fs';
import { stringify } from 'csv-stringify/sync';
import type { ImportProblem } from './import-problem';

/** Every problem of an import as a CSV file (UTF-8 with BOM, Chinese headings), for HR to work through. */
export function writeProblemsCsv(path: string, problems: readonly ImportProblem[]): void {
  const rows = [['工作表', '行', '列', '值', '问题'], ...problems.map((p) => [p.sheet, p.row, p.column, p.value, p.message])];
  writeFileSync(path, stringify(rows, { bom: true }));
}
