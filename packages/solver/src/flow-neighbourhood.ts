import { withoutFixedColumns, type ReducedModel } from './aggregate-solution';
import type { AllocationModel } from './allocation-model';

const EPS = 1e-6;

/**
 * The MIP around the LP relaxation's answer (a relaxation-induced neighbourhood): every flow the LP or
 * the rounding uses stays free and becomes integer, every other flow is fixed at 0 and taken out, and
 * hires, extra quota, class splits and shortfalls stay free as in the full model. Its optimum is a
 * plan of the full model, never worse than the rounded one (which lies inside it), and, because the
 * LP of this allocation model is nearly integral, within a hair of the LP bound: it recovers what
 * rounding loses (a fractional flow rounded the wrong way, a donor's last teacher, a budget remainder)
 * with a few hundred integer columns instead of the model's thousands of flows.
 */
export function flowNeighbourhood(model: AllocationModel, lpValues: ArrayLike<number>, units: readonly number[]): ReducedModel | null {
  const fixed = new Map<number, number>();
  const variables = model.variables.slice();
  model.flows.forEach((f, i) => {
    if ((lpValues[f.v] ?? 0) > EPS || units[i]! > 0) variables[f.v] = { ...variables[f.v]!, integer: true };
    else fixed.set(f.v, 0);
  });
  return withoutFixedColumns({ variables, constraints: model.constraints }, fixed);
}
