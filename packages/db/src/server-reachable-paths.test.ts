import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acquireEmbeddedPostgres, stopEmbeddedPostgres } from './embedded-postgres';
import { postgresNativeDir, serverUser } from './postgres-host';
import { reachableBy, reachableNativeDir, serverDataDir } from './server-reachable-paths';

// Only root runs the server as another user (`postgres`); for anyone else every path they can use is reachable.
describe.runIf(userInfo().uid === 0)('a clone folder only root can enter (mode 0700)', () => {
  let base: string;
  let privateDir: string;
  let cacheRoot: string;
  const user = () => serverUser()!;
  beforeAll(() => {
    base = mkdtempSync(join(tmpdir(), 'junheng-reach-test-'));
    chmodSync(base, 0o755);
    privateDir = mkdtempSync(join(base, 'clone-')); // 0700, as mktemp -d makes it
    cacheRoot = join(base, 'cache');
    mkdirSync(cacheRoot, { mode: 0o755 });
  });
  afterAll(async () => {
    const dataDir = join(privateDir, '.junheng', 'pgdata');
    await stopEmbeddedPostgres(dataDir);
    rmSync(serverDataDir(dataDir, user()), { recursive: true, force: true });
    rmSync(base, { recursive: true, force: true });
  });

  it('copies the binaries to a verified cache the server user can run, reused and repaired', () => {
    const { nativeDir, version } = postgresNativeDir();
    const privateNative = join(privateDir, 'native');
    execFileSync('cp', ['-al', nativeDir, privateNative]); // hard links: the package as a private clone holds it
    expect(reachableBy(user(), join(privateNative, 'bin', 'postgres'))).toBe(false);

    const cache = reachableNativeDir(privateNative, version, user(), cacheRoot);
    expect(cache.startsWith(cacheRoot)).toBe(true);
    expect(statSync(cache).mode & 0o777).toBe(0o755);
    const run = () => execFileSync(join(cache, 'bin', 'postgres'), ['--version'], { uid: user().uid, gid: user().gid, encoding: 'utf8' });
    expect(run()).toMatch(/PostgreSQL\) \d+/);
    expect(readdirSync(cacheRoot)).toEqual([cache.slice(cacheRoot.length + 1)]); // no staging folder left
    expect(reachableNativeDir(privateNative, version, user(), cacheRoot)).toBe(cache);

    // A damaged cache (a file replaced by a short one; never written through: it may be a hard link) is rebuilt.
    rmSync(join(cache, 'bin', 'initdb'));
    writeFileSync(join(cache, 'bin', 'initdb'), 'broken');
    expect(reachableNativeDir(privateNative, version, user(), cacheRoot)).toBe(cache);
    expect(statSync(join(cache, 'bin', 'initdb')).size).toBe(statSync(join(nativeDir, 'bin', 'initdb')).size);
    expect(run()).toMatch(/PostgreSQL/);
  });

  it('keeps reachable folders where they are and moves an unreachable data folder out', () => {
    expect(serverDataDir(join(base, 'pgdata'), user())).toBe(join(base, 'pgdata'));
    const moved = serverDataDir(join(privateDir, 'pgdata'), user(), join(base, 'data-root'));
    expect(moved.startsWith(join(base, 'data-root', 'pgdata-'))).toBe(true);
    expect(serverDataDir(join(privateDir, 'pgdata'), user(), join(base, 'data-root'))).toBe(moved);
    expect(serverDataDir(join(privateDir, 'pgdata'), null)).toBe(join(privateDir, 'pgdata'));
  });

  it('starts the embedded server for a data folder inside the private clone', async () => {
    const dataDir = join(privateDir, '.junheng', 'pgdata');
    const lease = await acquireEmbeddedPostgres({ dataDir });
    const client = new Client({ connectionString: lease.url('postgres') });
    await client.connect();
    expect((await client.query<{ one: number }>('select 1 as one')).rows[0]?.one).toBe(1);
    await client.end();
    expect(existsSync(`${dataDir}.password`)).toBe(true);
    expect(statSync(privateDir).mode & 0o777).toBe(0o700); // the clone stays private
    await lease.release();
  });
});
