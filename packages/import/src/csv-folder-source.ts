import { createReadStream, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse';
import type { ByteProgress, SourceRow, SourceTable } from './source-table';

/** The .csv files of a folder, in name order. */
export function csvFilesOf(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => name.toLowerCase().endsWith('.csv'))
    .sort();
}

async function* rowsOf(path: string, onBytes: (delta: number) => void): AsyncGenerator<SourceRow> {
  const input = createReadStream(path, { highWaterMark: 1 << 20 });
  input.on('data', (chunk) => onBytes(chunk.length));
  const parser = input.pipe(parse({ bom: true, relax_column_count: true, relax_quotes: true, info: true }));
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      yield { row: info.lines, cells: record };
    }
  } finally {
    input.destroy();
  }
}

/** Streams the CSV files of a folder (UTF-8, byte-order mark tolerated), one table per file. */
export async function* readCsvFolderTables(folder: string, onBytes?: ByteProgress): AsyncGenerator<SourceTable> {
  const files = csvFilesOf(folder);
  const totalBytes = files.reduce((sum, name) => sum + statSync(join(folder, name)).size, 0);
  let bytesRead = 0;
  const count = (delta: number): void => {
    bytesRead += delta;
    onBytes?.(bytesRead, totalBytes);
  };
  for (const name of files) yield { name, rows: rowsOf(join(folder, name), count) };
}
