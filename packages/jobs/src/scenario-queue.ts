import type PgBoss from 'pg-boss';
import { SCENARIO_SOLVE_QUEUE, type ScenarioSolveJob } from './queue-names';

/**
 * Queues a solve. A job whose worker died is expired and retried by another worker after
 * `expireInSeconds`, so it is set well above the scenario's own time limit.
 */
export async function enqueueScenarioRun(boss: PgBoss, scenarioId: string, timeLimitSeconds: number, expireInSeconds?: number): Promise<string> {
  const data: ScenarioSolveJob = { scenarioId };
  const id = await boss.send(SCENARIO_SOLVE_QUEUE, data, {
    retryLimit: 3,
    retryDelay: 1,
    expireInSeconds: expireInSeconds ?? Math.max(120, Math.ceil(timeLimitSeconds * 3 + 60)),
  });
  if (!id) throw new Error(`The scenario ${scenarioId} could not be queued`);
  return id;
}

/** Withdraws a queued job; a running one sees the scenario's CANCELLED status and stops its thread. */
export async function cancelScenarioJob(boss: PgBoss, jobId: string): Promise<void> {
  await boss.cancel(SCENARIO_SOLVE_QUEUE, jobId);
}
