import type { DataSource } from 'typeorm';

export interface QueueDepth {
  queue: string;
  /** Waiting to start (created or waiting to be retried). */
  waiting: number;
  /** Taken by a worker. */
  active: number;
}

/**
 * Jobs waiting and running per queue, read from pg-boss's table in one statement. Also the readiness
 * probe of the queue: it fails if the queue's schema is unreachable.
 */
export async function queueDepths(ds: DataSource, queues: readonly string[]): Promise<QueueDepth[]> {
  const rows: Array<{ name: string; waiting: number; active: number }> = await ds.query(
    `SELECT name,
            count(*) FILTER (WHERE state IN ('created', 'retry'))::int AS waiting,
            count(*) FILTER (WHERE state = 'active')::int AS active
       FROM pgboss.job WHERE name = ANY($1) AND state IN ('created', 'retry', 'active') GROUP BY name`,
    [queues],
  );
  return queues.map((queue) => {
    const row = rows.find((r) => r.name === queue);
    return { queue, waiting: row?.waiting ?? 0, active: row?.active ?? 0 };
  });
}
