import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, publishTestServerUrl } from '../config';
import { acquireEmbeddedPostgres, stopEmbeddedPostgres } from '../embedded-postgres';

/** Settings for a throw-away test server: durability off, room for many test files' pools. */
const TEST_SETTINGS = { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off', max_connections: '300' };

/**
 * Vitest `globalSetup`: starts ONE embedded PostgreSQL for the whole test run in a temporary folder
 * and publishes its admin URL to the test workers (environment variable JUNHENG_TEST_PG_URL, inherited
 * by the workers Vitest starts afterwards). Returns the teardown that stops it and deletes the folder.
 * When JUNHENG_TEST_PG_URL is already set, that server is used and nothing is started.
 */
export default async function setup(): Promise<() => Promise<void>> {
  if (loadConfig().testServerUrl) return async () => undefined;
  const base = mkdtempSync(join(tmpdir(), 'junheng-test-pg-'));
  chmodSync(base, 0o755); // the server user must traverse it
  const dataDir = join(base, 'pgdata');
  // The folder's own random superuser password (pgdata.password beside it), as every embedded server has.
  const lease = await acquireEmbeddedPostgres({ dataDir, settings: TEST_SETTINGS });
  publishTestServerUrl(lease.url('postgres'));
  return async () => {
    await stopEmbeddedPostgres(dataDir);
    rmSync(base, { recursive: true, force: true });
  };
}
