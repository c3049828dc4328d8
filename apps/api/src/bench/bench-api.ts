import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { BENCH_PAGE } from './bench-page.query';

/**
 * `npm run bench:api`: the API on the demo city in a child process, driven by autocannon at 32
 * connections for 20 s (BENCH_DURATION, BENCH_CONNECTIONS) on (a) `{ __typename }` and (b) a page of
 * 100 schools of one county with every section's indicators and checks, with the response cache and
 * without it (graphql-jit, then graphql-js as executor), and (c) plain graphql-js answering the same
 * page from memory (a hand-written schema of the same shape holding the API's answer, `graphql()` over
 * node:http, in the same kind of child process). Prints requests per second, p50/p99 latency, the
 * server's peak memory, b/a and the ratio uncached/plain.
 */
const DURATION = Number(process.env.BENCH_DURATION ?? 20);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const DB_NAME = process.env.BENCH_DB_NAME ?? 'junheng_bench_city';


interface Server {
  child: ChildProcess;
  url: string;
  request<T>(message: { type: string; [k: string]: unknown }, reply: string): Promise<T>;
  stop(): Promise<void>;
}

async function startServer(cacheMb: number, executor: 'graphql-jit' | 'graphql-js' = 'graphql-jit', script = 'bench-server.js'): Promise<Server> {
  const child = fork(join(__dirname, script), [], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      JWT_SECRET: randomBytes(32).toString('hex'),
      RESPONSE_CACHE_MB: String(cacheMb),
      BENCH_EXECUTOR: executor,
      JUNHENG_DB_NAME: DB_NAME,
      JUNHENG_DEMO: '0',
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    // A larger young generation: the uncached page allocates ~10 MB per request (rows, evaluations,
    // the execution tree); with the default 16 MiB semi-space, scavenges dominate its CPU time.
    execArgv: ['--max-semi-space-size=32', ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [])],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.on('message', (m: { type: string; url?: string; message?: string }) => {
      if (m.type === 'log') console.log(`  [server] ${m.message}`);
      if (m.type === 'ready') resolve(m.url!);
    });
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  const request = <T>(message: { type: string; [k: string]: unknown }, reply: string) =>
    new Promise<T>((resolve) => {
      const onMessage = (m: { type: string }) => {
        if (m.type === reply) {
          child.off('message', onMessage);
          resolve(m as T);
        }
      };
      child.on('message', onMessage);
      child.send(message);
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      child.removeAllListeners('exit');
      child.once('exit', () => resolve());
      child.send({ type: 'stop' });
      setTimeout(() => child.kill('SIGKILL'), 15_000).unref();
    });
  return { child, url, request, stop };
}

async function gql<T>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<{ data: T; bytes: number; text: string }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  const body = JSON.parse(text) as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors).slice(0, 500)}`);
  return { data: body.data, bytes: Buffer.byteLength(text), text };
}

interface Row {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  peakMiB: number;
  errors: number;
  /** The server's CPU time (user + system) per answered request: less sensitive to a busy machine. */
  cpuMsPerRequest: number;
}

async function drive(server: Server, name: string, body: string, token: string): Promise<Row> {
  const options = { url: server.url, connections: CONNECTIONS, method: 'POST' as const, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body };
  await autocannon({ ...options, duration: Math.min(3, DURATION) }); // warm-up (JIT, pools, cache), not measured
  await server.request({ type: 'reset-peak' }, 'peak-reset');
  const r = await autocannon({ ...options, duration: DURATION });
  const { rss, cpuMs } = await server.request<{ rss: number; cpuMs: number }>({ type: 'peak' }, 'peak');
  const answered = Math.max(1, r.requests.total);
  const row = { name, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, peakMiB: rss / 1024 / 1024, errors: r.errors + r.timeouts + r.non2xx, cpuMsPerRequest: cpuMs / answered };
  console.log(`  ${name}: ${row.rps.toFixed(0)} req/s, p50 ${row.p50} ms, p99 ${row.p99} ms, server peak ${row.peakMiB.toFixed(0)} MiB, server CPU ${row.cpuMsPerRequest.toFixed(2)} ms/request${row.errors ? `, ${row.errors} errors/non-2xx` : ''}`);
  return row;
}

async function main(): Promise<void> {
  console.log(`bench:api — ${CONNECTIONS} connections, ${DURATION} s per run, demo city in database "${DB_NAME}"`);
  const rows: Row[] = [];
  let answer: { text: string; schools: unknown; county: string } | null = null;
  const runs = [['cached', 256, 'graphql-jit'], ['uncached', 0, 'graphql-jit'], ['uncached, graphql-js executor', 0, 'graphql-js']] as const;
  for (const [label, cacheMb, executor] of runs) {
    console.log(`server with response cache ${cacheMb > 0 ? `${cacheMb} MiB` : 'off'}, executor ${executor}:`);
    const server = await startServer(cacheMb, executor);
    try {
      const login = await gql<{ login: { token: string } }>(server.url, `mutation { login(username: "planner", password: "junheng-demo") { token } }`);
      const token = login.data.login.token;
      const counties = await gql<{ counties: Array<{ code: string; name: string }> }>(server.url, `{ counties { code name } }`, {}, token);
      const county = counties.data.counties[0]!;
      const page = await gql<{ schools: { edges: unknown[]; totalCount: number } }>(server.url, BENCH_PAGE, { county: county.code, first: 100 }, token);
      console.log(`  ${counties.data.counties.length} counties; page (b): county ${county.code} ${county.name}, ${page.data.schools.edges.length} of ${page.data.schools.totalCount} schools, ${(page.bytes / 1024).toFixed(0)} KiB of JSON`);
      if (answer && answer.text !== page.text) console.log('  WARNING: this server answers the page with other bytes than the first');
      answer ??= { text: page.text, schools: page.data.schools, county: county.code };
      if (label === 'cached') rows.push(await drive(server, '(a) { __typename }', JSON.stringify({ query: '{ __typename }' }), token));
      rows.push(await drive(server, `(b) 100 schools, ${label}`, JSON.stringify({ query: BENCH_PAGE, variables: { county: county.code, first: 100 } }), token));
    } finally {
      await server.stop();
    }
  }
  console.log('plain graphql-js from memory (same page, same shape):');
  const plain = await startServer(0, 'graphql-js', 'plain-graphql-server.js');
  try {
    await plain.request({ type: 'data', page: answer!.schools }, 'data-loaded');
    const check = await gql<unknown>(plain.url, BENCH_PAGE, { county: answer!.county, first: 100 });
    const at = [...check.text].findIndex((ch, i) => ch !== answer!.text[i]);
    const differ = at < 0 ? (check.text.length === answer!.text.length ? '' : ` (lengths ${check.text.length} and ${answer!.text.length})`) : ` at ${at}: ${JSON.stringify(check.text.slice(Math.max(0, at - 40), at + 40))} vs ${JSON.stringify(answer!.text.slice(Math.max(0, at - 40), at + 40))}`;
    console.log(`  same bytes as the API's answer: ${differ ? `NO${differ}` : 'yes'} (${(check.bytes / 1024).toFixed(0)} KiB)`);
    rows.push(await drive(plain, '(c) 100 schools, plain graphql-js from memory', JSON.stringify({ query: BENCH_PAGE, variables: { county: answer!.county, first: 100 } }), 'none'));
  } finally {
    await plain.stop();
  }
  const a = rows[0]!;
  const c = rows[rows.length - 1]!;
  console.log(`\nload average at the end: ${loadavg().map((l) => l.toFixed(1)).join(', ')} on ${availableParallelism()} cores`);
  console.log('\n| run | req/s | p50 ms | p99 ms | server peak MiB | server CPU ms/req | b/a | /plain (req/s) | plain/this (CPU) |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    const vsPlain = r === a ? '' : (r.rps / c.rps).toFixed(2);
    const cpuVsPlain = r === a ? '' : (c.cpuMsPerRequest / r.cpuMsPerRequest).toFixed(2);
    console.log(`| ${r.name} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.peakMiB.toFixed(0)} | ${r.cpuMsPerRequest.toFixed(2)} | ${r === a ? '' : (r.rps / a.rps).toFixed(2)} | ${vsPlain} | ${cpuVsPlain} |`);
  }
  const cached = rows[1]!;
  const uncached = rows[2]!;
  const ok = cached.rps >= 500 && cached.p99 < 150 && rows.every((r) => r.peakMiB < 400);
  console.log(`\ngoal (b) >= 500 req/s, p99 < 150 ms, < 400 MiB: ${ok ? 'met' : 'NOT met'} (cached path)`);
  const ratio = uncached.rps / c.rps;
  console.log(`goal (b) uncached >= 0.8x (c) plain graphql-js: ${ratio >= 0.8 ? 'met' : 'NOT met'} (${ratio.toFixed(2)}x in req/s; ${(c.cpuMsPerRequest / uncached.cpuMsPerRequest).toFixed(2)}x in server CPU per request)`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
