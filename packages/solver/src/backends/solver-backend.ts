import type { LinearModel } from '../model';

export type BackendStatus = 'OPTIMAL' | 'FEASIBLE' | 'TIME_LIMIT' | 'INFEASIBLE' | 'ERROR';

export interface BackendOptions {
  timeLimitSeconds: number;
  /** Relative MIP gap at which the search may stop. */
  mipGap: number;
  /** Ignore integrality: solve the LP relaxation. */
  relax?: boolean;
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

/** Largest bound or row violation of `values` (0 when feasible); a row's relative to its bound when that exceeds 1. */
export function maxViolation(model: LinearModel, values: ArrayLike<number>): number {
  let worst = 0;
  model.variables.forEach((v, i) => {
    const x = values[i] ?? 0;
    worst = Math.max(worst, v.lb - x, x - v.ub);
  });
  for (const c of model.constraints) {
    let a = 0;
    for (let k = 0; k < c.vars.length; k++) a += c.coefs[k]! * (values[c.vars[k]!] ?? 0);
    // Relative to the row's bound: a budget row of 1,500,000 yuan off by 0.0002 yuan is floating-point noise.
    if (Number.isFinite(c.lb)) worst = Math.max(worst, (c.lb - a) / Math.max(1, Math.abs(c.lb)));
    if (Number.isFinite(c.ub)) worst = Math.max(worst, (a - c.ub) / Math.max(1, Math.abs(c.ub)));
  }
  return worst;
}
