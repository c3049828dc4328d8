import type { AllocationModel } from './allocation-model';
import type { LinearModel } from './model';

/** The model's answer in whole numbers, aligned with the model's flow, hire, extra-quota and split lists. */
export interface AggregateSolution {
  flowUnits: number[];
  hireUnits: number[];
  extraUnits: number[];
  splitUnits: number[];
  classroomUnits: number[];
  /** Posts moved in or out per `model.postMoves` entry. */
  postMoveUnits: number[];
  recallUnits: number[];
}

export function readAggregateSolution(model: AllocationModel, values: ArrayLike<number>, flowUnits?: number[]): AggregateSolution {
  const whole = (v: number) => Math.max(0, Math.round(values[v] ?? 0));
  return {
    flowUnits: flowUnits ?? model.flows.map((f) => whole(f.v)),
    hireUnits: model.hires.map((h) => whole(h.v)),
    extraUnits: model.extraQuota.map((e) => whole(e.v)),
    splitUnits: model.splits.map((s) => whole(s.v)),
    classroomUnits: model.classrooms.map((c) => whole(c.v)),
    postMoveUnits: model.postMoves.map((m) => whole(m.v)),
    recallUnits: model.recalls.map((r) => whole(r.v)),
  };
}

/** The same model with the flows fixed at whole values (the second stage of LP-and-round). */
export function withFixedFlows(model: AllocationModel, units: readonly number[]): LinearModel {
  const variables = model.variables.slice();
  model.flows.forEach((f, i) => {
    variables[f.v] = { ...variables[f.v]!, lb: units[i]!, ub: units[i]!, integer: false };
  });
  return { variables, constraints: model.constraints };
}

export function emptySolution(model: AllocationModel): AggregateSolution {
  return { flowUnits: model.flows.map(() => 0), hireUnits: model.hires.map(() => 0), extraUnits: model.extraQuota.map(() => 0), splitUnits: model.splits.map(() => 0), classroomUnits: model.classrooms.map(() => 0), postMoveUnits: model.postMoves.map(() => 0), recallUnits: model.recalls.map(() => 0) };
}

/** A model with some columns fixed and taken out: their terms move into the row bounds and the objective offset. */
export interface ReducedModel {
  model: LinearModel;
  /** Objective of the fixed columns (add it to the reduced model's objective). */
  offset: number;
  /** Values of the reduced model back in the full model's column order. */
  expand(values: ArrayLike<number>): Float64Array;
  /** Values of the full model restricted to the reduced model's columns (e.g. a start for the reduced MIP). */
  restrict(values: ArrayLike<number>): Float64Array;
}

/**
 * The second stage of LP-and-round without the flow columns: with every flow fixed at a whole value, its
 * terms are constants, so the MIP over hires is handed only the columns still free (a 150-school county
 * has some 18,000 flow columns and a few hundred hire columns). Null when a row left with no free column
 * is violated by the fixed flows (the repair step keeps every hard row, so this means infeasible).
 */
export function withoutFixedFlows(model: AllocationModel, units: readonly number[]): ReducedModel | null {
  const fixedValue = new Map<number, number>();
  model.flows.forEach((f, i) => fixedValue.set(f.v, units[i]!));
  return withoutFixedColumns(model, fixedValue);
}

/** Any model with the columns of `fixedValue` fixed at those values and taken out; null when a row left empty is violated. */
export function withoutFixedColumns(model: LinearModel, fixedValue: ReadonlyMap<number, number>): ReducedModel | null {
  const newIndex = new Int32Array(model.variables.length).fill(-1);
  const variables: LinearModel['variables'] = [];
  let offset = 0;
  model.variables.forEach((v, i) => {
    const fixed = fixedValue.get(i);
    if (fixed === undefined) {
      newIndex[i] = variables.length;
      variables.push(v);
    } else offset += v.cost * fixed;
  });
  const constraints: LinearModel['constraints'] = [];
  for (const c of model.constraints) {
    let shift = 0;
    const vars: number[] = [];
    const coefs: number[] = [];
    c.vars.forEach((v, k) => {
      const fixed = fixedValue.get(v);
      if (fixed === undefined) {
        vars.push(newIndex[v]!);
        coefs.push(c.coefs[k]!);
      } else shift += c.coefs[k]! * fixed;
    });
    const lb = c.lb - shift;
    const ub = c.ub - shift;
    if (vars.length === 0) {
      const scale = Math.max(1, Math.abs(shift));
      if (lb > 1e-9 * scale || ub < -1e-9 * scale) return null;
      continue;
    }
    constraints.push({ ...c, vars, coefs, lb, ub });
  }
  return {
    model: { variables, constraints },
    offset,
    expand(values) {
      const out = new Float64Array(model.variables.length);
      model.variables.forEach((_, i) => {
        out[i] = newIndex[i]! >= 0 ? (values[newIndex[i]!] ?? 0) : fixedValue.get(i)!;
      });
      return out;
    },
    restrict(values) {
      const out = new Float64Array(variables.length);
      newIndex.forEach((j, i) => {
        if (j >= 0) out[j] = values[i] ?? 0;
      });
      return out;
    },
  };
}
