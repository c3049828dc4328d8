import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@junheng/db/testing';
import { replaceRegionData } from '@junheng/db';
import { COUNTY_A, fixtureRegion } from '../test-support/fixture-region';
import { StatementCounter } from '../test-support/statement-counter';
import { ScopeLookup } from './scope-lookup';

let db: TestDatabase;
const counter = new StatementCounter();
beforeAll(async () => {
  db = await createTestDatabase({ logger: counter });
  await replaceRegionData(db.dataSource, fixtureRegion(2, 2));
});
afterAll(async () => db.close());

async function until(check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('scope lookup', () => {
  it('keeps scopes while listening, and drops them when a region changes', async () => {
    const scopes = new ScopeLookup(db.dataSource);
    await scopes.listen(db.url);
    try {
      const first = await scopes.load(COUNTY_A);
      const again = await counter.measure(() => scopes.load(COUNTY_A));
      expect(again.count).toBe(0);
      expect(again.result.stamp).toBe(first.stamp);
      await db.dataSource.query(`UPDATE region SET data_version = data_version + 1 WHERE code = $1`, [COUNTY_A]);
      await until(async () => (await scopes.load(COUNTY_A)).stamp !== first.stamp);
      expect((await scopes.load(COUNTY_A)).versions.get(COUNTY_A)).toBe(first.versions.get(COUNTY_A)! + 1);
    } finally {
      await scopes.close();
    }
  });

  it('keeps nothing without a listening connection', async () => {
    const scopes = new ScopeLookup(db.dataSource);
    await scopes.load(COUNTY_A);
    const again = await counter.measure(() => scopes.load(COUNTY_A));
    expect(again.count).toBe(1);
  });
});
