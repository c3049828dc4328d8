import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './testing';
import { listenForRegionChanges } from './region-change-listener';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.close();
});

async function until(check: () => boolean, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('region change listener', () => {
  it('is told of every committed change to a region, and of nothing rolled back', async () => {
    const seen: string[] = [];
    const listener = await listenForRegionChanges(db.url, (code) => seen.push(code), () => undefined);
    try {
      await db.dataSource.query(`INSERT INTO region (code, name, kind) VALUES ('431124', '道县', 'COUNTY')`);
      await until(() => seen.length === 1);
      await db.dataSource.transaction(async (m) => {
        await m.query(`UPDATE region SET data_version = data_version + 1 WHERE code = '431124'`);
        throw new Error('roll back');
      }).catch(() => undefined);
      await db.dataSource.query(`UPDATE region SET data_version = data_version + 1 WHERE code = '431124'`);
      await until(() => seen.length === 2);
      await new Promise((r) => setTimeout(r, 100));
      expect(seen).toEqual(['431124', '431124']);
    } finally {
      await listener.close();
    }
  });
});
