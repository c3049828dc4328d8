export { SCENARIO_SOLVE_QUEUE, COST_CURVE_QUEUE, type ScenarioSolveJob, type CostCurveJob } from './queue-names';
export { startJobQueue, type JobQueueOptions } from './job-queue';
export { enqueueScenarioRun, enqueueCostCurve } from './scenario-queue';
export { runCostCurveJob } from './run-cost-curve-job';
export { startScenarioWorker, type ScenarioWorkerOptions } from './scenario-worker';
export { runScenarioJob, type RunResult, type RunOptions } from './run-scenario-job';
export { scenarioParametersOf } from './scenario-parameters';
export type { RunProgress } from './scenario-run-store';
export type { SolveOutcome } from './solve-in-thread';
