import type { SolverBackendName } from '@junheng/domain';
import type { LinearModel } from '../model';
import { HighsBackend } from './highs-backend';
import { JslpBackend } from './jslp-backend';
import type { SolverBackend } from './solver-backend';

/**
 * Below this many variables javascript-lp-solver is at least as fast as HiGHS (no WebAssembly start-up,
 * no LP text round trip); above it HiGHS wins clearly. On the demo counties (the benchmark) even a
 * 60-school model stalls javascript-lp-solver's branch and bound, so `auto` keeps it to tiny models.
 */
export const JSLP_MAX_VARIABLES = 150;

let sharedHighs: HighsBackend | null = null;

export function highsBackend(): HighsBackend {
  sharedHighs ??= new HighsBackend();
  return sharedHighs;
}

export function backendByName(name: 'highs' | 'jslp'): SolverBackend {
  return name === 'highs' ? highsBackend() : new JslpBackend();
}

/** The scenario's backend, or for `auto` the one the benchmark says is fastest at this model size. */
export function chooseBackend(name: SolverBackendName, model: Pick<LinearModel, 'variables'>): SolverBackend {
  if (name === 'highs' || name === 'jslp') return backendByName(name);
  return model.variables.length <= JSLP_MAX_VARIABLES ? new JslpBackend() : highsBackend();
}
