import { isAbsolute, join, resolve } from 'node:path';
import { findRepoRoot } from './repo-root';

/** Everything the db package reads from the environment, validated. The only module that reads process.env. */
export interface DbConfig {
  /** DATABASE_URL: an external PostgreSQL to use instead of the embedded one. */
  databaseUrl: string | null;
  /** JUNHENG_DATA_DIR: the embedded PostgreSQL data folder (default `<repo root>/.junheng/pgdata`). */
  dataDir: string;
  /** JUNHENG_DB_NAME: database created and used on the embedded server (default `junheng`). */
  databaseName: string;
  /** JUNHENG_PG_PORT: fixed port for a newly started embedded server (default: a free port). */
  port: number | null;
  /**
   * JUNHENG_PG_PASSWORD: a fixed password for the embedded server's `postgres` user (it listens on
   * 127.0.0.1 only). Default null: the data folder's own random password in `<data dir>.password` (0600).
   */
  password: string | null;
  /** JUNHENG_PG_KEEP=1: leave an embedded server this process started running when it exits. */
  keepServer: boolean;
  /** JUNHENG_TEST_PG_URL: admin URL of the test server, set by the testing globalSetup. */
  testServerUrl: string | null;
}

export class ConfigError extends Error {
  readonly code = 'CONFIG_ERROR';
}

type Env = Record<string, string | undefined>;

function nonEmpty(env: Env, name: string): string | null {
  const value = env[name];
  return value === undefined || value.trim() === '' ? null : value.trim();
}

function postgresUrl(env: Env, name: string): string | null {
  const value = nonEmpty(env, name);
  if (value === null) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`${name} is not a valid URL`);
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError(`${name} must be a postgres:// or postgresql:// URL (got ${url.protocol}//...)`);
  }
  return value;
}

function flag(env: Env, name: string): boolean {
  const value = nonEmpty(env, name);
  if (value === null) return false;
  if (/^(1|true|yes|on)$/i.test(value)) return true;
  if (/^(0|false|no|off)$/i.test(value)) return false;
  throw new ConfigError(`${name} must be 1/0, true/false, yes/no or on/off (got "${value}")`);
}

function port(env: Env, name: string): number | null {
  const value = nonEmpty(env, name);
  if (value === null) return null;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 65535) throw new ConfigError(`${name} must be a port number 1-65535 (got "${value}")`);
  return n;
}

function identifier(env: Env, name: string, fallback: string): string {
  const value = nonEmpty(env, name) ?? fallback;
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(value)) {
    throw new ConfigError(`${name} must be a lower-case PostgreSQL identifier (letters, digits, _), got "${value}"`);
  }
  return value;
}

/** Reads and validates the configuration; pass an env object in tests. */
export function loadConfig(env: Env = process.env): DbConfig {
  const dataDirRaw = nonEmpty(env, 'JUNHENG_DATA_DIR');
  const dataDir = dataDirRaw === null
    ? join(findRepoRoot(), '.junheng', 'pgdata')
    : isAbsolute(dataDirRaw) ? dataDirRaw : resolve(dataDirRaw);
  return {
    databaseUrl: postgresUrl(env, 'DATABASE_URL'),
    dataDir,
    databaseName: identifier(env, 'JUNHENG_DB_NAME', 'junheng'),
    port: port(env, 'JUNHENG_PG_PORT'),
    password: nonEmpty(env, 'JUNHENG_PG_PASSWORD'),
    keepServer: flag(env, 'JUNHENG_PG_KEEP'),
    testServerUrl: postgresUrl(env, 'JUNHENG_TEST_PG_URL'),
  };
}

/** Name of the environment variable the testing globalSetup sets for the test workers. */
export const TEST_SERVER_URL_ENV = 'JUNHENG_TEST_PG_URL';

/** Used by the testing globalSetup only: hands the test server's URL to the workers Vitest starts next. */
export function publishTestServerUrl(url: string): void {
  process.env[TEST_SERVER_URL_ENV] = url;
}
