/** pg-boss queue that runs one scenario solve per job. */
export const SCENARIO_SOLVE_QUEUE = 'scenario-solve';

export interface ScenarioSolveJob {
  scenarioId: string;
}

/** pg-boss queue that computes a solved scenario's cost curve (a re-solve per budget step). */
export const COST_CURVE_QUEUE = 'scenario-cost-curve';

export interface CostCurveJob {
  scenarioId: string;
  steps: number;
}
