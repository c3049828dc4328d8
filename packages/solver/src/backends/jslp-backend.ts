import solver from 'javascript-lp-solver';
import type { Model as JslpModel, SolveResult } from 'javascript-lp-solver';
import type { LinearModel } from '../model';
import { objectiveOf, type BackendOptions, type BackendResult, type SolverBackend } from './solver-backend';

const OBJECTIVE = '__objective__';

/**
 * The model as javascript-lp-solver's JSON. Fixed variables are substituted into the rows; upper
 * bounds become rows only where the model's rows do not already imply them.
 */
export function toJslpModel(model: LinearModel, options: BackendOptions): { jslp: JslpModel; fixed: Map<number, number> } {
  const fixed = new Map<number, number>();
  model.variables.forEach((v, i) => {
    if (v.lb === v.ub) fixed.set(i, v.lb);
  });
  const constraints: JslpModel['constraints'] = {};
  const variables: JslpModel['variables'] = {};
  const ints: Record<string, boolean> = {};
  model.variables.forEach((v, i) => {
    if (fixed.has(i)) return;
    const coefs: Record<string, number> = { [OBJECTIVE]: v.cost };
    if (v.ub < Infinity && !v.ubImplied) {
      const row = `__ub_${i}`;
      constraints[row] = { max: v.ub };
      coefs[row] = 1;
    }
    if (v.lb > 0) {
      const row = `__lb_${i}`;
      constraints[row] = { min: v.lb };
      coefs[row] = 1;
    }
    variables[v.name] = coefs;
    if (v.integer && !options.relax) ints[v.name] = true;
  });
  for (const c of model.constraints) {
    let shift = 0;
    let free = 0;
    for (let k = 0; k < c.vars.length; k++) {
      const j = c.vars[k]!;
      const value = fixed.get(j);
      if (value !== undefined) shift += c.coefs[k]! * value;
      else {
        variables[model.variables[j]!.name]![c.name] = c.coefs[k]!;
        free += 1;
      }
    }
    if (free === 0) {
      if (shift < c.lb - 1e-9 || shift > c.ub + 1e-9) {
        // A row of constants that cannot hold: an impossible row on a fresh variable.
        constraints[c.name] = { max: -1 };
        variables[`__infeasible_${c.name}`] = { [c.name]: 1 };
      }
      continue;
    }
    const bound: { min?: number; max?: number } = {};
    if (c.lb > -Infinity) bound.min = c.lb - shift;
    if (c.ub < Infinity) bound.max = c.ub - shift;
    constraints[c.name] = bound.min !== undefined && bound.max !== undefined && bound.min === bound.max ? { equal: bound.min } : bound;
  }
  return {
    jslp: { optimize: OBJECTIVE, opType: 'min', constraints, variables, ints, options: { timeout: options.timeLimitSeconds * 1000, tolerance: options.mipGap } },
    fixed,
  };
}

/**
 * javascript-lp-solver: pure JavaScript, no start-up cost, fine for small models. It reports no bound,
 * so a MIP result's gap is given as the tolerance it was asked for (an upper bound on the true gap).
 */
export class JslpBackend implements SolverBackend {
  readonly name = 'jslp' as const;

  async solve(model: LinearModel, options: BackendOptions): Promise<BackendResult> {
    const started = performance.now();
    const { jslp, fixed } = toJslpModel(model, options);
    const isMip = !options.relax && model.variables.some((v, i) => v.integer && !fixed.has(i));
    let result: SolveResult;
    try {
      result = solver.Solve(jslp) as SolveResult;
    } catch (e) {
      return { status: 'ERROR', objective: null, bound: null, gap: null, values: null, duals: null, seconds: (performance.now() - started) / 1000, message: String(e) };
    }
    const seconds = (performance.now() - started) / 1000;
    if (!result.feasible) {
      const timedOut = seconds >= options.timeLimitSeconds;
      return { status: timedOut ? 'TIME_LIMIT' : 'INFEASIBLE', objective: null, bound: null, gap: null, values: null, duals: null, seconds };
    }
    const values = new Float64Array(model.variables.length);
    model.variables.forEach((v, i) => {
      const f = fixed.get(i);
      const r = result[v.name];
      values[i] = f !== undefined ? f : typeof r === 'number' ? r : 0;
    });
    const objective = objectiveOf(model, values);
    const timedOut = seconds >= options.timeLimitSeconds;
    return {
      status: timedOut ? 'TIME_LIMIT' : 'OPTIMAL',
      objective,
      bound: isMip ? null : objective,
      gap: isMip ? options.mipGap : 0,
      values,
      duals: null,
      seconds,
    };
  }
}
