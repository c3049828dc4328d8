import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** A child process (an API or a worker) with its output kept for assertions and failure reports. */
export interface Child {
  name: string;
  child: ChildProcess;
  output: string[];
  exited: Promise<number | null>;
}

const API_MAIN = join(__dirname, '..', '..', 'dist', 'main.js');
const WORKER_MAIN = join(__dirname, '..', '..', '..', '..', 'packages', 'jobs', 'dist', 'worker-main.js');

/** One JWT secret shared by every API process of a cluster (as a deployment shares its env file). */
export const CLUSTER_SECRET = randomBytes(32).toString('base64url');

function assertBuilt(script: string): void {
  if (!existsSync(script)) throw new Error(`${script} is missing: build first (npx turbo run build)`);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function start(name: string, script: string, env: Record<string, string>): Child {
  assertBuilt(script);
  const child = spawn(process.execPath, [script], { env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) if (line.trim() !== '') output.push(line);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { name, child, output, exited };
}

async function waitUntil(child: Child, ready: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let dead = false;
  void child.exited.then(() => (dead = true));
  for (;;) {
    if (dead) throw new Error(`${child.name} exited before it was ready:\n${child.output.join('\n')}`);
    if (await ready().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`${child.name} not ready after ${timeoutMs} ms:\n${child.output.join('\n')}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** `apps/api/dist/main.js` in production mode on DATABASE_URL, without a worker of its own; ready when `/ready` answers 200. */
export async function startApiProcess(name: string, databaseUrl: string, env: Record<string, string> = {}): Promise<Child & { base: string }> {
  const port = await freePort();
  const child = start(name, API_MAIN, {
    NODE_ENV: 'production', DATABASE_URL: databaseUrl, JWT_SECRET: CLUSTER_SECRET, HOST: '127.0.0.1', PORT: String(port),
    API_WORKER: '0', JUNHENG_DEMO: '0', RESPONSE_CACHE_MB: '32', LOG_LEVEL: 'info', ...env,
  });
  const base = `http://127.0.0.1:${port}`;
  await waitUntil(child, async () => (await fetch(`${base}/ready`)).status === 200, 90_000);
  return { ...child, base };
}

/** `packages/jobs/dist/worker-main.js` on DATABASE_URL; ready when it says so. */
export async function startWorkerProcess(name: string, databaseUrl: string, env: Record<string, string> = {}): Promise<Child> {
  const child = start(name, WORKER_MAIN, { DATABASE_URL: databaseUrl, LOG_LEVEL: 'info', ...env });
  await waitUntil(child, async () => child.output.some((l) => l.includes('scenario worker ready')), 90_000);
  return child;
}

/** SIGTERM, then SIGKILL after 15 s. */
export async function stopProcess(c: Child | undefined): Promise<void> {
  if (!c || c.child.exitCode !== null || c.child.signalCode !== null) return;
  c.child.kill('SIGTERM');
  const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 15_000).unref());
  if ((await Promise.race([c.exited, timeout])) === 'timeout') {
    c.child.kill('SIGKILL');
    await c.exited;
  }
}
