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
  for (const name of [SCENARIO_SOLVE_QUEUE, COST_CURVE_QUEUE]) {
    await boss.createQueue(name, { name, policy: 'standard', retryLimit: 3, retryDelay: 1 });
  }
  return boss;
}

function defaultOnError(error: Error): void {
  console.error(`[jobs] ${error.message}`);
}
