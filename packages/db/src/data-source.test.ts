import type { Logger } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from './config';
import { openDatabase } from './data-source';
import { SchoolEntity } from './entities';
import { createTestDatabase, type TestDatabase } from './testing';

function countingLogger(): Logger & { queries: string[] } {
  const queries: string[] = [];
  return {
    queries,
    logQuery: (query) => { queries.push(query); },
    logQueryError: () => undefined,
    logQuerySlow: () => undefined,
    logSchemaBuild: () => undefined,
    logMigration: () => undefined,
    log: () => undefined,
  };
}

describe('openDatabase', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.close();
  });

  it('uses DATABASE_URL when set, runs pending migrations (none here) and reports every statement to a logger', async () => {
    const logger = countingLogger();
    const opened = await openDatabase({ config: loadConfig({ DATABASE_URL: db.url }), logger });
    try {
      expect(opened.embedded).toBe(false);
      expect(opened.url).toBe(db.url);
      logger.queries.length = 0;
      await opened.dataSource.getRepository(SchoolEntity).find({ where: { countyCode: '431124' } });
      await opened.dataSource.query('SELECT 1');
      expect(logger.queries).toHaveLength(2);
    } finally {
      await opened.close();
    }
    expect(opened.dataSource.isInitialized).toBe(false);
  });
});
