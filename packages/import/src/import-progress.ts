/** Where an import stands, for a progress bar (CLI) or a progress event (web). */
export interface ImportProgress {
  phase: 'read' | 'check' | 'write' | 'done';
  /** Data rows read so far, over all sheets. */
  rowsRead: number;
  /** Bytes of input read so far and in total: the fraction of the read phase that is done. */
  bytesRead: number;
  totalBytes: number;
}

export type ImportProgressCallback = (progress: ImportProgress) => void;
