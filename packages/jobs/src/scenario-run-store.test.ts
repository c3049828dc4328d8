import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@junheng/db/testing';
import { PlanEntity, ScenarioEntity } from '@junheng/db';
import { claimScenarioRun, markFailed, storePlanOnce } from '@junheng/db';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.close();
});

async function scenario(status: ScenarioEntity['status']): Promise<string> {
  const row = await db.dataSource.getRepository(ScenarioEntity).save({ countyCode: '431124', year: 2027, name: 't', status, parameters: {} });
  return row.id;
}

describe('scenario run store', () => {
  it('claims queued scenarios, and running ones again after a crash, but never cancelled or solved ones', async () => {
    expect(await claimScenarioRun(db.dataSource, await scenario('QUEUED'), 1)).toBe(true);
    expect(await claimScenarioRun(db.dataSource, await scenario('RUNNING'), 2)).toBe(true);
    expect(await claimScenarioRun(db.dataSource, await scenario('CANCELLED'), 1)).toBe(false);
    expect(await claimScenarioRun(db.dataSource, await scenario('SOLVED'), 1)).toBe(false);
  });

  it('stores a plan once: a second write for the same scenario changes nothing', async () => {
    const id = await scenario('QUEUED');
    await claimScenarioRun(db.dataSource, id, 1);
    expect(await storePlanOnce(db.dataSource, id, 'fp-1', { plan: { status: 'OPTIMAL', n: 1 } })).toBe(true);
    expect(await storePlanOnce(db.dataSource, id, 'fp-2', { plan: { status: 'OPTIMAL', n: 2 } })).toBe(false);
    const plans = await db.dataSource.getRepository(PlanEntity).findBy({ scenarioId: id });
    expect(plans).toHaveLength(1);
    expect(plans[0]!.fingerprint).toBe('fp-1');
    expect((await db.dataSource.getRepository(ScenarioEntity).findOneByOrFail({ id })).status).toBe('SOLVED');
  });

  it('stores no plan for a scenario cancelled while its solve was finishing', async () => {
    const id = await scenario('QUEUED');
    await claimScenarioRun(db.dataSource, id, 1);
    await db.dataSource.getRepository(ScenarioEntity).update({ id }, { status: 'CANCELLED' });
    expect(await storePlanOnce(db.dataSource, id, 'fp-1', { plan: { status: 'OPTIMAL', n: 1 } })).toBe(false);
    expect(await db.dataSource.getRepository(PlanEntity).countBy({ scenarioId: id })).toBe(0);
    expect((await db.dataSource.getRepository(ScenarioEntity).findOneByOrFail({ id })).status).toBe('CANCELLED');
  });

  it('marks a running scenario failed with the message, and leaves a cancelled one cancelled', async () => {
    const running = await scenario('RUNNING');
    await markFailed(db.dataSource, running, 'no cost table for county 431124');
    const row = await db.dataSource.getRepository(ScenarioEntity).findOneByOrFail({ id: running });
    expect([row.status, row.error]).toEqual(['FAILED', 'no cost table for county 431124']);
    const cancelled = await scenario('CANCELLED');
    await markFailed(db.dataSource, cancelled, 'x');
    expect((await db.dataSource.getRepository(ScenarioEntity).findOneByOrFail({ id: cancelled })).status).toBe('CANCELLED');
  });
});
