/** pg-boss queue that runs one scenario solve per job. */
export const SCENARIO_SOLVE_QUEUE = 'scenario-solve';

export interface ScenarioSolveJob {
  scenarioId: string;
}
