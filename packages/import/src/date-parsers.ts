import type { CellValue } from './cell-value';

/** Excel stores dates as days since 1899-12-30 (with the 1900 leap-year bug folded in). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function validDate(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function fromDate(date: Date): { y: number; m: number; d: number } | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  // exceljs builds dates in UTC; a date typed in local time at midnight east of Greenwich is still the same day.
  const shifted = new Date(date.getTime() + 12 * 3_600_000);
  return { y: shifted.getUTCFullYear(), m: shifted.getUTCMonth() + 1, d: shifted.getUTCDate() };
}

function fromSerial(serial: number): { y: number; m: number; d: number } | undefined {
  if (!Number.isInteger(serial) || serial < 1 || serial > 73_050) return undefined;
  return fromDate(new Date(EXCEL_EPOCH_MS + serial * DAY_MS));
}

/** A calendar date as YYYY-MM-DD: date cells, Excel serial numbers, 1990-03-05, 1990/3/5, 1990.03.05, 19900305. */
export function parseDate(value: CellValue): string | undefined {
  let parts: { y: number; m: number; d: number } | undefined;
  if (value instanceof Date) parts = fromDate(value);
  else if (typeof value === 'number') {
    parts = value >= 19_000_101 && value <= 21_001_231 && Number.isInteger(value)
      ? { y: Math.floor(value / 10_000), m: Math.floor(value / 100) % 100, d: value % 100 }
      : fromSerial(value);
  } else if (typeof value === 'string') {
    const t = value.trim();
    const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(t) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(t);
    if (m) parts = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  }
  if (!parts || !validDate(parts.y, parts.m, parts.d)) return undefined;
  return `${parts.y}-${pad(parts.m)}-${pad(parts.d)}`;
}

/** A month as YYYY-MM: date cells, Excel serial numbers, 2015-09, 2015/9, 2015.09, 2015年9月, 201509, or a full date. */
export function parseYearMonth(value: CellValue): string | undefined {
  let parts: { y: number; m: number } | undefined;
  if (value instanceof Date) parts = fromDate(value);
  else if (typeof value === 'number') {
    parts = value >= 190_001 && value <= 210_012 && Number.isInteger(value)
      ? { y: Math.floor(value / 100), m: value % 100 }
      : fromSerial(value);
  } else if (typeof value === 'string') {
    const t = value.trim();
    const m = /^(\d{4})[-/.年](\d{1,2})月?$/.exec(t) ?? /^(\d{4})(\d{2})$/.exec(t);
    if (m) parts = { y: Number(m[1]), m: Number(m[2]) };
    else {
      const full = parseDate(t);
      if (full) parts = { y: Number(full.slice(0, 4)), m: Number(full.slice(5, 7)) };
    }
  }
  if (!parts || !validDate(parts.y, parts.m, 1)) return undefined;
  return `${parts.y}-${pad(parts.m)}`;
}
