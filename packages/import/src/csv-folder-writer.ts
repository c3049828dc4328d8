import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { formulaSafeCell } from '@junheng/export';
import { stringify } from 'csv-stringify';
import type { SheetRows } from './region-sheet-rows';

/** Writes each sheet as `<folder>/<csvFile>`: UTF-8 with a byte-order mark (so that Excel reads it), Chinese headings, formula-safe text. */
export async function writeCsvFolder(folder: string, sheets: readonly SheetRows[]): Promise<string[]> {
  mkdirSync(folder, { recursive: true });
  const files: string[] = [];
  for (const { spec, rows } of sheets) {
    const path = join(folder, spec.csvFile);
    const header = spec.columns.map((c) => c.zh);
    function* lines(): Iterable<unknown[]> {
      yield header;
      // Formula-safe text (`'=...`), numbers as numbers; the importer undoes the prefix.
      for (const row of rows) yield row.map(formulaSafeCell);
    }
    await pipeline(Readable.from(lines()), stringify({ bom: true }), createWriteStream(path));
    files.push(path);
  }
  return files;
}
