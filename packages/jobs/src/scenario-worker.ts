import type PgBoss from 'pg-boss';
import type { DataSource } from 'typeorm';
import { SCENARIO_SOLVE_QUEUE, type ScenarioSolveJob } from './queue-names';
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
  return async () => {
    for (const id of ids) await boss.offWork({ id });
  };
}
