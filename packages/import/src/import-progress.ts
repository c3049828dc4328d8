/** Where an import stands, for a progress bar (CLI) or a progress event (web). */
export interface ImportProgress {
  /** read: streaming the file; check: cross-sheet checks; write: inserting rows; done. */
  phase: 'read' | 'check' | 'write' | 'done';
  /** Data rows read so far, over all sheets. */
  rowsRead: number;
  /** Progress within the phase: bytes of input while reading, rows inserted while writing. */
  done: number;
  total: number;
}

export type ImportProgressCallback = (progress: ImportProgress) => void;
