import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { defaultPlanYear } from '@junheng/domain';

/** Everything the API reads from the environment, validated. The only module that reads process.env. */
export interface ApiConfig {
  /** NODE_ENV: `development` (default), `production` or `test`. */
  nodeEnv: 'development' | 'production' | 'test';
  /** PORT (default 4000). */
  port: number;
  /** HOST to listen on (default 0.0.0.0). */
  host: string;
  /** JWT_SECRET: HS256 key, at least 32 characters; generated and kept in `.junheng/api-jwt-secret` in development. */
  jwtSecret: string;
  /** TOKEN_TTL_SECONDS (default 8 hours). */
  tokenTtlSeconds: number;
  /** RESPONSE_CACHE_MB: memory for cached query answers; 0 turns the cache off (default 64). */
  responseCacheMb: number;
  /** PLAN_YEAR: the year whose reference date (Sept 1) judges tenure and rotation (default: the coming September). */
  planYear: number;
  /** DATABASE_URL is set: an external PostgreSQL instead of the embedded one (the dev bypass needs the embedded one). */
  externalDatabase: boolean;
  /** JUNHENG_DEMO=0 skips loading the demo county into an empty database (default on outside production). */
  loadDemoWhenEmpty: boolean;
}

export class ApiConfigError extends Error {
  readonly code = 'CONFIG_ERROR';
}

type Env = Record<string, string | undefined>;

function nonEmpty(env: Env, name: string): string | null {
  const v = env[name];
  return v === undefined || v.trim() === '' ? null : v.trim();
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = nonEmpty(env, name);
  if (raw === null) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new ApiConfigError(`${name} must be an integer ${min}-${max} (got "${raw}")`);
  return n;
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = nonEmpty(env, name);
  if (raw === null) return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ApiConfigError(`${name} must be 1/0, true/false, yes/no or on/off (got "${raw}")`);
}


function findRepoRoot(from: string = __dirname): string {
  let dir = resolve(from);
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && /"workspaces"/.test(readFileSync(pkg, 'utf8'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}

/** Development only: a random secret kept beside the embedded database, so tokens survive restarts. */
function developmentSecret(): string {
  const file = join(findRepoRoot(), '.junheng', 'api-jwt-secret');
  if (existsSync(file)) {
    const existing = readFileSync(file, 'utf8').trim();
    if (existing.length >= 32) return existing;
  }
  const secret = randomBytes(32).toString('base64url');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}

/** Reads and validates the configuration; pass an env object in tests. */
export function loadConfig(env: Env = process.env): ApiConfig {
  const nodeEnvRaw = nonEmpty(env, 'NODE_ENV') ?? 'development';
  if (nodeEnvRaw !== 'development' && nodeEnvRaw !== 'production' && nodeEnvRaw !== 'test') {
    throw new ApiConfigError(`NODE_ENV must be development, production or test (got "${nodeEnvRaw}")`);
  }
  const nodeEnv = nodeEnvRaw;
  let jwtSecret = nonEmpty(env, 'JWT_SECRET');
  if (jwtSecret !== null && jwtSecret.length < 32) throw new ApiConfigError('JWT_SECRET must be at least 32 characters');
  if (jwtSecret === null) {
    if (nodeEnv === 'production') throw new ApiConfigError('JWT_SECRET is required in production');
    jwtSecret = nodeEnv === 'development' ? developmentSecret() : randomBytes(32).toString('base64url');
  }
  return {
    nodeEnv,
    port: integer(env, 'PORT', 4000, 0, 65535),
    host: nonEmpty(env, 'HOST') ?? '0.0.0.0',
    jwtSecret,
    tokenTtlSeconds: integer(env, 'TOKEN_TTL_SECONDS', 8 * 3600, 60, 30 * 24 * 3600),
    responseCacheMb: integer(env, 'RESPONSE_CACHE_MB', 64, 0, 16_384),
    planYear: integer(env, 'PLAN_YEAR', defaultPlanYear(), 2000, 2100),
    externalDatabase: nonEmpty(env, 'DATABASE_URL') !== null,
    loadDemoWhenEmpty: flag(env, 'JUNHENG_DEMO', nodeEnv !== 'production'),
  };
}
