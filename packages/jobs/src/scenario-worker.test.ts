import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, type Plan } from '@junheng/domain';
import { dataFingerprint, generateDemoCounty, PlanEntity, replaceRegionData, ScenarioEntity, StandardSetEntity } from '@junheng/db';
import { createTestDatabase, type TestDatabase } from '@junheng/db/testing';
import { enqueueScenarioRun, runScenarioJob, startJobQueue, startScenarioWorker } from './index';

let db: TestDatabase;
let boss: PgBoss;
const COUNTY = '431124';

beforeAll(async () => {
  db = await createTestDatabase();
  await replaceRegionData(db.dataSource, generateDemoCounty({ seed: 7, schools: 40, year: 2027 }));
  boss = await startJobQueue({ connectionString: db.url, maintenanceIntervalSeconds: 1 });
});
afterAll(async () => {
  await boss.stop({ graceful: false, timeout: 2000 });
  await db.close();
});

async function createScenario(name: string, budgetCap: number | null): Promise<string> {
  const row = await db.dataSource.getRepository(ScenarioEntity).save({
    countyCode: COUNTY, year: 2027, name, status: 'QUEUED',
    parameters: { ...DEFAULT_SCENARIO, countyCodes: [COUNTY], year: 2027, budgetCap, timeLimitSeconds: 20 },
  });
  return row.id;
}

async function waitForStatus(id: string, statuses: string[], timeoutMs = 90_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const row = await db.dataSource.getRepository(ScenarioEntity).findOneByOrFail({ id });
    if (statuses.includes(row.status)) return row.status;
    if (Date.now() > deadline) throw new Error(`scenario ${id} still ${row.status} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function startWorkerProcess(): ChildProcess {
  const script = join(__dirname, '..', 'dist', 'worker-main.js');
  return spawn(process.execPath, [script], {
    env: { ...process.env, DATABASE_URL: db.url, JUNHENG_QUEUE_MAINTENANCE_SECONDS: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

describe("a county's stored standard set", () => {
  it('is the base the scenario is solved under, recorded with the plan and in its fingerprint', async () => {
    const sets = db.dataSource.getRepository(StandardSetEntity);
    // No rotation quota and a 1-km distance limit: the plan may not rotate anyone over 1 km.
    await sets.save({ regionCode: COUNTY, name: '道县测试标准', version: 4, updatedBy: 'test', overrides: { rotation: { distanceLimitKm: 1, quotaShareOfEligible: 0 } } });
    try {
      const id = await createScenario('regional-set', 1_000_000);
      expect(await runScenarioJob(db.dataSource, id, { attempt: 1 })).toBe('STORED');
      const stored = await db.dataSource.getRepository(PlanEntity).findOneByOrFail({ scenarioId: id });
      expect(stored.body.standardSet).toEqual({ id: `region-${COUNTY}`, version: 4, name: '道县测试标准' });
      const plan = stored.body.plan as Plan;
      expect(plan.rotations.every((r) => (r.distanceKm ?? 0) <= 1)).toBe(true);
      expect(stored.fingerprint).toBe(await dataFingerprint(db.dataSource, COUNTY));
      await sets.clear();
      expect(await dataFingerprint(db.dataSource, COUNTY)).not.toBe(stored.fingerprint);
    } finally {
      await sets.clear();
    }
  });
});

describe('scenario jobs on pg-boss', () => {
  it('runs a queued scenario to a stored plan whose check passes, with progress recorded', async () => {
    const stop = await startScenarioWorker(boss, db.dataSource, { pollingIntervalSeconds: 0.5 });
    try {
      const id = await createScenario('in-process', 2_000_000);
      await enqueueScenarioRun(boss, id, 20);
      expect(await waitForStatus(id, ['SOLVED', 'FAILED'])).toBe('SOLVED');
      const plans = await db.dataSource.getRepository(PlanEntity).findBy({ scenarioId: id });
      expect(plans).toHaveLength(1);
      const plan = plans[0]!.body.plan as Plan;
      expect(plan.check.passes).toBe(true);
      expect(plan.cost.total).toBeLessThanOrEqual(2_000_000);
      expect(plans[0]!.fingerprint).toMatch(/^[0-9a-f]{16,}/);
      const row = await db.dataSource.getRepository(ScenarioEntity).findOneByOrFail({ id });
      expect(row.progress).toMatchObject({ stage: 'DONE', fraction: 1 });
    } finally {
      await stop();
    }
  });

  it('a job whose worker is killed mid-run is finished by another worker, with exactly one plan', async () => {
    const id = await createScenario('crash', null);
    // The crashed worker's heartbeat stops: the job expires within the lease (25 s) plus maintenance and is retried.
    await enqueueScenarioRun(boss, id, 20, 4);
    const first = startWorkerProcess();
    try {
      await waitForStatus(id, ['RUNNING', 'SOLVED']);
      first.kill('SIGKILL');
      await new Promise((r) => first.once('exit', r));
      const second = startWorkerProcess();
      try {
        expect(await waitForStatus(id, ['SOLVED', 'FAILED'], 100_000)).toBe('SOLVED');
      } finally {
        second.kill('SIGTERM');
        await new Promise((r) => second.once('exit', r));
      }
      expect(await db.dataSource.getRepository(PlanEntity).countBy({ scenarioId: id })).toBe(1);
    } finally {
      if (first.exitCode === null) first.kill('SIGKILL');
    }
  });

  it('a cancelled scenario is not run, and a running one stops', async () => {
    const stop = await startScenarioWorker(boss, db.dataSource, { pollingIntervalSeconds: 0.5 });
    try {
      const queued = await createScenario('cancel-queued', null);
      await db.dataSource.getRepository(ScenarioEntity).update({ id: queued }, { status: 'CANCELLED' });
      await enqueueScenarioRun(boss, queued, 20);
      const running = await createScenario('cancel-running', null);
      await enqueueScenarioRun(boss, running, 20);
      await waitForStatus(running, ['RUNNING', 'SOLVED']);
      await db.dataSource.query(`UPDATE scenario SET status = 'CANCELLED' WHERE id = $1 AND status = 'RUNNING'`, [running]);
      await new Promise((r) => setTimeout(r, 3000));
      expect(await db.dataSource.getRepository(PlanEntity).countBy({ scenarioId: queued })).toBe(0);
      const status = (await db.dataSource.getRepository(ScenarioEntity).findOneByOrFail({ id: running })).status;
      // Either the cancel came in time (no plan), or the solve had already finished and stored its plan.
      const plans = await db.dataSource.getRepository(PlanEntity).countBy({ scenarioId: running });
      expect([status, plans]).toSatisfy(([s, n]: [string, number]) => (s === 'CANCELLED' && n === 0) || (s === 'SOLVED' && n === 1));
    } finally {
      await stop();
    }
  });
});
