import { formulaSafe } from './formula-safe';
import type { HrList } from './hr-list';

const BOM = '\uFEFF';

/** Text is made formula-safe (numbers are written as numbers), then quoted when it holds `"`, `,` or a line break. */
function csvField(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : formulaSafe(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** UTF-8 with a byte-order mark so that Excel opens the Chinese headings correctly. */
export function writeCsv<Row>(list: HrList<Row>): Buffer {
  const lines = [list.columns.map((c) => csvField(c.heading)).join(',')];
  for (const row of list.rows) lines.push(list.columns.map((c) => csvField(c.value(row))).join(','));
  return Buffer.from(BOM + lines.join('\r\n') + '\r\n', 'utf8');
}
