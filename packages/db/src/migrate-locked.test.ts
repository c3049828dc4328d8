import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from './data-source';
import { MIGRATIONS } from './migrations';
import { createTestDatabase, type TestDatabase } from './testing';

let empty: TestDatabase;

beforeAll(async () => {
  empty = await createTestDatabase({ migrationsRun: false });
});
afterAll(async () => {
  await empty.close();
});

describe('migrations under an advisory lock', () => {
  it('lets four processes open a fresh database at once: each migration runs once, every open succeeds', async () => {
    const opened: OpenedDatabase[] = await Promise.all(Array.from({ length: 4 }, () => openDatabase({ url: empty.url, poolSize: 3 })));
    try {
      const rows: Array<{ name: string }> = await opened[0]!.dataSource.query(`SELECT name FROM migrations ORDER BY id`);
      expect(rows.map((r) => r.name)).toEqual(MIGRATIONS.map((m) => m.name));
      for (const db of opened) expect(await db.dataSource.showMigrations()).toBe(false);
    } finally {
      await Promise.all(opened.map((db) => db.close()));
    }
  });
});
