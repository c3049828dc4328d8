import { Transform } from 'node:stream';
import { formatBytes, WorkbookLimitError, type WorkbookLimits } from './workbook-limits';

const LT = 0x3c; // '<'

/** Bytes inflated so far over every part of one workbook. */
export interface InflatedTotal {
  bytes: number;
}

/**
 * Passes one part of the zip through while it inflates and stops it (a `WorkbookLimitError`) as soon
 * as it grows past the size its directory declared or the per-part limit, the workbook's parts pass
 * the total limit, or a run of text without markup passes `maxTextRunBytes` (a single giant cell,
 * which the XML parser would otherwise hold whole in memory).
 */
export function partInflateGuard(name: string, declaredBytes: number, limits: WorkbookLimits, total: InflatedTotal, onBytes?: (n: number) => void): Transform {
  const cap = Math.min(declaredBytes, limits.maxEntryBytes);
  let bytes = 0;
  let run = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      total.bytes += chunk.length;
      if (bytes > cap) {
        done(
          bytes > declaredBytes
            ? new WorkbookLimitError(`工作簿内 ${name} 解压后超过其声明的 ${formatBytes(declaredBytes)}（文件已损坏或疑似压缩炸弹）`)
            : new WorkbookLimitError(`工作簿内 ${name} 解压后超过单个文件上限 ${formatBytes(limits.maxEntryBytes)}`),
        );
        return;
      }
      if (total.bytes > limits.maxTotalBytes) {
        done(new WorkbookLimitError(`工作簿解压后超过上限 ${formatBytes(limits.maxTotalBytes)}`));
        return;
      }
      let from = 0;
      for (;;) {
        const lt = chunk.indexOf(LT, from);
        if (lt < 0) {
          run += chunk.length - from;
          break;
        }
        run += lt - from;
        if (run > limits.maxTextRunBytes) break;
        run = 0;
        from = lt + 1;
      }
      if (run > limits.maxTextRunBytes) {
        done(new WorkbookLimitError(`工作簿内 ${name} 有一段超过 ${formatBytes(limits.maxTextRunBytes)} 的连续文本（Excel 单元格最多 32767 个字符）`));
        return;
      }
      onBytes?.(chunk.length);
      done(null, chunk);
    },
  });
}
