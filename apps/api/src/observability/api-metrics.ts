import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { OperationLabels } from './operation-label';

/** Reads the job queue's depth at each scrape (pg-boss's table). */
export type QueueDepthReader = () => Promise<Array<{ queue: string; waiting: number; active: number }>>;

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.15, 0.25, 0.5, 1, 2.5, 5, 10];
const JOB_BUCKETS = [0.5, 1, 2, 5, 10, 20, 30, 60, 120, 300, 600];

/**
 * The API's Prometheus metrics, in a registry of their own (not prom-client's global one, so several
 * servers in one test process do not collide). Names start with `junheng_`.
 */
export class ApiMetrics {
  readonly registry = new Registry();
  readonly operations = new OperationLabels();
  readonly requestSeconds: Histogram<'operation' | 'cache'>;
  readonly errors: Counter<'operation' | 'code'>;
  readonly cacheLookups: Counter<'result'>;
  readonly jobSeconds: Histogram<'queue' | 'outcome'>;
  readonly solveSeconds: Histogram<'status'>;
  private queueDepth: QueueDepthReader | null = null;

  constructor(options: { defaultMetrics?: boolean } = {}) {
    if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: this.registry, prefix: 'junheng_api_' });
    this.requestSeconds = new Histogram({
      name: 'junheng_graphql_request_duration_seconds',
      help: 'GraphQL requests by operation name and response-cache result (hit, miss, none), seconds from arrival to last byte; _count gives the rate',
      labelNames: ['operation', 'cache'],
      buckets: LATENCY_BUCKETS,
      registers: [this.registry],
    });
    this.errors = new Counter({
      name: 'junheng_graphql_errors_total',
      help: 'Errors in GraphQL answers by operation and extensions.code',
      labelNames: ['operation', 'code'],
      registers: [this.registry],
    });
    this.cacheLookups = new Counter({
      name: 'junheng_response_cache_lookups_total',
      help: 'Response-cache lookups of cacheable requests: hit or miss (hit rate = hit / (hit + miss))',
      labelNames: ['result'],
      registers: [this.registry],
    });
    this.jobSeconds = new Histogram({
      name: 'junheng_job_duration_seconds',
      help: 'Jobs run by this process, by queue and outcome (STORED, ALREADY_STORED, SKIPPED, CANCELLED, FAILED, DONE, ERROR)',
      labelNames: ['queue', 'outcome'],
      buckets: JOB_BUCKETS,
      registers: [this.registry],
    });
    this.solveSeconds = new Histogram({
      name: 'junheng_solve_duration_seconds',
      help: 'Solver time of each scenario solve run by this process, by plan status',
      labelNames: ['status'],
      buckets: JOB_BUCKETS,
      registers: [this.registry],
    });
    const metrics = this;
    new Gauge({
      name: 'junheng_queue_jobs',
      help: 'Jobs in the queue (shared by every process) by queue and state (waiting, active), read at scrape',
      labelNames: ['queue', 'state'],
      registers: [this.registry],
      async collect() {
        if (!metrics.queueDepth) return;
        this.reset();
        for (const d of await metrics.queueDepth()) {
          this.set({ queue: d.queue, state: 'waiting' }, d.waiting);
          this.set({ queue: d.queue, state: 'active' }, d.active);
        }
      },
    });
  }

  /** Where the queue depth gauge reads from (the API process that enqueues jobs). */
  watchQueue(reader: QueueDepthReader): void {
    this.queueDepth = reader;
  }

  /** The exposition text and its content type. */
  async render(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
