import { open } from 'node:fs/promises';
import type { CentralDirectoryFile } from 'unzipper';
import { formatBytes, WorkbookLimitError, type WorkbookLimits } from './workbook-limits';

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;

/**
 * The number of files a zip declares in its end-of-central-directory record (zip64 too), read from the
 * file's tail alone, before anything parses the directory itself. Not a zip: an error saying so.
 */
export async function zipEntryCount(path: string): Promise<number> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const tailLength = Math.min(size, 22 + 0xffff);
    const tail = Buffer.alloc(tailLength);
    await handle.read(tail, 0, tailLength, size - tailLength);
    let at = -1;
    for (let i = tailLength - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD) {
        at = i;
        break;
      }
    }
    if (at < 0) throw new Error('不是有效的 .xlsx 工作簿（不是 zip 文件）');
    const count = tail.readUInt16LE(at + 10);
    const offset = tail.readUInt32LE(at + 16);
    if (count !== 0xffff && offset !== 0xffffffff) return count;
    // zip64: the locator sits just before the record and points at the zip64 record.
    if (at < 20 || tail.readUInt32LE(at - 20) !== ZIP64_LOCATOR) return count;
    const zip64At = Number(tail.readBigUInt64LE(at - 20 + 8));
    const record = Buffer.alloc(56);
    await handle.read(record, 0, 56, zip64At);
    if (record.readUInt32LE(0) !== ZIP64_EOCD) throw new Error('不是有效的 .xlsx 工作簿（zip64 目录损坏）');
    return Number(record.readBigUInt64LE(32));
  } finally {
    await handle.close();
  }
}

/** Refuses a zip with more files than the limit, from its tail, before its directory is parsed. */
export async function checkZipEntryCount(path: string, limits: WorkbookLimits): Promise<void> {
  const count = await zipEntryCount(path);
  if (count > limits.maxEntries) throw new WorkbookLimitError(`工作簿压缩包内文件过多：${count} 个，上限 ${limits.maxEntries} 个`);
}

/** Refuses a zip whose directory declares a part or a total above the limits, or a compression ratio of a bomb. */
export function checkZipEntries(files: readonly CentralDirectoryFile[], limits: WorkbookLimits): void {
  if (files.length > limits.maxEntries) throw new WorkbookLimitError(`工作簿压缩包内文件过多：${files.length} 个，上限 ${limits.maxEntries} 个`);
  let total = 0;
  for (const f of files) {
    const size = f.uncompressedSize;
    if (size > limits.maxEntryBytes) {
      throw new WorkbookLimitError(`工作簿内 ${f.path} 解压后 ${formatBytes(size)}，超过单个文件上限 ${formatBytes(limits.maxEntryBytes)}`);
    }
    const ratio = size / Math.max(1, f.compressedSize);
    if (size > limits.ratioGraceBytes && ratio > limits.maxRatio) {
      throw new WorkbookLimitError(`工作簿内 ${f.path} 压缩比 ${Math.round(ratio)}:1，超过上限 ${limits.maxRatio}:1（疑似压缩炸弹）`);
    }
    total += size;
  }
  if (total > limits.maxTotalBytes) throw new WorkbookLimitError(`工作簿解压后共 ${formatBytes(total)}，超过上限 ${formatBytes(limits.maxTotalBytes)}`);
}
