import type PgBoss from 'pg-boss';
import type { DataSource } from 'typeorm';
import { holdJobLease, type JobLeaseOptions } from './job-lease';
import { COST_CURVE_QUEUE, SCENARIO_SOLVE_QUEUE, type CostCurveJob, type ScenarioSolveJob } from './queue-names';
import { runCostCurveJob } from './run-cost-curve-job';
import { runScenarioJob } from './run-scenario-job';

/** What a finished job reports to whoever watches (metrics): queue, outcome and wall time. */
export interface JobReport {
  queue: string;
  outcome: string;
  seconds: number;
}

export interface ScenarioWorkerOptions {
  /** Scenarios solved at once by this process (each in its own thread). */
  concurrency?: number;
  pollingIntervalSeconds?: number;
  log?: (line: string) => void;
  /** The job heartbeat (a killed worker's job is taken by another within lease + maintenance interval). */
  lease?: JobLeaseOptions;
  /** Called when a job ends (metrics). */
  onJobDone?: (report: JobReport) => void;
  /** Called with the solver's own time of each solve (metrics). */
  onSolved?: (seconds: number, status: string) => void;
}

async function timed(queue: string, run: () => Promise<string>, onJobDone?: (report: JobReport) => void): Promise<void> {
  const started = process.hrtime.bigint();
  let outcome = 'ERROR';
  try {
    outcome = await run();
  } finally {
    onJobDone?.({ queue, outcome, seconds: Number(process.hrtime.bigint() - started) / 1e9 });
  }
}

/** Takes scenario jobs from the queue and runs them; returns a function that stops taking new ones. */
export async function startScenarioWorker(boss: PgBoss, ds: DataSource, options: ScenarioWorkerOptions = {}): Promise<() => Promise<void>> {
  const ids: string[] = [];
  const concurrency = Math.max(1, options.concurrency ?? 1);
  const lease = { onError: (e: unknown) => options.log?.(`job heartbeat failed: ${e instanceof Error ? e.message : String(e)}`), ...options.lease };
  for (let i = 0; i < concurrency; i += 1) {
    const id = await boss.work<ScenarioSolveJob>(
      SCENARIO_SOLVE_QUEUE,
      { batchSize: 1, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 1, includeMetadata: true },
      async ([job]) => {
        if (!job) return;
        const release = holdJobLease(ds, SCENARIO_SOLVE_QUEUE, job.id, lease);
        options.log?.(`scenario ${job.data.scenarioId}: attempt ${job.retryCount + 1} started`);
        try {
          await timed(
            SCENARIO_SOLVE_QUEUE,
            () => runScenarioJob(ds, job.data.scenarioId, { attempt: job.retryCount + 1, log: options.log, onSolved: options.onSolved }),
            options.onJobDone,
          );
        } finally {
          release();
        }
      },
    );
    ids.push(id);
  }
  ids.push(
    await boss.work<CostCurveJob>(COST_CURVE_QUEUE, { batchSize: 1, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 1 }, async ([job]) => {
      if (!job) return;
      const release = holdJobLease(ds, COST_CURVE_QUEUE, job.id, lease);
      try {
        await timed(COST_CURVE_QUEUE, async () => (await runCostCurveJob(ds, job.data.scenarioId, job.data.steps), 'DONE'), options.onJobDone);
      } finally {
        release();
      }
    }),
  );
  return async () => {
    for (const id of ids) await boss.offWork({ id });
  };
}
