import { createServer } from 'node:http';
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import type { JobReport } from './scenario-worker';

const JOB_BUCKETS = [0.5, 1, 2, 5, 10, 20, 30, 60, 120, 300, 600];

/**
 * A worker process's Prometheus metrics (the same job and solve series as the API process that runs a
 * worker), served on WORKER_METRICS_PORT at `/metrics`, bound to 127.0.0.1 unless told otherwise.
 */
export class WorkerMetrics {
  readonly registry = new Registry();
  private readonly jobSeconds = new Histogram({
    name: 'junheng_job_duration_seconds',
    help: 'Jobs run by this process, by queue and outcome',
    labelNames: ['queue', 'outcome'],
    buckets: JOB_BUCKETS,
    registers: [this.registry],
  });
  private readonly solveSeconds = new Histogram({
    name: 'junheng_solve_duration_seconds',
    help: 'Solver time of each scenario solve run by this process, by plan status',
    labelNames: ['status'],
    buckets: JOB_BUCKETS,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'junheng_worker_' });
  }

  readonly onJobDone = (r: JobReport): void => this.jobSeconds.observe({ queue: r.queue, outcome: r.outcome }, r.seconds);
  readonly onSolved = (seconds: number, status: string): void => this.solveSeconds.observe({ status }, seconds);

  /** Serves `/metrics`; returns a function that closes the port. */
  serve(port: number, host: string): Promise<() => Promise<void>> {
    const server = createServer((req, res) => {
      if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== '/metrics') return void res.writeHead(404).end();
      this.registry
        .metrics()
        .then((body) => res.writeHead(200, { 'content-type': this.registry.contentType }).end(body))
        .catch(() => res.writeHead(500).end());
    });
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve(() => new Promise<void>((r) => server.close(() => r()))));
    });
  }
}
