import { writeFileSync } from 'node:fs';
import { formulaSafeCell } from '@junheng/export';
import { stringify } from 'csv-stringify/sync';
import type { ImportProblem } from './import-problem';

/** Every problem of an import as a CSV file (UTF-8 with BOM, Chinese headings, formula-safe: a value is the file's own text), for HR to work through. */
export function writeProblemsCsv(path: string, problems: readonly ImportProblem[]): void {
  const rows = [['工作表', '行', '列', '值', '问题'], ...problems.map((p) => [p.sheet, p.row, p.column, p.value, p.message].map(formulaSafeCell))];
  writeFileSync(path, stringify(rows, { bom: true }));
}
