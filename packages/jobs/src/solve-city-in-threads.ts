import { availableParallelism } from 'node:os';
import { solveCity, type CitySolveResult, type CountySolveResult, type SolveCityInput } from '@junheng/solver';
import { solveInThread } from './solve-in-thread';

export interface SolveCityInThreadsInput extends Omit<SolveCityInput, 'runJob' | 'parallel'> {
  /** Worker threads (default: available cores). */
  workers?: number;
  /** Cancels the counties still running or waiting. */
  signal?: AbortSignal;
}

/**
 * A city plan with each county solved in its own worker thread (`solveInThread`, task `county`), as many
 * at once as there are cores: HiGHS in WebAssembly is single-threaded and blocks its thread.
 */
export function solveCityInThreads(input: SolveCityInThreadsInput): Promise<CitySolveResult> {
  const { workers, signal, ...city } = input;
  const abort = signal ?? new AbortController().signal;
  return solveCity({
    ...city,
    parallel: workers ?? availableParallelism(),
    runJob: (job) => solveInThread<CountySolveResult>({ ...job, task: 'county' }, () => undefined, abort),
  });
}
