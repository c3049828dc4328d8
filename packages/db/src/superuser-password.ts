import { randomBytes } from 'node:crypto';
import { chmodSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { Client } from 'pg';

/**
 * The embedded server's superuser password: random per data folder, made at initdb and kept in
 * `<data dir>.password` (mode 0600, owned by the user that runs the programs) beside the data folder.
 * Every program that opens the embedded server (API, CLI, worker, tests) reads it from there.
 *
 * Folders made before this existed used the constant `junheng`: when the file is absent and that
 * password connects, a random one is set with ALTER ROLE and written to the file. The new password is
 * written to `<file>.new` first and renamed after the ALTER, so a crash in between leaves a password
 * that still opens the server.
 */

export const LEGACY_SUPERUSER_PASSWORD = 'junheng';

export function passwordFileOf(dataDir: string): string {
  return `${dataDir}.password`;
}

/** 32 random bytes as base64url: safe in a URL and in an SQL string literal. */
export function newSuperuserPassword(): string {
  return randomBytes(32).toString('base64url');
}

function readTrimmed(path: string): string | null {
  try {
    const text = readFileSync(path, 'utf8').trim();
    return text === '' ? null : text;
  } catch {
    return null;
  }
}

/** The password stored for the folder, or null when there is no file. */
export function readPasswordFile(dataDir: string): string | null {
  return readTrimmed(passwordFileOf(dataDir));
}

/** Writes `<file>.new` (0600), ready to be committed by `commitPasswordFile`. */
function writePending(dataDir: string, password: string): string {
  const pending = `${passwordFileOf(dataDir)}.new`;
  rmSync(pending, { force: true });
  writeFileSync(pending, `${password}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(pending, 0o600);
  return pending;
}

/** Writes the password file atomically with mode 0600 (through a `.new` file and a rename). */
export function writePasswordFile(dataDir: string, password: string): void {
  renameSync(writePending(dataDir, password), passwordFileOf(dataDir));
}

/**
 * The passwords to try, in order, for a folder: its file; without one, a pending `.new` left by an
 * interrupted migration, then the legacy constant.
 */
export function candidatePasswords(dataDir: string): { password: string; stored: boolean }[] {
  const stored = readPasswordFile(dataDir);
  if (stored !== null) return [{ password: stored, stored: true }];
  const pending = readTrimmed(`${passwordFileOf(dataDir)}.new`);
  return [...(pending ? [{ password: pending, stored: false }] : []), { password: LEGACY_SUPERUSER_PASSWORD, stored: false }];
}

/** Gives a folder that has no password file a random password: ALTER ROLE through `url`, then the file. */
export async function migrateToRandomPassword(dataDir: string, url: string, superuser: string): Promise<string> {
  const password = newSuperuserPassword();
  const pending = writePending(dataDir, password);
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
    await client.query(`ALTER ROLE "${superuser}" PASSWORD '${password}'`);
  } catch (e) {
    rmSync(pending, { force: true });
    throw e;
  } finally {
    await client.end().catch(() => undefined);
  }
  renameSync(pending, passwordFileOf(dataDir));
  return password;
}
