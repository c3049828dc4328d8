import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedPostgresError } from './embedded-postgres-error';
import { SUPERUSER, type Binaries, type ServerUser } from './postgres-host';

function ensureDir(dir: string, owner: ServerUser | null, mode: number): void {
  mkdirSync(dir, { recursive: true, mode: 0o755 });
  if (owner) chownSync(dir, owner.uid, owner.gid);
  chmodSync(dir, mode);
}

/** Creates an empty cluster in `dataDir` (owned by the server user, mode 0700) with the superuser's password. */
export function initdb(bins: Binaries, dataDir: string, password: string, owner: ServerUser | null, log: (m: string) => void): void {
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    throw new EmbeddedPostgresError('DATA_DIR_NOT_EMPTY', `${dataDir} is not empty but holds no PostgreSQL cluster (no PG_VERSION); empty it or point JUNHENG_DATA_DIR elsewhere`);
  }
  // The data folder is owned by the server user, mode 0700 (its parents are root's but traversable).
  ensureDir(dataDir, owner, 0o700);
  const pwFile = join(tmpdir(), `junheng-pg-pw-${process.pid}-${Date.now()}`);
  writeFileSync(pwFile, `${password}\n`, { mode: 0o600 });
  if (owner) chownSync(pwFile, owner.uid, owner.gid);
  log(`initdb ${dataDir}`);
  try {
    execFileSync(bins.initdb, [
      `--pgdata=${dataDir}`, `--username=${SUPERUSER}`, `--pwfile=${pwFile}`, '--auth=scram-sha-256',
      '--encoding=UTF8', '--locale=C', '--no-instructions',
    ], { stdio: 'pipe', env: { ...process.env, LC_ALL: 'C' }, ...(owner ?? {}) });
  } catch (e) {
    const err = e as { stderr?: Buffer };
    throw new EmbeddedPostgresError('INITDB_FAILED', `initdb failed for ${dataDir}: ${err.stderr?.toString().trim() ?? String(e)}`);
  } finally {
    rmSync(pwFile, { force: true });
  }
}
