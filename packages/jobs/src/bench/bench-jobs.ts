/**
 * `npm run bench:jobs`: 40 scenarios of the demo city (8 counties x 5 budgets) submitted at once to
 * 2 worker processes (`node packages/jobs/dist/worker-main.js`) on pg-boss, in a fresh embedded
 * PostgreSQL of its own. Prints the time to drain the queue, throughput, per-scenario times and
 * failures, then checks that nothing was lost or duplicated (PASS/FAIL lines; exit code 1 on FAIL).
 *
 *   node packages/jobs/dist/bench/bench-jobs.js [--workers 2] [--concurrency 1] [--per-county 5] [--time-limit 30]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type PgBoss from 'pg-boss';
import { DEFAULT_SCENARIO, type Plan, type ScenarioParameters } from '@junheng/domain';
import { generateDemoCity, loadConfig, openDatabase, replaceRegionData, ScenarioEntity, type OpenedDatabase } from '@junheng/db';
import { startJobQueue } from '../job-queue';
import { SCENARIO_SOLVE_QUEUE } from '../queue-names';
import { enqueueScenarioRun } from '../scenario-queue';

const YEAR = 2027;
/** Five budgets per county, from tight to none (yuan per year). */
const BUDGETS: ReadonlyArray<number | null> = [500_000, 1_000_000, 2_000_000, 5_000_000, null];
const DRAIN_TIMEOUT_MS = 10 * 60_000;

interface Options {
  workers: number;
  concurrency: number;
  perCounty: number;
  timeLimitSeconds: number;
}

function numberArg(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const value = Number(args[i + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} needs a positive integer (got ${args[i + 1]})`);
  return value;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

const spread = (label: string, ms: readonly number[]) =>
  `  ${label.padEnd(34)} median ${seconds(quantile(ms, 0.5))}, p90 ${seconds(quantile(ms, 0.9))}, max ${seconds(Math.max(...ms))}`;

interface Worker {
  child: ChildProcess;
  output: string[];
  ready: Promise<void>;
  exited: Promise<number | null>;
}

/** One worker process against the bench database; its output is kept for the checks and for failures. */
function startWorker(url: string, concurrency: number): Worker {
  const script = join(__dirname, '..', 'worker-main.js');
  const child = spawn(process.execPath, [script], {
    env: { ...process.env, DATABASE_URL: url, JUNHENG_WORKER_CONCURRENCY: String(concurrency) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (line.trim() === '') continue;
        output.push(line);
        if (line.includes('scenario worker ready')) resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((code) => reject(new Error(`worker ${child.pid} exited (${code}) before it was ready:\n${output.join('\n')}`)));
  });
  return { child, output, ready, exited };
}

async function stopWorker(worker: Worker): Promise<void> {
  if (worker.child.exitCode !== null || worker.child.signalCode !== null) return;
  worker.child.kill('SIGTERM');
  const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 15_000).unref());
  if ((await Promise.race([worker.exited, timeout])) === 'timeout') {
    worker.child.kill('SIGKILL');
    await worker.exited;
  }
}

async function createScenarios(db: OpenedDatabase, countyCodes: readonly string[], options: Options): Promise<Array<{ id: string; budgetCap: number | null }>> {
  const repo = db.dataSource.getRepository(ScenarioEntity);
  const rows = countyCodes.flatMap((countyCode) =>
    Array.from({ length: options.perCounty }, (_, k) => {
      const budgetCap = BUDGETS[k % BUDGETS.length]!;
      const parameters: ScenarioParameters = {
        ...DEFAULT_SCENARIO, countyCodes: [countyCode], year: YEAR, budgetCap, timeLimitSeconds: options.timeLimitSeconds,
      };
      const name = budgetCap === null ? `不限预算 #${k + 1}` : `预算${budgetCap / 10_000}万 #${k + 1}`;
      return repo.create({ countyCode, year: YEAR, name, status: 'QUEUED', parameters: parameters as unknown as Record<string, unknown>, createdBy: 'bench' });
    }),
  );
  const saved = await repo.save(rows);
  return saved.map((s) => ({ id: s.id, budgetCap: (s.parameters as { budgetCap: number | null }).budgetCap }));
}

/** Waits until no scenario is QUEUED or RUNNING; reports progress on stderr. */
async function waitForDrain(db: OpenedDatabase, total: number, startedAt: number): Promise<boolean> {
  let lastReport = 0;
  for (;;) {
    const rows: Array<{ status: string; n: string }> = await db.dataSource.query(`SELECT status, count(*) AS n FROM scenario GROUP BY status`);
    const counts = Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
    const pending = (counts.QUEUED ?? 0) + (counts.RUNNING ?? 0);
    const now = performance.now();
    if (now - lastReport > 5000 || pending === 0) {
      lastReport = now;
      process.stderr.write(`  ${seconds(now - startedAt).padStart(7)}: ${Object.entries(counts).map(([s, n]) => `${s} ${n}`).join(', ')} (of ${total})\n`);
    }
    if (pending === 0) return true;
    if (now - startedAt > DRAIN_TIMEOUT_MS) return false;
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const options: Options = {
    workers: numberArg(args, '--workers', 2),
    concurrency: numberArg(args, '--concurrency', 1),
    perCounty: numberArg(args, '--per-county', 5),
    timeLimitSeconds: numberArg(args, '--time-limit', 30),
  };
  const base = mkdtempSync(join(tmpdir(), 'junheng-bench-jobs-'));
  chmodSync(base, 0o755); // the server user must traverse it when started as root
  const config = { ...loadConfig({}), dataDir: join(base, 'pgdata'), databaseName: 'junheng_bench', keepServer: false };
  const workers: Worker[] = [];
  let boss: PgBoss | null = null;
  let db: OpenedDatabase | null = null;
  let failed = false;
  try {
    let t = performance.now();
    process.stderr.write('starting a fresh embedded PostgreSQL for the benchmark…\n');
    db = await openDatabase({ config, keepServer: false });
    const serverMs = performance.now() - t;

    t = performance.now();
    const city = generateDemoCity({ year: YEAR });
    await replaceRegionData(db.dataSource, city);
    const loadMs = performance.now() - t;
    const countyCodes = city.counties.map((c) => c.code);

    boss = await startJobQueue({ connectionString: db.url });
    const scenarios = await createScenarios(db, countyCodes, options);

    t = performance.now();
    for (let i = 0; i < options.workers; i++) workers.push(startWorker(db.url, options.concurrency));
    await Promise.all(workers.map((w) => w.ready));
    const workersMs = performance.now() - t;
    process.stderr.write(`${workers.length} worker processes ready (pids ${workers.map((w) => w.child.pid).join(', ')}); enqueueing ${scenarios.length} scenarios…\n`);

    const startedAt = performance.now();
    const jobIds = await Promise.all(scenarios.map((s) => enqueueScenarioRun(boss!, s.id, options.timeLimitSeconds)));
    const enqueueMs = performance.now() - startedAt;
    const drained = await waitForDrain(db, scenarios.length, startedAt);
    const drainMs = performance.now() - startedAt;

    // What the database says happened.
    const rows: Array<{ id: string; status: string; error: string | null; created_at: Date; updated_at: Date; plans: string; body: { plan?: Plan; solver?: { timings?: { totalMs: number } } } | null }> =
      await db.dataSource.query(
        `SELECT s.id, s.status, s.error, s.created_at, s.updated_at,
                (SELECT count(*) FROM plan p WHERE p.scenario_id = s.id) AS plans,
                (SELECT p.body FROM plan p WHERE p.scenario_id = s.id LIMIT 1) AS body
           FROM scenario s`,
      );
    const orphanPlans: Array<{ n: string }> = await db.dataSource.query(`SELECT count(*) AS n FROM plan p WHERE NOT EXISTS (SELECT 1 FROM scenario s WHERE s.id = p.scenario_id)`);
    const jobs = await Promise.all(jobIds.map((id) => boss!.getJobById(SCENARIO_SOLVE_QUEUE, id, { includeArchive: true })));
    const byStatus = (status: string) => rows.filter((r) => r.status === status);
    const solved = byStatus('SOLVED');
    const failures = byStatus('FAILED');
    const pending = rows.filter((r) => r.status === 'QUEUED' || r.status === 'RUNNING');
    const budgetOf = new Map(scenarios.map((s) => [s.id, s.budgetCap]));

    const jobRunMs = jobs.flatMap((j) => (j?.startedOn && j.completedOn ? [j.completedOn.getTime() - j.startedOn.getTime()] : []));
    const latencyMs = rows.filter((r) => r.status === 'SOLVED' || r.status === 'FAILED').map((r) => new Date(r.updated_at).getTime() - new Date(r.created_at).getTime());
    const solverMs = solved.flatMap((r) => (r.body?.solver?.timings ? [r.body.solver.timings.totalMs] : []));

    const workerLog = workers.flatMap((w) => w.output);
    const storedLines = new Map<string, number>();
    for (const line of workerLog) {
      const m = /scenario ([0-9a-f-]{36}): plan stored/.exec(line);
      if (m) storedLines.set(m[1]!, (storedLines.get(m[1]!) ?? 0) + 1);
    }
    const alreadyStored = workerLog.filter((l) => l.includes('plan was already stored')).length;
    const perWorker = workers.map((w) => w.output.filter((l) => l.includes(': plan stored')).length);

    const teachers = city.teachers.length;
    const lines = [
      '',
      `jobs benchmark: demo city of ${countyCodes.length} counties (${city.schools.length} schools, ${teachers} teachers), ${scenarios.length} scenarios ` +
        `(${options.perCounty} per county, budgets ${BUDGETS.slice(0, options.perCounty).map((b) => (b === null ? 'none' : `${b / 10_000}万`)).join('/')}), ` +
        `${options.workers} worker processes x concurrency ${options.concurrency}, time limit ${options.timeLimitSeconds} s`,
      `  embedded PostgreSQL start          ${seconds(serverMs)}`,
      `  generate + load the city           ${seconds(loadMs)}`,
      `  worker processes ready             ${seconds(workersMs)}`,
      `  enqueue ${String(scenarios.length).padEnd(3)} jobs                   ${seconds(enqueueMs)}`,
      `  time to drain the queue            ${seconds(drainMs)}${drained ? '' : ' (TIMED OUT)'}`,
      `  throughput                         ${((solved.length + failures.length) / (drainMs / 60_000)).toFixed(1)} scenarios/minute`,
      spread('job run time (pg-boss start->end)', jobRunMs),
      spread('solver time (plan solver.timings)', solverMs),
      spread('latency (scenario created->done)', latencyMs),
      `  plans stored per worker process    ${perWorker.join(' / ')}`,
      `  solved ${solved.length}, failed ${failures.length}, still queued/running ${pending.length}`,
      ...failures.map((f) => `    FAILED ${f.id}: ${f.error ?? ''}`),
      '',
    ];
    const checks: Array<[string, boolean]> = [
      [`every scenario finished (${rows.length - pending.length}/${rows.length} SOLVED or FAILED, none left QUEUED/RUNNING)`, drained && pending.length === 0 && rows.length === scenarios.length],
      [`no failures (${failures.length})`, failures.length === 0],
      [`exactly one plan per solved scenario, none for the others (${rows.reduce((n, r) => n + Number(r.plans), 0)} plans, ${Number(orphanPlans[0]?.n ?? 0)} orphans)`,
        rows.every((r) => Number(r.plans) === (r.status === 'SOLVED' ? 1 : 0)) && Number(orphanPlans[0]?.n ?? 0) === 0],
      [`each job completed once (${jobs.filter((j) => j?.state === 'completed').length}/${jobs.length} completed, ${jobs.reduce((n, j) => n + (j?.retryCount ?? 0), 0)} retries)`,
        jobs.every((j) => j?.state === 'completed' && j.retryCount === 0)],
      [`each plan stored by exactly one worker run (${storedLines.size} scenarios, ${alreadyStored} duplicate runs)`,
        solved.every((r) => storedLines.get(r.id) === 1) && storedLines.size === solved.length && alreadyStored === 0],
      [`every plan passes its check and its budget`,
        solved.every((r) => r.body?.plan?.check.passes === true && (budgetOf.get(r.id) == null || r.body.plan.cost.total <= budgetOf.get(r.id)! + 1e-6))],
    ];
    for (const [label, ok] of checks) {
      lines.push(`${ok ? 'PASS' : 'FAIL'} ${label}`);
      if (!ok) failed = true;
    }
    process.stdout.write(`${lines.join('\n')}\n`);
    if (failed) process.stderr.write(`\nworker output:\n${workerLog.join('\n')}\n`);
  } finally {
    await Promise.all(workers.map(stopWorker));
    await boss?.stop({ graceful: false, timeout: 5000 });
    await db?.close();
    rmSync(base, { recursive: true, force: true });
  }
  process.exitCode = failed ? 1 : 0;
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:jobs failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
