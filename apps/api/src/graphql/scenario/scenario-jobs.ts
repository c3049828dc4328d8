/** How the API hands work to the job queue (pg-boss in production, see server.ts). */
export interface ScenarioJobs {
  enqueueRun(scenarioId: string, timeLimitSeconds: number): Promise<void>;
  enqueueCostCurve(scenarioId: string, steps: number): Promise<void>;
}
