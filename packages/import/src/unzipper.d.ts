/** The part of unzipper (random access to a zip's central directory) that the workbook reader uses. */
declare module 'unzipper' {
  import type { Readable } from 'node:stream';
  export interface CentralDirectoryFile {
    path: string;
    type: 'File' | 'Directory';
    /** As the central directory declares them (zip64 included); the reader checks them while inflating. */
    compressedSize: number;
    uncompressedSize: number;
    stream(): Readable;
  }
  export interface CentralDirectory {
    files: CentralDirectoryFile[];
  }
  export const Open: { file(path: string): Promise<CentralDirectory> };
}
