import { openDatabase } from '@junheng/db';
import pino from 'pino';
import { startJobQueue } from './job-queue';
import { startScenarioWorker } from './scenario-worker';
import { WorkerMetrics } from './worker-metrics';

function integerEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number (got "${raw}")`);
  return n;
}

/**
 * `npm run worker`: one more worker process against the same DATABASE_URL (or the embedded server).
 * JSON logs on stdout (LOG_LEVEL); Prometheus metrics on WORKER_METRICS_PORT (127.0.0.1 unless
 * WORKER_METRICS_HOST says otherwise) when set.
 */
async function main(): Promise<void> {
  const logger = pino({ level: process.env.LOG_LEVEL ?? 'info', base: { service: 'junheng-worker', pid: process.pid }, timestamp: pino.stdTimeFunctions.isoTime });
  const concurrency = integerEnv('JUNHENG_WORKER_CONCURRENCY', 1);
  const maintenance = integerEnv('JUNHENG_QUEUE_MAINTENANCE_SECONDS', 0) || undefined;
  const metricsPort = integerEnv('WORKER_METRICS_PORT', 0);
  const metrics = new WorkerMetrics();
  const db = await openDatabase({ onLog: (m) => logger.info({ component: 'db' }, m) });
  const boss = await startJobQueue({ connectionString: db.url, maintenanceIntervalSeconds: maintenance, onError: (error) => logger.error({ err: error }, 'job queue error') });
  const stop = await startScenarioWorker(boss, db.dataSource, {
    concurrency,
    log: (line) => logger.info(line),
    onJobDone: metrics.onJobDone,
    onSolved: metrics.onSolved,
  });
  const closeMetrics = metricsPort > 0 ? await metrics.serve(metricsPort, process.env.WORKER_METRICS_HOST ?? '127.0.0.1') : null;
  logger.info({ concurrency, metricsPort: metricsPort || null }, '方案求解工作进程已启动 (scenario worker ready)');
  const shutdown = async () => {
    await stop();
    await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    await closeMetrics?.();
    await db.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
}

main().catch((error: unknown) => {
  console.error(`工作进程启动失败 (worker failed to start): ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
