import ExcelJS from 'exceljs';
import { Open, type CentralDirectoryFile } from 'unzipper';
import { toCellValue } from './cell-value';
import { partInflateGuard, type InflatedTotal } from './part-inflate-guard';
import type { ByteProgress, SourceRow, SourceTable } from './source-table';
import { DEFAULT_WORKBOOK_LIMITS, WorkbookLimitError, type WorkbookLimits } from './workbook-limits';
import { checkZipEntries, checkZipEntryCount } from './zip-directory-check';

/**
 * The parts of exceljs 4.4's streaming WorkbookReader used here. Its own `parse()` walks the zip in
 * file order, which breaks on workbooks whose workbook.xml comes after the sheets (every file exceljs
 * itself writes: "Cannot read properties of undefined (reading 'sheets')") and decodes each chunk of
 * UTF-8 on its own, garbling Chinese characters that straddle two chunks. So the zip's central
 * directory is opened first (random access), the workbook, relations, shared strings and styles are
 * parsed before any sheet, and every part is handed over as already-decoded text.
 */
interface ExcelJsReaderInternals {
  model?: { sheets?: Array<{ name: string; rId: string }> };
  workbookRels?: Array<{ Id: string; Target: string }>;
  _parseRels(entry: AsyncIterable<string>): Promise<void>;
  _parseWorkbook(entry: AsyncIterable<string>): Promise<void>;
  sharedStrings?: unknown[];
  _parseSharedStrings(entry: AsyncIterable<string>): AsyncIterable<{ index: number; text: string | { richText: Array<{ text?: string | null }> } | null }>;
  _parseStyles(entry: AsyncIterable<string>): Promise<void>;
  _parseWorksheet(entry: AsyncIterable<string>, sheetNo: string): Iterable<{ eventType: string; value: AsyncIterable<ExcelJS.Row> }>;
}

/**
 * A part of the zip as decoded text (Node's decoder keeps multi-byte characters whole across chunks),
 * stopped by the guard as soon as it inflates past its limits.
 */
function text(file: CentralDirectoryFile, limits: WorkbookLimits, total: InflatedTotal, onBytes?: (n: number) => void): AsyncIterable<string> {
  const source = file.stream();
  const guard = partInflateGuard(file.path, file.uncompressedSize, limits, total, onBytes);
  source.on('error', (error) => guard.destroy(error));
  guard.on('error', () => source.destroy());
  guard.on('close', () => source.destroy());
  source.pipe(guard);
  guard.setEncoding('utf8');
  return guard as AsyncIterable<string>;
}

/** Shared strings, kept for the sheets' lookups, refused beyond the count and character limits. */
async function readSharedStrings(reader: ExcelJsReaderInternals, part: AsyncIterable<string>, limits: WorkbookLimits): Promise<void> {
  const strings: unknown[] = [];
  let chars = 0;
  for await (const { text: value } of reader._parseSharedStrings(part)) {
    if (strings.length >= limits.maxSharedStrings) throw new WorkbookLimitError(`工作簿的共享字符串超过 ${limits.maxSharedStrings} 个`);
    chars += typeof value === 'string' ? value.length : value ? value.richText.reduce((n, r) => n + (r.text?.length ?? 0), 0) : 0;
    if (chars > limits.maxSharedStringChars) throw new WorkbookLimitError(`工作簿的共享字符串总长超过 ${limits.maxSharedStringChars} 个字符`);
    strings.push(value);
  }
  reader.sharedStrings = strings;
}

async function* rowsOf(worksheet: AsyncIterable<ExcelJS.Row>): AsyncGenerator<SourceRow> {
  for await (const row of worksheet) {
    // row.values is 1-based: index 0 is always empty.
    const values = row.values as unknown[];
    const cells = new Array(Math.max(values.length - 1, 0));
    for (let i = 1; i < values.length; i++) cells[i - 1] = toCellValue(values[i]);
    yield { row: row.number, cells };
  }
}

function sheetPath(target: string): string {
  const t = target.replace(/^\//, '');
  return t.startsWith('xl/') ? t : `xl/${t}`;
}

/**
 * Streams the sheets of an .xlsx workbook in the workbook's order, without loading a sheet whole.
 * The zip is checked against `limits` first (entry count from its tail, then sizes and ratios from its
 * directory) and every part again while it inflates: a `WorkbookLimitError` names what is too large.
 */
export async function* readWorkbookTables(path: string, onBytes?: ByteProgress, limits: WorkbookLimits = DEFAULT_WORKBOOK_LIMITS): AsyncGenerator<SourceTable> {
  await checkZipEntryCount(path, limits);
  const directory = await Open.file(path);
  checkZipEntries(directory.files, limits);
  const inflated: InflatedTotal = { bytes: 0 };
  const files = new Map(directory.files.map((f) => [f.path, f]));
  const part = (name: string): CentralDirectoryFile | undefined => files.get(name);
  const workbookPart = part('xl/workbook.xml');
  const relsPart = part('xl/_rels/workbook.xml.rels');
  if (!workbookPart || !relsPart) throw new Error('不是有效的 .xlsx 工作簿（缺少 xl/workbook.xml）');

  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    worksheets: 'emit',
    sharedStrings: 'emit', // kept by readSharedStrings, within the limits
    styles: 'cache', // so that date cells come back as dates
    hyperlinks: 'ignore',
    entries: 'ignore',
  }) as unknown as ExcelJsReaderInternals;
  await reader._parseRels(text(relsPart, limits, inflated));
  await reader._parseWorkbook(text(workbookPart, limits, inflated));
  const sharedStrings = part('xl/sharedStrings.xml');
  if (sharedStrings) await readSharedStrings(reader, text(sharedStrings, limits, inflated), limits);
  const styles = part('xl/styles.xml');
  if (styles) await reader._parseStyles(text(styles, limits, inflated));

  const sheets = (reader.model?.sheets ?? []).flatMap((sheet) => {
    const rel = reader.workbookRels?.find((r) => r.Id === sheet.rId);
    const file = rel && part(sheetPath(rel.Target));
    const sheetNo = rel && /sheet(\d+)\.xml$/.exec(rel.Target)?.[1];
    return file && sheetNo ? [{ name: sheet.name, file, sheetNo }] : [];
  });
  const totalBytes = sheets.reduce((sum, s) => sum + s.file.uncompressedSize, 0);
  let bytesRead = 0;
  const count = (n: number): void => {
    bytesRead += n;
    onBytes?.(bytesRead, totalBytes);
  };
  for (const { name, file, sheetNo } of sheets) {
    const [event] = [...reader._parseWorksheet(text(file, limits, inflated, count), sheetNo)];
    if (event) yield { name, rows: rowsOf(event.value) };
  }
}
