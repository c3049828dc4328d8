import { mkdirSync, mkdtempSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { acquireEmbeddedPostgres, EmbeddedPostgresError, readPostmasterPid, stopEmbeddedPostgres } from './embedded-postgres';

async function selectOne(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ one: number }>('select 1 as one');
    return result.rows[0]?.one ?? 0;
  } finally {
    await client.end();
  }
}

describe('embedded PostgreSQL', () => {
  let base: string;
  let dataDir: string;
  beforeAll(() => {
    base = mkdtempSync(join(tmpdir(), 'junheng-ep-test-'));
    chmodSync(base, 0o755);
    dataDir = join(base, 'nested', 'pgdata');
  });
  afterAll(async () => {
    await stopEmbeddedPostgres(dataDir);
    rmSync(base, { recursive: true, force: true });
  });

  it('initialises the folder, starts a server and shares it with later users', async () => {
    const first = await acquireEmbeddedPostgres({ dataDir, password: 'pw' });
    expect(first.owned).toBe(true);
    expect(await selectOne(first.url('postgres'))).toBe(1);
    expect(readPostmasterPid(dataDir)?.port).toBe(first.port);

    const sameProcess = await acquireEmbeddedPostgres({ dataDir, password: 'pw' });
    expect(sameProcess.port).toBe(first.port);

    // A fresh copy of the module knows nothing of this process's server: it behaves like another process.
    vi.resetModules();
    const other = await import('./embedded-postgres.js');
    const otherLease = await other.acquireEmbeddedPostgres({ dataDir, password: 'pw' });
    expect(otherLease.owned).toBe(false);
    expect(otherLease.port).toBe(first.port);
    await otherLease.release(); // not the owner: the server keeps running
    expect(await selectOne(first.url('postgres'))).toBe(1);

    await sameProcess.release();
    await first.release(); // last lease of the owner: stops it
    expect(readPostmasterPid(dataDir)).toBeNull();
  });

  it('reports a port in use clearly, and starts over a stale pid file', async () => {
    const blocker: Server = createServer();
    const port = await new Promise<number>((resolve) => blocker.listen(0, '127.0.0.1', () => resolve((blocker.address() as { port: number }).port)));
    try {
      const attempt = acquireEmbeddedPostgres({ dataDir, password: 'pw', port });
      await expect(attempt).rejects.toBeInstanceOf(EmbeddedPostgresError);
      await expect(attempt).rejects.toMatchObject({ code: 'PORT_IN_USE' });
    } finally {
      blocker.close();
    }
    writeFileSync(join(dataDir, 'postmaster.pid'), `999999\n${dataDir}\n0\n5432\n\n127.0.0.1\n0\nready   \n`);
    const lease = await acquireEmbeddedPostgres({ dataDir, password: 'pw' });
    expect(lease.owned).toBe(true);
    expect(await selectOne(lease.url('postgres'))).toBe(1);
    await lease.release();
  });

  it('refuses a folder that is neither empty nor a PostgreSQL cluster', async () => {
    const junk = join(base, 'junk');
    mkdirSync(junk);
    writeFileSync(join(junk, 'notes.txt'), 'mine');
    await expect(acquireEmbeddedPostgres({ dataDir: junk, password: 'pw' })).rejects.toMatchObject({ code: 'DATA_DIR_NOT_EMPTY' });
  });
});
