import { createWriteStream } from 'node:fs';
import type { Readable } from 'node:stream';

/** The body is larger than the upload limit (HTTP 413, code `PAYLOAD_TOO_LARGE`). */
export class UploadTooLargeError extends Error {
  readonly code = 'PAYLOAD_TOO_LARGE';
  constructor(readonly maxBytes: number) {
    super(`上传的文件超过 ${Math.round(maxBytes / 1024 / 1024)} MB 的上限（The upload is larger than the ${Math.round(maxBytes / 1024 / 1024)} MB limit）`);
    this.name = 'UploadTooLargeError';
  }
}

/** Refuses by its Content-Length, before reading anything, a body that would pass the limit. */
export function checkDeclaredLength(contentLength: string | undefined, maxBytes: number): void {
  if (contentLength !== undefined && Number(contentLength) > maxBytes) throw new UploadTooLargeError(maxBytes);
}

/**
 * Streams a request body into `path` (never whole in memory) and stops reading as soon as it passes
 * `maxBytes`, whatever its Content-Length said; returns the bytes written. The body is left paused, not
 * destroyed, so that a 413 can still be answered (the route then closes the connection). A client
 * that aborts rejects it.
 */
export function saveUploadBody(body: Readable, path: string, maxBytes: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(path, { mode: 0o600 });
    let bytes = 0;
    let settled = false;
    const stop = (error: Error): void => {
      if (settled) return;
      settled = true;
      body.off('data', onData);
      body.pause();
      out.destroy();
      reject(error);
    };
    const onData = (chunk: Buffer): void => {
      bytes += chunk.length;
      if (bytes > maxBytes) return stop(new UploadTooLargeError(maxBytes));
      if (!out.write(chunk)) {
        body.pause();
        out.once('drain', () => {
          if (!settled) body.resume();
        });
      }
    };
    body.on('data', onData);
    body.once('end', () => {
      if (!settled) out.end();
    });
    body.once('error', stop);
    body.once('close', () => {
      if (!body.readableEnded) stop(new Error('the client closed the connection before the upload ended'));
    });
    out.once('error', stop);
    out.once('finish', () => {
      if (settled) return;
      settled = true;
      resolve(bytes);
    });
  });
}
