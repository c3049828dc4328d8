import 'reflect-metadata';
import { DEMO_PASSWORD, UserEntity, loadDemo, openDatabase } from '@junheng/db';
import { In } from 'typeorm';
import { loadConfig } from './config';
import { createServer } from './server';
import { sweepUploadTempDirs } from './imports/upload-temp-dir';
import { COST_CURVE_QUEUE, SCENARIO_SOLVE_QUEUE, enqueueCostCurve, enqueueScenarioRun, queueDepths, startJobQueue, startScenarioWorker } from '@junheng/jobs';
import { ApiMetrics } from './observability/api-metrics';
import { createLogger } from './observability/logger';
import { startMetricsServer } from './observability/metrics-server';
import type { ScenarioJobs } from './graphql/scenario/scenario-jobs';

const DEMO_USERS = ['viewer', 'planner', 'hr', 'admin'];

/**
 * `npm start`: the database (embedded by default), the demo county if it is empty, the API on PORT, in
 * production mode unless NODE_ENV says otherwise. `npm run dev` (`--dev`): development mode, loopback only.
 */
async function main(): Promise<void> {
  const config = loadConfig(process.argv.includes('--dev') ? { ...process.env, NODE_ENV: 'development' } : process.env);
  const logger = createLogger(config.observability);
  // Uploads left half-read by a crash of an earlier run.
  const swept = await sweepUploadTempDirs(config.uploadTempDir);
  if (swept > 0) logger.info(`removed ${swept} upload folder(s) left by an earlier run in ${config.uploadTempDir}`);
  const metrics = new ApiMetrics();
  const db = await openDatabase({ onLog: (m) => logger.info({ component: 'db' }, m) });
  const ds = db.dataSource;
  const [{ count }] = (await ds.query(`SELECT count(*)::int AS count FROM region`)) as [{ count: number }];
  if (count === 0 && config.loadDemoWhenEmpty) {
    logger.info('empty database: loading the demo county ...');
    const loaded = await loadDemo(ds);
    logger.info(`demo county loaded: ${loaded.counts.schools} schools, ${loaded.counts.teachers} teachers`);
  }
  // Scenario runs go through pg-boss in the same PostgreSQL; this process also runs one worker
  // (`npm run worker` starts more, in other processes or on other machines; API_WORKER=0 runs none here).
  const boss = await startJobQueue({ connectionString: db.url, onError: (error) => logger.error({ component: 'jobs', err: error }, 'job queue error') });
  const stopWorker = config.runWorker
    ? await startScenarioWorker(boss, ds, {
        log: (line) => logger.info({ component: 'worker' }, line),
        onJobDone: ({ queue, outcome, seconds }) => metrics.jobSeconds.observe({ queue, outcome }, seconds),
        onSolved: (seconds, status) => metrics.solveSeconds.observe({ status }, seconds),
      })
    : async () => undefined;
  const queues = [SCENARIO_SOLVE_QUEUE, COST_CURVE_QUEUE];
  metrics.watchQueue(() => queueDepths(ds, queues));
  const jobs: ScenarioJobs = {
    enqueueRun: async (id, timeLimitSeconds) => void (await enqueueScenarioRun(boss, id, timeLimitSeconds)),
    enqueueCostCurve: async (id, steps) => void (await enqueueCostCurve(boss, id, steps, 60)),
  };
  const server = await createServer({ dataSource: ds, config, embeddedDatabase: db.embedded, jobs, logger, metrics, queueCheck: () => queueDepths(ds, queues) });
  const { url } = await server.listen();
  const { metricsPort, metricsHost } = config.observability;
  const metricsServer = metricsPort === null ? null : await startMetricsServer(metrics, metricsPort, metricsHost);
  if (metricsServer) logger.info({ component: 'metrics' }, `Prometheus metrics at ${metricsServer.url}`);
  const demoUsers = await ds.getRepository(UserEntity).find({ where: { username: In(DEMO_USERS) }, order: { id: 'ASC' } });

  const lines = [
    '',
    server.webApp ? `  均衡 Junheng web app: ${url.replace(/graphql$/, '')}` : '  (web app not built: npm run build -w @junheng/web)',
    `  均衡 Junheng API ready at ${url}  (${config.nodeEnv}${db.embedded ? ', embedded PostgreSQL' : ''})`,
    config.nodeEnv === 'development' ? `  Apollo Sandbox: open ${url} in a browser (development mode: this machine only)` : '',
    config.nodeEnv !== 'development' ? '  Every request needs a token (npm run dev: token-less Sandbox on this machine only)' : '',
    demoUsers.length > 0
      ? `  Demo users exist only because the demo county was loaded into this database (JUNHENG_DEMO=0 starts empty): ${demoUsers.map((u) => `${u.username} (${u.role}, region ${u.regionCode})`).join(', ')}, password "${DEMO_PASSWORD}"`
      : '',
    config.nodeEnv === 'development' && db.embedded ? '  Development bypass: requests from this machine without a token act as ADMIN of every county.' : '',
    '',
  ];
  console.log(lines.filter((l, i) => l !== '' || i === 0 || i === lines.length - 1).join('\n'));

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: stopping`);
    await metricsServer?.close().catch((e) => console.error(e));
    await server.stop().catch((e) => console.error(e));
    await stopWorker().catch((e) => console.error(e));
    await boss.stop({ graceful: true, wait: true, timeout: 10_000 }).catch((e) => console.error(e));
    await db.close().catch((e) => console.error(e));
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error) => {
  console.error('[api] failed to start:', error);
  process.exit(1);
});
