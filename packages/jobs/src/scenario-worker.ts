import type PgBoss from 'pg-boss';
import type { DataSource } from 'typeorm';
import { COST_CURVE_QUEUE, SCENARIO_SOLVE_QUEUE, type CostCurveJob, type ScenarioSolveJob } from './queue-names';
import { runCostCurveJob } from './run-cost-curve-job';
import { runScenarioJob } from './run-scenario-job';

export interface ScenarioWorkerOptions {
  /** Scenarios solved at once by this process (each in its own thread). */
  concurrency?: number;
  pollingIntervalSeconds?: number;
  log?: (line: string) => void;
}

/** Takes scenario jobs from the queue and runs them; returns a function that stops taking new ones. */
export async function startScenarioWorker(boss: PgBoss, ds: DataSource, options: ScenarioWorkerOptions = {}): Promise<() => Promise<void>> {
  const ids: string[] = [];
  const concurrency = Math.max(1, options.concurrency ?? 1);
  for (let i = 0; i < concurrency; i += 1) {
    const id = await boss.work<ScenarioSolveJob>(
      SCENARIO_SOLVE_QUEUE,
      { batchSize: 1, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 1, includeMetadata: true },
      async ([job]) => {
        if (!job) return;
        await runScenarioJob(ds, job.data.scenarioId, { attempt: job.retryCount + 1, log: options.log });
      },
    );
    ids.push(id);
  }
  ids.push(
    await boss.work<CostCurveJob>(COST_CURVE_QUEUE, { batchSize: 1, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 1 }, async ([job]) => {
      if (job) await runCostCurveJob(ds, job.data.scenarioId, job.data.steps);
    }),
  );
  return async () => {
    for (const id of ids) await boss.offWork({ id });
  };
}
