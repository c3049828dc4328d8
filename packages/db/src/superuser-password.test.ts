import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { acquireEmbeddedPostgres, stopEmbeddedPostgres } from './embedded-postgres';
import { LEGACY_SUPERUSER_PASSWORD, passwordFileOf } from './superuser-password';

async function canConnect(port: number, password: string): Promise<boolean> {
  const client = new Client({ connectionString: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres` });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

describe('embedded PostgreSQL superuser password', () => {
  let base: string;
  beforeAll(() => {
    base = mkdtempSync(join(tmpdir(), 'junheng-pw-test-'));
    chmodSync(base, 0o755);
  });
  afterAll(async () => {
    for (const name of ['fresh', 'legacy']) await stopEmbeddedPostgres(join(base, name));
    rmSync(base, { recursive: true, force: true });
  });

  it('a new folder gets a random password in <dir>.password (0600), read by every later process', async () => {
    const dataDir = join(base, 'fresh');
    const lease = await acquireEmbeddedPostgres({ dataDir });
    const file = passwordFileOf(dataDir);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const password = readFileSync(file, 'utf8').trim();
    expect(password).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(lease.url('postgres')).toContain(encodeURIComponent(password));
    expect(await canConnect(lease.port, password)).toBe(true);
    expect(await canConnect(lease.port, LEGACY_SUPERUSER_PASSWORD)).toBe(false);

    vi.resetModules();
    const other = await import('./embedded-postgres.js');
    const otherLease = await other.acquireEmbeddedPostgres({ dataDir });
    expect(otherLease.owned).toBe(false);
    expect(otherLease.url('postgres')).toBe(lease.url('postgres'));
    await otherLease.release();
    await lease.release();

    // Restarted: the same password opens it.
    const again = await acquireEmbeddedPostgres({ dataDir });
    expect(again.owned).toBe(true);
    expect(await canConnect(again.port, password)).toBe(true);
    await again.release();
  });

  it('a folder made with the old constant password is given a random one (ALTER ROLE) and keeps working', async () => {
    const dataDir = join(base, 'legacy');
    const old = await acquireEmbeddedPostgres({ dataDir, password: LEGACY_SUPERUSER_PASSWORD });
    expect(existsSync(passwordFileOf(dataDir))).toBe(false); // an explicit password writes no file
    await old.release();

    const lease = await acquireEmbeddedPostgres({ dataDir });
    const password = readFileSync(passwordFileOf(dataDir), 'utf8').trim();
    expect(password).not.toBe(LEGACY_SUPERUSER_PASSWORD);
    expect(statSync(passwordFileOf(dataDir)).mode & 0o777).toBe(0o600);
    expect(await canConnect(lease.port, password)).toBe(true);
    expect(await canConnect(lease.port, LEGACY_SUPERUSER_PASSWORD)).toBe(false);
    expect(existsSync(`${passwordFileOf(dataDir)}.new`)).toBe(false);
    await lease.release();

    const again = await acquireEmbeddedPostgres({ dataDir });
    expect(readFileSync(passwordFileOf(dataDir), 'utf8').trim()).toBe(password);
    await again.release();
  });
});
