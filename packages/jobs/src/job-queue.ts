import PgBoss from 'pg-boss';
import { COST_CURVE_QUEUE, SCENARIO_SOLVE_QUEUE } from './queue-names';

export interface JobQueueOptions {
  connectionString: string;
  /** How often pg-boss looks for expired jobs of crashed workers (default 10 s; see `holdJobLease`). */
  maintenanceIntervalSeconds?: number;
  onError?: (error: Error) => void;
}

/**
 * pg-boss in the same PostgreSQL (schema `pgboss`): no other server to install. Starting it creates
 * its schema on first use and the scenario queue.
 */
export async function startJobQueue(options: JobQueueOptions): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: options.connectionString,
    schema: 'pgboss',
    application_name: 'junheng-jobs',
    max: 4,
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 10,
  });
  boss.on('error', (error) => (options.onError ?? defaultOnError)(error));
  await boss.start();
  for (const name of [SCENARIO_SOLVE_QUEUE, COST_CURVE_QUEUE]) await ensureQueue(boss, name);
  return boss;
}

/**
 * Creates the queue unless it exists. Processes started together on a fresh database (two APIs, two
 * workers) may create it at once, and pg-boss 10's `create_queue` then deadlocks one of them
 * (PostgreSQL error 40P01) or finds the other's row (23505): that process waits a moment and looks again.
 */
async function ensureQueue(boss: PgBoss, name: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    if (await boss.getQueue(name)) return;
    try {
      await boss.createQueue(name, { name, policy: 'standard', retryLimit: 3, retryDelay: 1 });
      return;
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (attempt >= 5 || (code !== '40P01' && code !== '23505')) throw error;
      await new Promise((r) => setTimeout(r, 100 + Math.floor(Math.random() * 400)));
    }
  }
}

function defaultOnError(error: Error): void {
  console.error(`[jobs] ${error.message}`);
}
