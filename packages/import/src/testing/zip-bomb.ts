import { open } from 'node:fs/promises';
import { constants, crc32, deflateRawSync } from 'node:zlib';

/**
 * Test support: an .xlsx workbook whose xl/sharedStrings.xml inflates to gigabytes while the file stays
 * a few megabytes, built without ever holding the inflated text: one deflated block of repeated text is
 * written many times (each block is flushed in full, so copies can follow one another).
 */
export interface ZipBombOptions {
  /** Inflated size of xl/sharedStrings.xml, about (default 2 GiB). */
  inflatedBytes?: number;
  /** `giant-cell`: one shared string of that size; `many-strings`: millions of short ones. */
  shape?: 'giant-cell' | 'many-strings';
  /** The zip directory declares a small size for sharedStrings.xml (a bomb that lies about itself). */
  lie?: boolean;
}

interface Entry {
  name: Buffer;
  pieces: Buffer[];
  crc: number;
  compressed: number;
  inflated: number;
  declared: number;
}

const UNIT = 1024 * 1024;

function deflatePiece(text: Buffer | string, last: boolean): Buffer {
  return deflateRawSync(text, { level: 9, finishFlush: last ? constants.Z_FINISH : constants.Z_FULL_FLUSH });
}

function smallEntry(name: string, text: string): Entry {
  const data = Buffer.from(text, 'utf8');
  const piece = deflatePiece(data, true);
  return { name: Buffer.from(name), pieces: [piece], crc: crc32(data), compressed: piece.length, inflated: data.length, declared: data.length };
}

function bombEntry(options: ZipBombOptions): Entry {
  const target = options.inflatedBytes ?? 2 * 1024 * 1024 * 1024;
  const head = Buffer.from('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' + (options.shape === 'many-strings' ? '' : '<si><t>'));
  const tail = Buffer.from((options.shape === 'many-strings' ? '' : '</t></si>') + '</sst>');
  const unitText = options.shape === 'many-strings' ? '<si><t>均衡</t></si>'.repeat(Math.floor(UNIT / 20)) : 'A'.repeat(UNIT);
  const unit = Buffer.from(unitText, 'utf8');
  const units = Math.max(1, Math.floor(target / unit.length));
  const unitDeflated = deflatePiece(unit, false);
  const pieces = [deflatePiece(head, false)];
  let crc = crc32(head);
  for (let i = 0; i < units; i++) {
    pieces.push(unitDeflated);
    crc = crc32(unit, crc);
  }
  pieces.push(deflatePiece(tail, true));
  crc = crc32(tail, crc);
  const inflated = head.length + units * unit.length + tail.length;
  const compressed = pieces.reduce((n, p) => n + p.length, 0);
  return { name: Buffer.from('xl/sharedStrings.xml'), pieces, crc, compressed, inflated, declared: options.lie ? 4096 : inflated };
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function workbookEntries(): Entry[] {
  return [
    smallEntry('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`),
    smallEntry('_rels/.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    smallEntry('xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><sheet name="学校" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    smallEntry('xl/_rels/workbook.xml.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`),
    smallEntry('xl/worksheets/sheet1.xml', `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>`),
  ];
}

function localHeader(e: Entry): Buffer {
  const h = Buffer.alloc(30);
  h.writeUInt32LE(0x04034b50, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(0x0800, 6); // UTF-8 names
  h.writeUInt16LE(8, 8); // deflate
  h.writeUInt32LE(0, 10);
  h.writeUInt32LE(e.crc >>> 0, 14);
  h.writeUInt32LE(e.compressed, 18);
  h.writeUInt32LE(e.declared, 22);
  h.writeUInt16LE(e.name.length, 26);
  h.writeUInt16LE(0, 28);
  return Buffer.concat([h, e.name]);
}

function centralHeader(e: Entry, offset: number): Buffer {
  const h = Buffer.alloc(46);
  h.writeUInt32LE(0x02014b50, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(20, 6);
  h.writeUInt16LE(0x0800, 8);
  h.writeUInt16LE(8, 10);
  h.writeUInt32LE(0, 12);
  h.writeUInt32LE(e.crc >>> 0, 16);
  h.writeUInt32LE(e.compressed, 20);
  h.writeUInt32LE(e.declared, 24);
  h.writeUInt16LE(e.name.length, 28);
  h.writeUInt32LE(offset, 42);
  return Buffer.concat([h, e.name]);
}

/** Writes the bomb workbook to `path`; returns its size on disk and what sharedStrings.xml inflates to. */
export async function writeZipBomb(path: string, options: ZipBombOptions = {}): Promise<{ fileBytes: number; inflatedBytes: number }> {
  const entries = [...workbookEntries(), bombEntry(options)];
  const file = await open(path, 'w');
  let offset = 0;
  const write = async (b: Buffer): Promise<void> => {
    await file.write(b);
    offset += b.length;
  };
  try {
    const offsets: number[] = [];
    for (const e of entries) {
      offsets.push(offset);
      await write(localHeader(e));
      for (let i = 0; i < e.pieces.length; i += 256) await file.writev(e.pieces.slice(i, i + 256)).then((r) => (offset += r.bytesWritten));
    }
    const directoryAt = offset;
    for (const [i, e] of entries.entries()) await write(centralHeader(e, offsets[i]!));
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(entries.length, 8);
    end.writeUInt16LE(entries.length, 10);
    end.writeUInt32LE(offset - directoryAt, 12);
    end.writeUInt32LE(directoryAt, 16);
    await write(end);
  } finally {
    await file.close();
  }
  return { fileBytes: offset, inflatedBytes: entries[entries.length - 1]!.inflated };
}
