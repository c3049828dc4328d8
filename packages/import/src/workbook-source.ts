import { Transform } from 'node:stream';
import ExcelJS from 'exceljs';
import { Open, type CentralDirectoryFile } from 'unzipper';
import { toCellValue } from './cell-value';
import type { ByteProgress, SourceRow, SourceTable } from './source-table';

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
  _parseSharedStrings(entry: AsyncIterable<string>): AsyncIterable<unknown>;
  _parseStyles(entry: AsyncIterable<string>): Promise<void>;
  _parseWorksheet(entry: AsyncIterable<string>, sheetNo: string): Iterable<{ eventType: string; value: AsyncIterable<ExcelJS.Row> }>;
}

/** A part of the zip as decoded text (Node's decoder keeps multi-byte characters whole across chunks). */
function text(file: CentralDirectoryFile, onBytes?: (n: number) => void): AsyncIterable<string> {
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      onBytes?.(chunk.length);
      done(null, chunk);
    },
  });
  const stream = file.stream().pipe(counter);
  stream.setEncoding('utf8');
  return stream as AsyncIterable<string>;
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

/** Streams the sheets of an .xlsx workbook in the workbook's order, without loading a sheet whole. */
export async function* readWorkbookTables(path: string, onBytes?: ByteProgress): AsyncGenerator<SourceTable> {
  const directory = await Open.file(path);
  const files = new Map(directory.files.map((f) => [f.path, f]));
  const part = (name: string): CentralDirectoryFile | undefined => files.get(name);
  const workbookPart = part('xl/workbook.xml');
  const relsPart = part('xl/_rels/workbook.xml.rels');
  if (!workbookPart || !relsPart) throw new Error('不是有效的 .xlsx 工作簿（缺少 xl/workbook.xml）');

  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache', // so that date cells come back as dates
    hyperlinks: 'ignore',
    entries: 'ignore',
  }) as unknown as ExcelJsReaderInternals;
  await reader._parseRels(text(relsPart));
  await reader._parseWorkbook(text(workbookPart));
  const sharedStrings = part('xl/sharedStrings.xml');
  if (sharedStrings) for await (const _ of reader._parseSharedStrings(text(sharedStrings))) void _;
  const styles = part('xl/styles.xml');
  if (styles) await reader._parseStyles(text(styles));

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
    const [event] = [...reader._parseWorksheet(text(file, count), sheetNo)];
    if (event) yield { name, rows: rowsOf(event.value) };
  }
}
