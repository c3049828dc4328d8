/**
 * How much an .xlsx workbook may unzip to before it is read: a small upload that inflates to gigabytes
 * (a "zip bomb") is refused from its zip directory, and the parts are counted again while they
 * inflate, so that a directory that lies about sizes is caught too.
 */
export interface WorkbookLimits {
  /** Files in the zip (a roster workbook has about 15). */
  maxEntries: number;
  /** Uncompressed bytes of one part (the 教师 sheet of 100,000 teachers is about 76 MB). */
  maxEntryBytes: number;
  /** Uncompressed bytes of every part together. */
  maxTotalBytes: number;
  /** Uncompressed / compressed size of one part, checked for parts above `ratioGraceBytes` (spreadsheet XML compresses 5-20 times). */
  maxRatio: number;
  ratioGraceBytes: number;
  /** Bytes of XML between two `<`: one cell's text or attribute (Excel holds at most 32,767 characters a cell). */
  maxTextRunBytes: number;
  /** Shared strings (xl/sharedStrings.xml), kept in memory while the sheets are read: how many, and their characters. */
  maxSharedStrings: number;
  maxSharedStringChars: number;
}

const MiB = 1024 * 1024;

export const DEFAULT_WORKBOOK_LIMITS: Readonly<WorkbookLimits> = Object.freeze({
  maxEntries: 1000,
  maxEntryBytes: 256 * MiB,
  maxTotalBytes: 512 * MiB,
  maxRatio: 100,
  ratioGraceBytes: MiB,
  maxTextRunBytes: MiB,
  maxSharedStrings: 2_000_000,
  maxSharedStringChars: 64_000_000,
});

/** A workbook over one of the limits: its message (Chinese) names the part and the limit. */
export class WorkbookLimitError extends Error {
  readonly code = 'WORKBOOK_TOO_LARGE';
  constructor(message: string) {
    super(message);
    this.name = 'WorkbookLimitError';
  }
}

/** Bytes for a message: "2048 MB", "1 MB", "900 KB". */
export function formatBytes(bytes: number): string {
  if (bytes >= MiB) return `${Math.round(bytes / MiB)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
