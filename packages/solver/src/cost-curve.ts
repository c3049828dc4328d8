import type { RegionData, ScenarioParameters, SolveStatus, StandardSet } from '@junheng/domain';
import { totalShortfallTeachers } from './explain';
import { solveRegion, type SolveRegionOptions } from './solve-region';

export interface CostCurvePoint {
  budget: number;
  /** Teachers still missing over all sections and checks, and the rotation quota. */
  shortfallTeachers: number;
  cost: number;
  status: SolveStatus;
}

export interface CostCurve {
  /** What the best plan without a cap costs: beyond it money buys nothing more. */
  fullComplianceCost: number;
  /** Shortfall of the best plan without a cap (what money cannot fix: quota, donors, facilities). */
  floorShortfallTeachers: number;
  points: CostCurvePoint[];
}

/**
 * Total shortfall for budgets from 0 to the cost of the best uncapped plan, in `steps` equal steps
 * (steps + 1 points), each a full re-solve: what each extra yuan buys, for the planners' chart.
 */
export async function costCurve(region: RegionData, standardSet: StandardSet, scenario: ScenarioParameters, steps: number, options: SolveRegionOptions = {}): Promise<CostCurve> {
  if (!Number.isInteger(steps) || steps < 1) throw new RangeError('steps must be a whole number >= 1');
  const base: ScenarioParameters = { ...scenario, mode: 'BEST_WITHIN_BUDGET' };
  const full = await solveRegion({ region, standardSet, scenario: { ...base, budgetCap: null }, options });
  const fullCost = full.plan.cost.total;
  const points: CostCurvePoint[] = [];
  for (let i = 0; i <= steps; i++) {
    const budget = i === steps ? fullCost : Math.round((fullCost * i) / steps);
    const r = i === steps ? full : await solveRegion({ region, standardSet, scenario: { ...base, budgetCap: budget }, options });
    points.push({ budget, shortfallTeachers: totalShortfallTeachers(r.plan), cost: r.plan.cost.total, status: r.status });
  }
  return { fullComplianceCost: fullCost, floorShortfallTeachers: totalShortfallTeachers(full.plan), points };
}
