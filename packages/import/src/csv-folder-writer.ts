import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type { SheetRows } from './region-sheet-rows';

/** Writes each sheet as `<folder>/<csvFile>`: UTF-8 with a byte-order mark (so that Excel reads it), Chinese headings. */
export async function writeCsvFolder(folder: string, sheets: readonly SheetRows[]): Promise<string[]> {
  mkdirSync(folder, { recursive: true });
  const files: string[] = [];
  for (const { spec, rows } of sheets) {
    const path = join(folder, spec.csvFile);
    const header = spec.columns.map((c) => c.zh);
    function* lines(): Iterable<unknown[]> {
      yield header;
      yield* rows;
    }
    await pipeline(Readable.from(lines()), stringify({ bom: true }), createWriteStream(path));
    files.push(path);
  }
  return files;
}
