import type PgBoss from 'pg-boss';
import { COST_CURVE_QUEUE, SCENARIO_SOLVE_QUEUE, type CostCurveJob, type ScenarioSolveJob } from './queue-names';

/**
 * Queues a solve. `expireInSeconds` is the longest a live worker may take (pg-boss 10 also stops the
 * handler then), set well above the scenario's own time limit; a worker that dies is noticed much
 * sooner, by its missing heartbeat (`holdJobLease`), and another worker retries the job.
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

/** Queues a cost-curve computation (one re-solve per step, so it gets a generous expiry). */
export async function enqueueCostCurve(boss: PgBoss, scenarioId: string, steps: number, timeLimitSeconds: number): Promise<string> {
  const data: CostCurveJob = { scenarioId, steps };
  const id = await boss.send(COST_CURVE_QUEUE, data, { retryLimit: 2, expireInSeconds: Math.max(300, Math.ceil(timeLimitSeconds * (steps + 2) * 2)) });
  if (!id) throw new Error(`The cost curve of scenario ${scenarioId} could not be queued`);
  return id;
}
