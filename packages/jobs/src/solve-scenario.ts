import type { RunProgress } from './scenario-run-store';
import type { SolveOutcome, SolveRequest } from './solve-in-thread';

/** Placeholder until the solver's public API lands; replaced in the next commit. */
export async function solveScenario(_request: SolveRequest, _onProgress: (p: RunProgress) => void): Promise<SolveOutcome> {
  throw new Error('solver not wired yet');
}
