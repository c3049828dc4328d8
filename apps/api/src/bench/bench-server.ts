import 'reflect-metadata';
import { loadConfig as loadDbConfig, loadDemo, openDatabase } from '@junheng/db';
import { loadConfig } from '../config';
import { createServer } from '../server';

/**
 * The API in a child process of the benchmark, so that its memory is measured apart: the demo city in
 * its own database, peak RSS sampled every 50 ms and reported over IPC.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const db = await openDatabase({ config: loadDbConfig(), poolSize: 10 });
  const [{ count }] = (await db.dataSource.query(`SELECT count(*)::int AS count FROM region`)) as [{ count: number }];
  if (count === 0) {
    process.send?.({ type: 'log', message: 'loading the demo city (first run only) ...' });
    await loadDemo(db.dataSource, { city: true });
  }
  let stopping = false;
  let failures = 0;
  const server = await createServer({
    dataSource: db.dataSource,
    config,
    embeddedDatabase: db.embedded,
    compiledExecution: process.env.BENCH_EXECUTOR !== 'graphql-js',
    // Requests still queued when the run ends fail as the database closes: counted, not printed.
    logError: (e) => {
      failures += 1;
      if (!stopping) console.error(e);
    },
  });
  const { url } = await server.listen(0, '127.0.0.1');
  let peak = process.memoryUsage().rss;
  let cpuFrom = process.cpuUsage();
  setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50).unref();
  process.on('message', (m: { type: string }) => {
    if (m.type === 'reset-peak') {
      peak = process.memoryUsage().rss;
      cpuFrom = process.cpuUsage();
      process.send?.({ type: 'peak-reset' });
    } else if (m.type === 'peak') {
      const cpu = process.cpuUsage(cpuFrom);
      process.send?.({ type: 'peak', rss: Math.max(peak, process.memoryUsage().rss), cpuMs: (cpu.user + cpu.system) / 1000, failures, cache: server.cache ? { hits: server.cache.hits, entries: server.cache.size } : null });
    } else if (m.type === 'stop') {
      stopping = true;
      void server.stop().then(() => db.close()).then(() => process.exit(0));
    }
  });
  process.send?.({ type: 'ready', url });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
