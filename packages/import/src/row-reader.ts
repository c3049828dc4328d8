import { cellText, type CellValue } from './cell-value';
import { parseDate, parseYearMonth } from './date-parsers';
import type { ImportProblem } from './import-problem';
import { labelList, parseValue, type ValueMap } from './value-maps';

/** Where each known column sits in a sheet, with the heading as written there. */
export type ColumnIndex = ReadonlyMap<string, { index: number; heading: string }>;

interface ValueOptions {
  /** An empty cell is a problem (default true). */
  required?: boolean;
}

interface NumberOptions extends ValueOptions {
  min?: number;
  max?: number;
  integer?: boolean;
}

/**
 * Reads the typed fields of one data row and records a problem for every field that is wrong,
 * so that one pass reports everything. Missing columns are reported once per sheet, not per row.
 */
export class RowReader {
  private problemCount = 0;

  constructor(
    readonly sheet: string,
    readonly row: number,
    private readonly cells: readonly CellValue[],
    private readonly columns: ColumnIndex,
    private readonly problems: ImportProblem[],
  ) {}

  /** No field of this row was wrong so far. */
  get ok(): boolean {
    return this.problemCount === 0;
  }

  has(key: string): boolean {
    return this.columns.has(key);
  }

  raw(key: string): CellValue {
    const column = this.columns.get(key);
    return column ? (this.cells[column.index] ?? null) : null;
  }

  problem(key: string, message: string, value?: string): void {
    this.problemCount += 1;
    const heading = this.columns.get(key)?.heading ?? key;
    this.problems.push({ sheet: this.sheet, row: this.row, column: heading, value: value ?? cellText(this.raw(key)), message });
  }

  private empty(key: string, required: boolean): boolean {
    if (!this.columns.has(key)) return true; // reported once as a missing column
    if (cellText(this.raw(key)) !== '') return false;
    if (required) this.problem(key, '不能为空');
    return true;
  }

  text(key: string, options: ValueOptions & { maxLength?: number } = {}): string {
    if (this.empty(key, options.required ?? true)) return '';
    const value = this.raw(key);
    if (typeof value === 'number' && !Number.isSafeInteger(value)) {
      this.problem(key, '数字过长，已被表格改写（如 4.3E+17），请将该列设为文本格式后重新填写');
      return '';
    }
    const text = cellText(value);
    if (options.maxLength !== undefined && text.length > options.maxLength) {
      this.problem(key, `长度不能超过 ${options.maxLength} 个字符`);
      return '';
    }
    return text;
  }

  number(key: string, options: NumberOptions = {}): number | undefined {
    if (this.empty(key, options.required ?? true)) return undefined;
    const value = this.raw(key);
    const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim().replace(/[,，]/g, '')) : Number.NaN;
    if (!Number.isFinite(n)) {
      this.problem(key, options.integer ? '应为整数' : '应为数字');
      return undefined;
    }
    if (options.integer && !Number.isInteger(n)) {
      this.problem(key, '应为整数');
      return undefined;
    }
    if (options.min !== undefined && n < options.min) {
      this.problem(key, options.min === 0 ? '不能为负数' : `不能小于 ${options.min}`);
      return undefined;
    }
    if (options.max !== undefined && n > options.max) {
      this.problem(key, `不能大于 ${options.max}`);
      return undefined;
    }
    return n;
  }

  /** A count: an integer, never negative. */
  count(key: string, options: ValueOptions = {}): number | undefined {
    return this.number(key, { ...options, integer: true, min: 0 });
  }

  /** An amount of money or area: a number, never negative. */
  amount(key: string, options: ValueOptions = {}): number | undefined {
    return this.number(key, { ...options, min: 0 });
  }

  choice<T extends string>(key: string, map: ValueMap<T>, options: ValueOptions = {}): T | undefined {
    if (this.empty(key, options.required ?? true)) return undefined;
    const code = parseValue(map, cellText(this.raw(key)));
    if (code === undefined) this.problem(key, `不是有效的${map.name}，应为 ${labelList(map)}`);
    return code;
  }

  date(key: string, options: ValueOptions = {}): string | undefined {
    if (this.empty(key, options.required ?? true)) return undefined;
    const date = parseDate(this.raw(key));
    if (date === undefined) this.problem(key, '日期无效，应为 YYYY-MM-DD');
    return date;
  }

  yearMonth(key: string, options: ValueOptions = {}): string | undefined {
    if (this.empty(key, options.required ?? true)) return undefined;
    const month = parseYearMonth(this.raw(key));
    if (month === undefined) this.problem(key, '年月无效，应为 YYYY-MM');
    return month;
  }
}
