import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Plan, RegionData, ScenarioParameters, StandardSet } from '@junheng/domain';
import type { CountyJob } from '@junheng/solver';
import type { RunProgress } from '@junheng/db';

export interface SolveRequest {
  region: RegionData;
  standardSet: StandardSet;
  scenario: ScenarioParameters;
  /**
   * `solve` (default): the plan and its explanation; `cost-curve`: the budget sweep in `steps` steps;
   * `county`: one county of a city (`solveCountyJob`, the result without the model).
   */
  task?: 'solve' | 'cost-curve' | 'county';
  steps?: number;
  options?: CountyJob['options'];
}

/** What the solve thread sends back: the plan and its explanation, as plain JSON. */
export type SolveOutcome = { plan: Plan } & Record<string, unknown>;

/** A budget sweep as the solver returns it (plain JSON). */
export type CostCurveOutcome = Record<string, unknown> & { points: unknown[] };

export class SolveCancelledError extends Error {
  readonly code = 'CANCELLED';
  constructor() {
    super('The scenario run was cancelled');
  }
}

// The compiled thread script sits in this package's dist/, also when the caller runs from src/ (tests).
function threadScript(): string {
  return join(dirname(require.resolve('@junheng/jobs/package.json')), 'dist', 'solve-thread.js');
}

/**
 * The one thread runner of the solver (the solver package itself starts no thread). Runs the solver in
 * a worker thread: HiGHS (WebAssembly) blocks its thread and keeps its memory, so it
 * never runs on the event loop that answers pg-boss and the database, and a cancel can terminate it.
 */
export function solveInThread<T = SolveOutcome>(request: SolveRequest, onProgress: (p: RunProgress) => void, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new SolveCancelledError());
    const worker = new Worker(threadScript(), { workerData: request });
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      fn();
    };
    const onAbort = () => {
      void worker.terminate();
      finish(() => reject(new SolveCancelledError()));
    };
    signal.addEventListener('abort', onAbort);
    worker.on('message', (message: { type: 'progress'; progress: RunProgress } | { type: 'done'; outcome: T } | { type: 'error'; message: string }) => {
      if (message.type === 'progress') onProgress(message.progress);
      else if (message.type === 'done') finish(() => resolve(message.outcome));
      else finish(() => reject(new Error(message.message)));
    });
    worker.on('error', (error) => finish(() => reject(error)));
    worker.on('exit', (code) => finish(() => reject(new Error(`The solver thread stopped (exit code ${code})`))));
  });
}
