import { randomBytes } from 'node:crypto';
import type { DataSource, Logger } from 'typeorm';
import { loadConfig } from '../config';
import { createDataSource } from '../data-source';
import { dropDatabase, ensureDatabase } from '../ensure-database';

export interface TestDatabase {
  dataSource: DataSource;
  /** URL of the fresh database (for code under test that opens its own connection). */
  url: string;
  /** Closes the pool and drops the database. */
  close(): Promise<void>;
}

export interface CreateTestDatabaseOptions {
  /** TypeORM logger, e.g. to count statements. */
  logger?: Logger;
  /** Run the migrations (default true). */
  migrationsRun?: boolean;
  poolSize?: number;
}

/** Replaces the database name of a postgres URL. */
function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * A fresh database with a random name on the test server of this run (see `globalSetup`), migrated.
 * Call once per test file (in `beforeAll`), and `close()` it in `afterAll`.
 */
export async function createTestDatabase(options: CreateTestDatabaseOptions = {}): Promise<TestDatabase> {
  const adminUrl = loadConfig().testServerUrl;
  if (!adminUrl) {
    throw new Error(
      "No test PostgreSQL: add globalSetup: ['@junheng/db/testing/global-setup'] to vitest.config (or set JUNHENG_TEST_PG_URL)",
    );
  }
  const name = `junheng_test_${randomBytes(6).toString('hex')}`;
  await ensureDatabase(adminUrl, name);
  const url = withDatabase(adminUrl, name);
  const dataSource = createDataSource(url, { logger: options.logger, migrationsRun: options.migrationsRun, poolSize: options.poolSize ?? 5 });
  try {
    await dataSource.initialize();
  } catch (e) {
    await dropDatabase(adminUrl, name).catch(() => undefined);
    throw e;
  }
  let closed = false;
  return {
    dataSource,
    url,
    close: async () => {
      if (closed) return;
      closed = true;
      if (dataSource.isInitialized) await dataSource.destroy();
      await dropDatabase(adminUrl, name);
    },
  };
}
