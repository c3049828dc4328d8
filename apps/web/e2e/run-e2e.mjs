#!/usr/bin/env node
// `npm run test:e2e` (repository root, after `turbo run build`): the real API server (embedded
// PostgreSQL in a fresh temporary folder, demo county, in-process job worker) on a free port, then the
// Playwright suite in Debian's Chromium against it, then the server stops and the folder goes.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const webDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = resolve(webDir, '..', '..');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function freePort() {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolvePort(port));
    });
  });
}

async function waitFor(url, timeoutMs, child) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}) before ${url} answered`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

function stop(child, name) {
  return new Promise((resolveStop) => {
    if (!child || child.exitCode !== null) return resolveStop();
    const timer = setTimeout(() => {
      console.error(`[e2e] ${name} did not stop in 20 s: killing it`);
      child.kill('SIGKILL');
    }, 20_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolveStop();
    });
    child.kill('SIGTERM');
  });
}

function run(command, args, options) {
  return new Promise((resolveRun) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options });
    child.once('exit', (code, signal) => resolveRun(code ?? (signal ? 1 : 0)));
  });
}

async function main() {
  if (!existsSync(chromium)) {
    console.error(`[e2e] no browser at ${chromium}: apt-get install -y chromium fonts-noto-cjk (or set CHROMIUM_PATH)`);
    return 1;
  }
  if (!existsSync(join(repoRoot, 'apps/api/dist/main.js')) || !existsSync(join(webDir, 'dist/index.html'))) {
    console.error('[e2e] build first: npm run build (the root test:e2e script does)');
    return 1;
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'junheng-e2e-'));
  const apiPort = await freePort();
  const pgPort = await freePort();
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  let server = null;
  let preview = null;
  try {
    console.log(`[e2e] starting the API on ${apiUrl} (data in ${dataDir})`);
    server = spawn(process.execPath, ['apps/api/dist/main.js'], {
      cwd: repoRoot,
      env: { ...process.env, NODE_ENV: 'test', PORT: String(apiPort), HOST: '127.0.0.1', JUNHENG_DATA_DIR: join(dataDir, 'pgdata'), JUNHENG_PG_PORT: String(pgPort), DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout.on('data', (d) => process.env.E2E_VERBOSE && process.stdout.write(`[api] ${d}`));
    let serverErr = '';
    server.stderr.on('data', (d) => {
      serverErr += d;
      if (process.env.E2E_VERBOSE) process.stderr.write(`[api] ${d}`);
    });
    await waitFor(`${apiUrl}/health`, 240_000, server).catch((e) => {
      console.error(serverErr.slice(-4000));
      throw e;
    });

    // The API serves the web app at `/` once server.ts mounts it; until then, Vite's preview server
    // serves the same build with a proxy to the API.
    let baseUrl = apiUrl;
    const home = await fetch(`${apiUrl}/`).then((r) => r.text()).catch(() => '');
    if (!home.includes('<div id="root">')) {
      const previewPort = await freePort();
      console.log(`[e2e] the API does not serve the web app at / (mountWebApp not wired in server.ts): using vite preview on ${previewPort}`);
      preview = spawn(process.execPath, [join(repoRoot, 'node_modules/vite/bin/vite.js'), 'preview', '--port', String(previewPort), '--strictPort', '--host', '127.0.0.1'], {
        cwd: webDir,
        env: { ...process.env, JUNHENG_API_URL: apiUrl },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      baseUrl = `http://127.0.0.1:${previewPort}`;
      await waitFor(`${baseUrl}/`, 30_000, preview);
    }
    console.log(`[e2e] running Playwright against ${baseUrl}`);
    return await run(process.execPath, [join(repoRoot, 'node_modules/@playwright/test/cli.js'), 'test', '-c', process.env.E2E_CONFIG ?? 'e2e/playwright.config.ts', ...process.argv.slice(2)], {
      cwd: webDir,
      env: { ...process.env, E2E_BASE_URL: baseUrl, E2E_API_URL: apiUrl, CHROMIUM_PATH: chromium },
    });
  } finally {
    await stop(preview, 'vite preview');
    await stop(server, 'the API server');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error('[e2e]', error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
