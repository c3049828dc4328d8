import type { LinearModel } from '../model';

export type BackendStatus = 'OPTIMAL' | 'FEASIBLE' | 'TIME_LIMIT' | 'INFEASIBLE' | 'ERROR';

export interface BackendOptions {
  timeLimitSeconds: number;
  /** Relative MIP gap at which the search may stop. */
  mipGap: number;
  /** Ignore integrality: solve the LP relaxation. */
  relax?: boolean;
  /** A feasible solution in model order to start the MIP search from (backends that cannot take one ignore it). */
  start?: ArrayLike<number>;
}

export interface BackendResult {
  status: BackendStatus;
  /** Objective of the returned solution (null without one). */
  objective: number | null;
  /** Best proven lower bound on the objective, when the backend knows it. */
  bound: number | null;
  /** Relative gap between objective and bound, when known. */
  gap: number | null;
  /** Variable values in model order (null without a solution). */
  values: Float64Array | null;
  /** Row duals in model order, for LP solves where the backend gives them. */
  duals: Float64Array | null;
  seconds: number;
  message?: string;
}

/** A solver engine behind one interface: the model in, values out. */
export interface SolverBackend {
  readonly name: 'highs' | 'jslp' | 'exhaustive';
  solve(model: LinearModel, options: BackendOptions): Promise<BackendResult>;
}

export class BackendError extends Error {
  readonly code = 'SOLVER_BACKEND_ERROR';
}

/** Objective value of `values` under the model. */
export function objectiveOf(model: LinearModel, values: ArrayLike<number>): number {
  let z = 0;
  model.variables.forEach((v, i) => (z += v.cost * (values[i] ?? 0)));
  return z;
}

/**
 * Largest bound or row violation of `values` (0 when feasible), each row's relative to the size of its
 * bound (at least 1): a budget row of 600,000 yuan missed by 0.0004 yuan is a solver's tolerance, not a
 * violation.
 */
export function maxViolation(model: LinearModel, values: ArrayLike<number>): number {
  let worst = 0;
  model.variables.forEach((v, i) => {
    const x = values[i] ?? 0;
    worst = Math.max(worst, v.lb - x, x - v.ub);
  });
  for (const c of model.constraints) {
    let a = 0;
    for (let k = 0; k < c.vars.length; k++) a += c.coefs[k]! * (values[c.vars[k]!] ?? 0);
    const scale = Math.max(1, Number.isFinite(c.lb) ? Math.abs(c.lb) : 0, Number.isFinite(c.ub) ? Math.abs(c.ub) : 0);
    worst = Math.max(worst, (c.lb - a) / scale, (a - c.ub) / scale);
  }
  return worst;
}
