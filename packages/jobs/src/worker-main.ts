import { openDatabase } from '@junheng/db';
import { startJobQueue } from './job-queue';
import { startScenarioWorker } from './scenario-worker';

/** `npm run worker`: one more worker process against the same DATABASE_URL (or the embedded server). */
async function main(): Promise<void> {
  const concurrency = Number(process.env.JUNHENG_WORKER_CONCURRENCY ?? '1');
  const maintenance = process.env.JUNHENG_QUEUE_MAINTENANCE_SECONDS ? Number(process.env.JUNHENG_QUEUE_MAINTENANCE_SECONDS) : undefined;
  const db = await openDatabase();
  const boss = await startJobQueue({ connectionString: db.url, maintenanceIntervalSeconds: maintenance });
  const stop = await startScenarioWorker(boss, db.dataSource, { concurrency, log: (line) => console.log(`[worker ${process.pid}] ${line}`) });
  console.log(`[worker ${process.pid}] 方案求解工作进程已启动 (scenario worker ready, concurrency ${concurrency})`);
  const shutdown = async () => {
    await stop();
    await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
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
