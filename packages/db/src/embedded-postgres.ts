import { spawn } from 'node:child_process';
import {
  chmodSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, unlinkSync, writeSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Client } from 'pg';
import { EmbeddedPostgresError } from './embedded-postgres-error';
import {
  binariesIn, freePort, HOST, isAlive, isPostgresProcess, postgresBinaries, postgresNativeDir, readPostmasterPid, serverUser, SUPERUSER,
  type Binaries, type PostmasterPid, type ServerUser,
} from './postgres-host';
import { initdb } from './postgres-initdb';
import { reachableNativeDir, serverDataDir } from './server-reachable-paths';
import { candidatePasswords, migrateToRandomPassword, newSuperuserPassword, passwordFileOf, writePasswordFile } from './superuser-password';

export { EmbeddedPostgresError, freePort, postgresBinaries, readPostmasterPid };

/**
 * A real PostgreSQL run by the program itself, with the server binaries of the `embedded-postgres`
 * package (its per-platform package `@embedded-postgres/<platform>-<arch>`).
 *
 * We drive `initdb` and `postgres` ourselves rather than through the `EmbeddedPostgres` class because
 * that class registers process-wide exit, signal and uncaught-error hooks when it is imported, always
 * stops the server on exit, and reports a failed start without the reason. Here:
 * - one server per data folder: whoever starts first runs it, every later process connects to it
 *   (found through `postmaster.pid`: pid alive, status "ready", port on line 4);
 * - the process that started it stops it when it exits (normal exit, SIGINT, SIGTERM, SIGHUP) unless
 *   `keep` is set, and `release()` leaves it running while other processes still have sessions on it;
 * - start-up is serialised by a lock file beside the data folder, so two processes starting together
 *   do not both run initdb;
 * - failures say why (port in use, folder not empty, log tail).
 */

export interface EmbeddedPostgresOptions {
  /** PostgreSQL data folder; created (empty, owned by the server user) when missing. */
  dataDir: string;
  /**
   * Password of the `postgres` superuser (set at initdb; must match for an existing folder). Default:
   * the folder's own random password in `<dataDir>.password` (made at initdb, mode 0600).
   */
  password?: string | null;
  /** Port for a newly started server; default a free local port. Ignored when a server already runs. */
  port?: number | null;
  /** Leave a server this process started running when the process exits. */
  keep?: boolean;
  /** Extra `-c name=value` settings for a newly started server. */
  settings?: Record<string, string>;
  /** Progress messages (initdb, start, stop); default silent. */
  onLog?: (message: string) => void;
  /** How long to wait for a start or for another process's start lock (ms). Default 60 s. */
  timeoutMs?: number;
}

export interface EmbeddedPostgresLease {
  readonly host: string;
  readonly port: number;
  readonly user: string;
  /** True when this process started the server (and so stops it). */
  readonly owned: boolean;
  readonly dataDir: string;
  /** Connection URL for a database on this server. */
  url(database: string): string;
  /** Gives the lease back; the last lease of the owning process stops the server (see `stopEmbeddedPostgres`). */
  release(): Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Start-up lock beside the data folder, so two processes never initdb or start the same folder together. */
async function withStartLock<T>(dataDir: string, timeoutMs: number, work: () => Promise<T>): Promise<T> {
  const lockPath = `${dataDir}.lock`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = Number(readFileSync(lockPath, 'utf8').trim() || '0');
      if (!holder || !isAlive(holder)) {
        rmSync(lockPath, { force: true });
        continue;
      }
      if (Date.now() > deadline) {
        throw new EmbeddedPostgresError('TIMEOUT', `Process ${holder} has been starting PostgreSQL in ${dataDir} for too long (lock ${lockPath})`);
      }
      await sleep(200);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lockPath, { force: true });
  }
}

function logTail(logPath: string, lines = 15): string {
  try {
    return readFileSync(logPath, 'utf8').trim().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

interface Started { pid: number; port: number }

async function startServer(
  bins: Binaries, dataDir: string, logPath: string, port: number, owner: ServerUser | null, settings: Record<string, string>, timeoutMs: number,
): Promise<Started> {
  const logFd = openSync(logPath, 'a');
  const args = ['-D', dataDir, '-p', String(port), '-c', `listen_addresses=${HOST}`, '-c', 'unix_socket_directories='];
  for (const [name, value] of Object.entries(settings)) args.push('-c', `${name}=${value}`);
  // Detached: its own process group, so a Ctrl-C aimed at a process that does not own it cannot stop it.
  const child = spawn(bins.postgres, args, {
    detached: true, stdio: ['ignore', logFd, logFd], env: { ...process.env, LC_MESSAGES: 'C' }, ...(owner ?? {}),
  });
  closeSync(logFd);
  let exited: number | null | undefined;
  child.on('exit', (code) => { exited = code; });
  child.on('error', () => { exited = -1; });
  child.unref();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited !== undefined) {
      const tail = logTail(logPath);
      if (/Address already in use|could not create any TCP\/IP sockets/.test(tail)) {
        throw new EmbeddedPostgresError('PORT_IN_USE', `Port ${port} is already in use; PostgreSQL could not start (log: ${logPath})`);
      }
      throw new EmbeddedPostgresError('START_FAILED', `PostgreSQL exited with code ${String(exited)} while starting on ${dataDir}:\n${tail}`);
    }
    const pidFile = readPostmasterPid(dataDir);
    if (pidFile && pidFile.pid === child.pid && pidFile.status === 'ready') return { pid: child.pid, port };
    if (Date.now() > deadline) {
      if (child.pid) process.kill(child.pid, 'SIGINT');
      throw new EmbeddedPostgresError('TIMEOUT', `PostgreSQL did not become ready within ${timeoutMs} ms (log: ${logPath})`);
    }
    await sleep(50);
  }
}

/** Waits for a server another process runs (or is starting) on this folder; null when there is none. */
async function findRunning(dataDir: string, timeoutMs: number): Promise<PostmasterPid | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const pidFile = readPostmasterPid(dataDir);
    if (!pidFile || !isPostgresProcess(pidFile.pid)) return null;
    if (pidFile.status === 'ready') return pidFile;
    if (pidFile.status === 'stopping' || Date.now() > deadline) {
      if (Date.now() > deadline) throw new EmbeddedPostgresError('TIMEOUT', `PostgreSQL (pid ${pidFile.pid}) on ${dataDir} is "${pidFile.status}", not ready`);
      // A stopping server: wait for it to go, then start our own.
      while (isAlive(pidFile.pid) && Date.now() < deadline) await sleep(100);
      return null;
    }
    await sleep(100);
  }
}

interface ServerState {
  dataDir: string;
  pid: number | null;
  port: number;
  password: string;
  owned: boolean;
  keep: boolean;
  leases: number;
  stopped: boolean;
  removeHooks: () => void;
}

/** One state per data folder per process; leases count the users inside this process. */
const servers = new Map<string, Promise<ServerState>>();

function makeUrl(state: Pick<ServerState, 'port' | 'password'>, database: string): string {
  return `postgres://${SUPERUSER}:${encodeURIComponent(state.password)}@${HOST}:${state.port}/${encodeURIComponent(database)}`;
}

async function verifyConnection(state: ServerState): Promise<void> {
  const client = new Client({ connectionString: makeUrl(state, 'postgres'), connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (e) {
    throw new EmbeddedPostgresError('CONNECT_FAILED', `Cannot connect to the embedded PostgreSQL on port ${state.port} (${state.dataDir}): ${(e as Error).message}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Connects with the explicit password, else the folder's password file; a folder without one (made
 * before random passwords, with the constant one) gets a random password now (see superuser-password).
 */
async function settlePassword(state: ServerState, explicit: string | null, log: (m: string) => void): Promise<void> {
  if (explicit !== null) return verifyConnection(state);
  const candidates = candidatePasswords(state.dataDir);
  for (const [i, candidate] of candidates.entries()) {
    state.password = candidate.password;
    try {
      await verifyConnection(state);
    } catch (e) {
      if (i === candidates.length - 1) throw e;
      continue;
    }
    if (candidate.stored) return;
    state.password = await migrateToRandomPassword(state.dataDir, makeUrl(state, 'postgres'), SUPERUSER);
    log(`gave the PostgreSQL superuser a random password, stored in ${passwordFileOf(state.dataDir)}`);
    return;
  }
}

/** Signals are handled only when nobody else handles them, so an application's own shutdown keeps control. */
function installExitHooks(state: ServerState): () => void {
  const onExit = () => {
    if (!state.stopped && state.pid && !state.keep) {
      try { process.kill(state.pid, 'SIGINT'); } catch { /* already gone */ }
    }
  };
  const signals: Array<[NodeJS.Signals, number]> = [['SIGINT', 2], ['SIGTERM', 15], ['SIGHUP', 1]];
  const handlers = signals.map(([signal, number]) => {
    const handler = () => {
      if (process.listenerCount(signal) > 1) return; // someone else exits; our 'exit' hook still stops the server
      if (state.keep) process.exit(128 + number);
      void stopServer(state, { force: true, timeoutMs: 5_000 }).finally(() => process.exit(128 + number));
    };
    process.on(signal, handler);
    return [signal, handler] as const;
  });
  process.on('exit', onExit);
  return () => {
    process.off('exit', onExit);
    for (const [signal, handler] of handlers) process.off(signal, handler);
  };
}

async function otherSessions(state: ServerState): Promise<number> {
  const client = new Client({ connectionString: makeUrl(state, 'postgres'), connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    const result = await client.query<{ n: string }>(
      "select count(*) as n from pg_stat_activity where backend_type = 'client backend' and pid <> pg_backend_pid()",
    );
    return Number(result.rows[0]?.n ?? 0);
  } catch {
    return 0;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function stopServer(state: ServerState, opts: { force?: boolean; timeoutMs?: number } = {}): Promise<void> {
  if (state.stopped || !state.owned || !state.pid) return;
  if (state.keep && !opts.force) return;
  if (!opts.force && (await otherSessions(state)) > 0) {
    // Other processes still use it: leave it running for them (the next process to start will reuse it).
    state.removeHooks();
    state.stopped = true;
    return;
  }
  state.stopped = true;
  state.removeHooks();
  try {
    process.kill(state.pid, 'SIGINT'); // fast shutdown
  } catch {
    return;
  }
  const deadline = Date.now() + (opts.timeoutMs ?? 30_000);
  while (isAlive(state.pid) && Date.now() < deadline) await sleep(50);
}

async function startOrConnect(options: EmbeddedPostgresOptions): Promise<ServerState> {
  const dataDir = resolve(options.dataDir);
  const log = options.onLog ?? (() => undefined);
  const timeoutMs = options.timeoutMs ?? 60_000;
  const explicit = options.password ?? null;
  ensureTraversableParent(dirname(dataDir));
  const owner = serverUser();
  // The folder the server keeps its data in (moved out of a folder its user cannot reach; lock, log and password stay beside dataDir).
  const pgdata = serverDataDir(dataDir, owner);
  if (pgdata !== dataDir) log(`${dataDir} is not reachable by the PostgreSQL user: the data is kept in ${pgdata}`);
  return withStartLock(dataDir, timeoutMs, async () => {
    const running = await findRunning(pgdata, timeoutMs);
    const base = { dataDir, password: explicit ?? '', leases: 0, stopped: false, keep: options.keep ?? false, removeHooks: () => undefined };
    if (running) {
      log(`connecting to the PostgreSQL already running on port ${running.port} (pid ${running.pid})`);
      const state: ServerState = { ...base, pid: running.pid, port: running.port, owned: false };
      await settlePassword(state, explicit, log);
      return state;
    }
    const bins = owner ? reachableBinaries(owner) : postgresBinaries();
    if (!existsSync(join(pgdata, 'PG_VERSION'))) {
      let password = explicit;
      if (password === null) {
        password = newSuperuserPassword();
        writePasswordFile(dataDir, password);
      }
      initdb(bins, pgdata, password, owner, log);
    }
    // postgres itself removes a pid file whose process is gone; a pid reused by another program it would not.
    const stale = readPostmasterPid(pgdata);
    if (stale && !isPostgresProcess(stale.pid)) unlinkSync(join(pgdata, 'postmaster.pid'));
    let lastError: unknown;
    for (let attempt = 0; attempt < (options.port ? 1 : 3); attempt++) {
      const port = options.port ?? (await freePort());
      try {
        const started = await startServer(bins, pgdata, `${dataDir}.log`, port, owner, options.settings ?? {}, timeoutMs);
        log(`started PostgreSQL on port ${started.port} (pid ${started.pid}, data ${pgdata})`);
        const state: ServerState = { ...base, pid: started.pid, port: started.port, owned: true };
        state.removeHooks = installExitHooks(state);
        await settlePassword(state, explicit, log);
        return state;
      } catch (e) {
        lastError = e;
        if (!(e instanceof EmbeddedPostgresError && e.code === 'PORT_IN_USE')) throw e;
      }
    }
    throw lastError;
  });
}

/** The binaries, from a cache the server user can reach when the clone itself is private (see server-reachable-paths). */
function reachableBinaries(owner: ServerUser): Binaries {
  const { nativeDir, version } = postgresNativeDir();
  return binariesIn(reachableNativeDir(nativeDir, version, owner));
}

/** Creates the parent folder (0755) or, when it exists without search permission for others, adds it. */
function ensureTraversableParent(dir: string): void {
  if (!existsSync(dir)) {
    mkdirSync(dir, { recursive: true, mode: 0o755 });
    return;
  }
  const mode = statSync(dir).mode & 0o7777;
  if ((mode & 0o011) !== 0o011) {
    try { chmodSync(dir, mode | 0o011); } catch { /* not ours: initdb will say if the server user cannot reach it */ }
  }
}

/**
 * Starts the embedded PostgreSQL on `dataDir`, or connects to the one another process runs there.
 * Each call returns a lease; release it when done.
 */
export async function acquireEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresLease> {
  const key = resolve(options.dataDir);
  let pending = servers.get(key);
  const current = pending ? await pending.catch(() => null) : null;
  if (!pending || !current || current.stopped) {
    pending = startOrConnect(options);
    servers.set(key, pending);
    pending.catch(() => servers.delete(key));
  }
  const state = await pending;
  state.leases++;
  let released = false;
  return {
    host: HOST,
    port: state.port,
    user: SUPERUSER,
    owned: state.owned,
    dataDir: state.dataDir,
    url: (database) => makeUrl(state, database),
    release: async () => {
      if (released) return;
      released = true;
      state.leases--;
      if (state.leases === 0) {
        servers.delete(key);
        await stopServer(state);
      }
    },
  };
}

/** Stops the server this process started on `dataDir` now, whatever leases or other sessions remain. */
export async function stopEmbeddedPostgres(dataDir: string): Promise<void> {
  const key = resolve(dataDir);
  const pending = servers.get(key);
  servers.delete(key);
  const state = pending ? await pending.catch(() => null) : null;
  if (state) await stopServer(state, { force: true });
}
