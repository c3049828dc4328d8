import cliProgress from 'cli-progress';

export interface ProgressBar {
  /** Sets the position (0..total) and the rows shown next to the bar. */
  update(value: number, total: number, rows?: number): void;
  stop(): void;
}

const SILENT: ProgressBar = { update: () => undefined, stop: () => undefined };

/** A progress bar on stderr, only when stderr is a terminal (never in pipes, logs or tests). */
export function startProgressBar(label: string): ProgressBar {
  if (!process.stderr.isTTY) return SILENT;
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: `${label} [{bar}] {percentage}% | {rows} 行 rows`, hideCursor: true, fps: 10, clearOnComplete: false },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(value, total, rows) {
      if (!started) {
        bar.start(Math.max(total, 1), 0, { rows: 0 });
        started = true;
      }
      bar.setTotal(Math.max(total, 1));
      bar.update(value, { rows: rows ?? value });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
