import type PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@junheng/db/testing';
import { holdJobLease } from './job-lease';
import { startJobQueue } from './job-queue';
import { SCENARIO_SOLVE_QUEUE } from './queue-names';

let db: TestDatabase;
let boss: PgBoss;

beforeAll(async () => {
  db = await createTestDatabase();
  boss = await startJobQueue({ connectionString: db.url, maintenanceIntervalSeconds: 1 });
});
afterAll(async () => {
  await boss.stop({ graceful: false, timeout: 2000 });
  await db.close();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function job(id: string): Promise<{ state: string; retry_count: number; left: number }> {
  const [row] = await db.dataSource.query(
    `SELECT state, retry_count, EXTRACT(epoch FROM (started_on + expire_in) - now())::float AS left FROM pgboss.job WHERE id = $1`,
    [id],
  );
  return row;
}

/** Sends a job that may run ten minutes, and takes it as a worker would. */
async function takeLongJob(): Promise<string> {
  const id = await boss.send(SCENARIO_SOLVE_QUEUE, { scenarioId: 'lease-test' }, { expireInSeconds: 600, retryLimit: 3, retryDelay: 1 });
  const [taken] = await boss.fetch(SCENARIO_SOLVE_QUEUE);
  expect(taken?.id).toBe(id);
  return id!;
}

describe('the job heartbeat (holdJobLease)', () => {
  it('keeps a running job taken only while it beats: a job without heartbeat is expired and retried', async () => {
    const id = await takeLongJob();
    expect((await job(id)).left).toBeGreaterThan(500);

    const release = holdJobLease(db.dataSource, SCENARIO_SOLVE_QUEUE, id, { leaseSeconds: 2, heartbeatSeconds: 0.5 });
    await sleep(3500); // longer than the lease: only the heartbeat keeps it
    const held = await job(id);
    expect(held.state).toBe('active');
    expect(held.left).toBeGreaterThan(0);
    expect(held.left).toBeLessThanOrEqual(2);

    release(); // the worker "dies"
    let after = await job(id);
    for (let i = 0; i < 100 && after.state === 'active'; i += 1) {
      await sleep(200);
      after = await job(id);
    }
    expect(after.state).toBe('retry'); // taken again by the next worker that polls
  });
});

describe('startJobQueue', () => {
  it('starts in four processes at once on a fresh database (queues created once, no deadlock)', async () => {
    const fresh = await createTestDatabase();
    try {
      const bosses = await Promise.all(Array.from({ length: 4 }, () => startJobQueue({ connectionString: fresh.url })));
      const queues: Array<{ name: string }> = await fresh.dataSource.query(`SELECT name FROM pgboss.queue WHERE name NOT LIKE '__pgboss%' ORDER BY name`);
      expect(queues.map((q) => q.name)).toEqual(['scenario-cost-curve', 'scenario-solve']);
      await Promise.all(bosses.map((b) => b.stop({ graceful: false, timeout: 2000 })));
    } finally {
      await fresh.close();
    }
  });
});
