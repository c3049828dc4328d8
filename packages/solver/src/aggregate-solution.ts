import type { AllocationModel } from './allocation-model';
import type { LinearModel } from './model';

/** The model's answer in whole numbers, aligned with the model's flow, hire, extra-quota and split lists. */
export interface AggregateSolution {
  flowUnits: number[];
  hireUnits: number[];
  extraUnits: number[];
  splitUnits: number[];
  classroomUnits: number[];
}

export function readAggregateSolution(model: AllocationModel, values: ArrayLike<number>, flowUnits?: number[]): AggregateSolution {
  const whole = (v: number) => Math.max(0, Math.round(values[v] ?? 0));
  return {
    flowUnits: flowUnits ?? model.flows.map((f) => whole(f.v)),
    hireUnits: model.hires.map((h) => whole(h.v)),
    extraUnits: model.extraQuota.map((e) => whole(e.v)),
    splitUnits: model.splits.map((s) => whole(s.v)),
    classroomUnits: model.classrooms.map((c) => whole(c.v)),
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
  return { flowUnits: model.flows.map(() => 0), hireUnits: model.hires.map(() => 0), extraUnits: model.extraQuota.map(() => 0), splitUnits: model.splits.map(() => 0), classroomUnits: model.classrooms.map(() => 0) };
}
