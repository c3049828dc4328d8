import type { DataSource } from 'typeorm';

/** The advisory-lock key under which migrations run (any constant shared by every process of Junheng). */
const MIGRATION_LOCK_KEY = 7_351_202_612;

/**
 * Runs pending migrations while holding a PostgreSQL advisory lock, so that several processes started
 * at once on a fresh database (two API processes and two workers) migrate it one after the other: the
 * first applies the migrations, the others find nothing left to do.
 */
export async function runMigrationsLocked(dataSource: DataSource): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      await dataSource.runMigrations({ transaction: 'all' });
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await runner.release();
  }
}
