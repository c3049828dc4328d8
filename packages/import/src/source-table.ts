import type { CellValue } from './cell-value';

/** One data or heading row of a sheet: its spreadsheet row number (heading = 1) and its cells. */
export interface SourceRow {
  row: number;
  cells: CellValue[];
}

/**
 * One sheet of a workbook or one CSV file, read as a stream. Its rows must be consumed (or
 * abandoned) before the next table is requested.
 */
export interface SourceTable {
  /** Sheet name or file name, as the user will see it in problems. */
  name: string;
  rows: AsyncIterable<SourceRow>;
}

/** Bytes of input consumed so far, over everything being read. */
export type ByteProgress = (bytesRead: number, totalBytes: number) => void;
