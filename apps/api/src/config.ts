import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { jwtSecretWeakness } from './auth/jwt-secret-strength';
import { defaultPlanYear } from '@junheng/domain';

/** Everything the API reads from the environment, validated. The only module that reads process.env. */
export interface ApiConfig {
  /**
   * NODE_ENV: `production` (default: what `npm start` runs), `development` (`npm run dev`: loopback only,
   * token-less Sandbox, stack traces) or `test`.
   */
  nodeEnv: 'development' | 'production' | 'test';
  /** PORT (default 4000). */
  port: number;
  /** HOST to listen on (default 0.0.0.0; development: 127.0.0.1, and nothing else is accepted). */
  host: string;
  /**
   * JWT_SECRET: HS256 key (>= 32 characters, not the example's, not low in entropy). Without it on the
   * embedded database, a random one kept in `.junheng/api-jwt-secret` (mode 0600); required with DATABASE_URL
   * in production.
   */
  jwtSecret: string;
  /**
   * TRUST_PROXY: Express's `trust proxy` (hop count, or addresses/subnets, comma-separated) when a
   * reverse proxy sets X-Forwarded-For; the client address of the login throttle comes from it (default off:
   * the TCP peer).
   */
  trustProxy: number | string[] | false;
  /** TOKEN_TTL_SECONDS (default 8 hours). */
  tokenTtlSeconds: number;
  /** RESPONSE_CACHE_MB: memory for cached query answers; 0 turns the cache off (default 64). */
  responseCacheMb: number;
  /** PLAN_YEAR: the year whose reference date (Sept 1) judges tenure and rotation (default: the coming September). */
  planYear: number;
  /** DATABASE_URL is set: an external PostgreSQL instead of the embedded one (the dev bypass needs the embedded one). */
  externalDatabase: boolean;
  /** JUNHENG_DEMO=0 skips loading the demo county into an empty database (default on with the embedded database or outside production). */
  loadDemoWhenEmpty: boolean;
  /** UPLOAD_MAX_MB: the largest roster upload, in MiB (default 20: a county's workbook is well under 5; 100,000 teachers is about 12). */
  uploadMaxMb: number;
  /** UPLOAD_TMP_DIR: where uploads are kept while they are read (default `<os tmpdir>/junheng-uploads`); swept at start. */
  uploadTempDir: string;
  /** API_WORKER=0: this process runs no scenario worker (several processes: dedicated `npm run worker` ones). Default on. */
  runWorker: boolean;
  /** Logs and metrics (see `observability/`). */
  observability: ObservabilityConfig;
}

/** What operators watch: JSON logs on stdout, Prometheus metrics on a port of their own. */
export interface ObservabilityConfig {
  /** LOG_LEVEL: fatal, error, warn, info (default; silent when NODE_ENV=test), debug, trace or silent. */
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** METRICS_PORT: serve `/metrics` on this port (unset or 0: no metrics server). Never on the public port. */
  metricsPort: number | null;
  /** METRICS_HOST (default 127.0.0.1): the metrics port's interface; 0.0.0.0 only behind a firewall. */
  metricsHost: string;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

function observabilityConfig(env: Env, nodeEnv: ApiConfig['nodeEnv']): ObservabilityConfig {
  const level = (nonEmpty(env, 'LOG_LEVEL') ?? (nodeEnv === 'test' ? 'silent' : 'info')).toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(level)) throw new ApiConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${level}")`);
  const metricsPort = integer(env, 'METRICS_PORT', 0, 0, 65535);
  return { logLevel: level as ObservabilityConfig['logLevel'], metricsPort: metricsPort === 0 ? null : metricsPort, metricsHost: nonEmpty(env, 'METRICS_HOST') ?? '127.0.0.1' };
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

/** Where the secret of the embedded database is kept. */
export function keptSecretFile(): string {
  return join(findRepoRoot(), '.junheng', 'api-jwt-secret');
}

/** The embedded database only: a random secret kept beside it (mode 0600), so tokens survive restarts. */
function keptSecret(): string {
  const file = keptSecretFile();
  if (existsSync(file)) {
    const existing = readFileSync(file, 'utf8').trim();
    if (jwtSecretWeakness(existing) === null) {
      chmodSync(file, 0o600); // readable by its owner only, whoever created it
      return existing;
    }
  }
  const secret = randomBytes(32).toString('base64url');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  chmodSync(file, 0o600);
  return secret;
}

/** Host names `npm run dev` listens on and accepts in the Host header. */
export const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '::1'] as const;

function trustProxy(env: Env): number | string[] | false {
  const raw = nonEmpty(env, 'TRUST_PROXY');
  if (raw === null || /^(0|false|no|off)$/i.test(raw)) return false;
  if (/^\d+$/.test(raw)) return integer(env, 'TRUST_PROXY', 0, 0, 10);
  const parts = raw.split(',').map((p) => p.trim()).filter(Boolean);
  if (parts.some((p) => !/^[0-9a-fA-F.:/]+$|^(loopback|linklocal|uniquelocal)$/.test(p))) {
    throw new ApiConfigError(`TRUST_PROXY must be a hop count, or proxy addresses/subnets separated by commas (got "${raw}")`);
  }
  return parts;
}

/** Reads and validates the configuration; pass an env object in tests. */
export function loadConfig(env: Env = process.env): ApiConfig {
  const nodeEnvRaw = nonEmpty(env, 'NODE_ENV') ?? 'production';
  if (nodeEnvRaw !== 'development' && nodeEnvRaw !== 'production' && nodeEnvRaw !== 'test') {
    throw new ApiConfigError(`NODE_ENV must be development, production or test (got "${nodeEnvRaw}")`);
  }
  const nodeEnv = nodeEnvRaw;
  const externalDatabase = nonEmpty(env, 'DATABASE_URL') !== null;
  let jwtSecret = nonEmpty(env, 'JWT_SECRET');
  if (jwtSecret !== null) {
    const weakness = jwtSecretWeakness(jwtSecret);
    if (weakness) throw new ApiConfigError(`JWT_SECRET ${weakness}; generate one with: node -e "console.log(require('crypto').randomBytes(32).toString('base64url'))"`);
  } else {
    if (nodeEnv === 'production' && externalDatabase) throw new ApiConfigError('JWT_SECRET is required in production with DATABASE_URL (the same value in every API process)');
    jwtSecret = nodeEnv === 'test' ? randomBytes(32).toString('base64url') : keptSecret();
  }
  const host = nonEmpty(env, 'HOST') ?? (nodeEnv === 'development' ? '127.0.0.1' : '0.0.0.0');
  if (nodeEnv === 'development' && !(LOOPBACK_HOSTS as readonly string[]).includes(host)) {
    throw new ApiConfigError(`development mode (npm run dev) listens on loopback only: HOST must be 127.0.0.1, localhost or ::1 (got "${host}"); use npm start to serve other machines`);
  }
  return {
    nodeEnv,
    port: integer(env, 'PORT', 4000, 0, 65535),
    host,
    jwtSecret,
    trustProxy: trustProxy(env),
    tokenTtlSeconds: integer(env, 'TOKEN_TTL_SECONDS', 8 * 3600, 60, 30 * 24 * 3600),
    responseCacheMb: integer(env, 'RESPONSE_CACHE_MB', 64, 0, 16_384),
    planYear: integer(env, 'PLAN_YEAR', defaultPlanYear(), 2000, 2100),
    externalDatabase,
    loadDemoWhenEmpty: flag(env, 'JUNHENG_DEMO', !externalDatabase || nodeEnv !== 'production'),
    uploadMaxMb: integer(env, 'UPLOAD_MAX_MB', 20, 1, 1024),
    uploadTempDir: resolve(nonEmpty(env, 'UPLOAD_TMP_DIR') ?? join(tmpdir(), 'junheng-uploads')),
    runWorker: flag(env, 'API_WORKER', true),
    observability: observabilityConfig(env, nodeEnv),
  };
}
