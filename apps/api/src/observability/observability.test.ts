import { Writable } from 'node:stream';
import { hashPassword, ScenarioEntity, UserEntity } from '@junheng/db';
import { COST_CURVE_QUEUE, SCENARIO_SOLVE_QUEUE, enqueueScenarioRun, queueDepths, startJobQueue } from '@junheng/jobs';
import type PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiConfigError, loadConfig } from '../config';
import { COUNTY_A } from '../test-support/fixture-region';
import { startTestApi, type TestApi } from '../test-support/test-api';
import { ApiMetrics } from './api-metrics';
import { createLogger } from './logger';
import { requestedOperationName } from './operation-label';
import { startMetricsServer, type MetricsServer } from './metrics-server';

const PASSWORD = 'observed-password-9';
const ID_NUMBER = '430102199001011234';
const PAGE = `query CountyPage($c: String!) { county(code: $c) { code dataVersion } }`;
const QUEUES = [SCENARIO_SOLVE_QUEUE, COST_CURVE_QUEUE];

const lines: string[] = [];
const sink = new Writable({
  write(chunk: Buffer, _encoding, done) {
    lines.push(...chunk.toString('utf8').split('\n').filter((l) => l !== ''));
    done();
  },
});

let api: TestApi;
let metrics: ApiMetrics;
let metricsServer: MetricsServer;
let boss: PgBoss | null = null;
let queueReachable = false;

beforeAll(async () => {
  metrics = new ApiMetrics();
  api = await startTestApi({
    env: { RESPONSE_CACHE_MB: '8' },
    logger: createLogger({ logLevel: 'info' }, sink),
    metrics,
    // Reachable only once pg-boss has made its schema (below).
    queueCheck: () => (queueReachable ? queueDepths(api.db.dataSource, QUEUES) : api.db.dataSource.query('SELECT 1 FROM pgboss_missing.job')),
  });
  await api.db.dataSource.getRepository(UserEntity).insert({ username: 'wang.fang', displayName: '王芳', passwordHash: await hashPassword(PASSWORD), role: 'PLANNER', regionCode: COUNTY_A });
  metrics.watchQueue(() => queueDepths(api.db.dataSource, QUEUES));
  metricsServer = await startMetricsServer(metrics, 0, '127.0.0.1');
});

afterAll(async () => {
  await metricsServer?.close();
  await boss?.stop({ graceful: false, timeout: 2000 });
  await api?.close();
});

async function scrape(): Promise<string> {
  const res = await fetch(metricsServer.url);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('text/plain');
  return res.text();
}

function sample(text: string, name: string, labels: Record<string, string>): number | null {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`)) continue;
    const inside = line.slice(name.length + 1, line.indexOf('}'));
    if (wanted.every((w) => inside.split(',').includes(w))) return Number(line.slice(line.indexOf('}') + 1));
  }
  return null;
}

describe('structured logs', () => {
  it('log one JSON line per request with its id, operation, status and duration, and no personal data', async () => {
    const login = await api.post(`mutation Login($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, { u: 'wang.fang', p: PASSWORD });
    const token = login.body.data!.login.token as string;
    const asked = await api.post(PAGE, { c: ID_NUMBER }, token, { 'x-request-id': 'proxy-id-42' });
    expect(asked.headers.get('x-request-id')).toBe('proxy-id-42');
    const other = await api.post(PAGE, { c: COUNTY_A }, token);
    const generated = other.headers.get('x-request-id');
    expect(generated).toMatch(/^[0-9a-f-]{36}$/);

    const records = lines.map((l) => JSON.parse(l) as Record<string, any>);
    const done = records.filter((r) => r.msg === 'request completed');
    expect(done.find((r) => r.req.id === 'proxy-id-42')).toMatchObject({ level: 30, req: { method: 'POST', path: '/graphql' }, res: { statusCode: 200 }, graphql: { operation: 'CountyPage', codes: [] } });
    expect(done.find((r) => r.req.id === generated)?.responseTime).toEqual(expect.any(Number));
    expect(done.find((r) => r.graphql?.operation === 'Login')).toBeDefined();
    const text = lines.join('\n');
    for (const secret of [PASSWORD, ID_NUMBER, token, 'wang.fang', '王芳', 'authorization', '127.0.0.1']) expect(text).not.toContain(secret);
  });

  it('record the error codes of an answer', async () => {
    await api.post(PAGE, { c: COUNTY_A });
    const last = lines.map((l) => JSON.parse(l) as Record<string, any>).filter((r) => r.msg === 'request completed').at(-1)!;
    expect(last.graphql).toMatchObject({ operation: 'CountyPage', codes: ['UNAUTHENTICATED'] });
  });
});

describe('/health and /ready', () => {
  it('/health answers while the process lives; /ready answers 503 while the queue is unreachable, 200 once it is', async () => {
    const base = api.url.replace(/\/graphql$/, '');
    expect(await (await fetch(`${base}/health`)).json()).toEqual({ ok: true });
    const down = await fetch(`${base}/ready`);
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ ok: false, database: 'ok', queue: 'unreachable' });

    boss = await startJobQueue({ connectionString: api.db.url });
    queueReachable = true;
    const up = await fetch(`${base}/ready`);
    expect(up.status).toBe(200);
    expect(await up.json()).toEqual({ ok: true, database: 'ok', queue: 'ok' });
  });
});

describe('Prometheus metrics', () => {
  it('count requests by operation and cache result, errors by code, cache hits, and read the queue depth', async () => {
    const token = await api.token('VIEWER', COUNTY_A);
    for (let i = 0; i < 3; i += 1) await api.post(PAGE, { c: COUNTY_A }, token);
    await api.post(PAGE, { c: COUNTY_A });
    if (!boss) boss = await startJobQueue({ connectionString: api.db.url });
    const scenario = await api.db.dataSource.getRepository(ScenarioEntity).save({ countyCode: COUNTY_A, year: 2026, name: 'metrics', status: 'QUEUED', parameters: {} });
    await enqueueScenarioRun(boss, scenario.id, 20);

    const text = await scrape();
    expect(sample(text, 'junheng_graphql_request_duration_seconds_count', { operation: 'CountyPage', cache: 'hit' })).toBeGreaterThanOrEqual(2);
    expect(sample(text, 'junheng_graphql_request_duration_seconds_count', { operation: 'CountyPage', cache: 'miss' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'junheng_graphql_errors_total', { operation: 'CountyPage', code: 'UNAUTHENTICATED' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'junheng_response_cache_lookups_total', { result: 'hit' })).toBeGreaterThanOrEqual(2);
    expect(sample(text, 'junheng_queue_jobs', { queue: SCENARIO_SOLVE_QUEUE, state: 'waiting' })).toBe(1);
    expect(sample(text, 'junheng_queue_jobs', { queue: COST_CURVE_QUEUE, state: 'active' })).toBe(0);
    for (const name of ['junheng_job_duration_seconds', 'junheng_solve_duration_seconds', 'junheng_api_process_resident_memory_bytes']) expect(text).toContain(`# HELP ${name}`);
  });

  it('records job and solve times reported by the worker', async () => {
    metrics.jobSeconds.observe({ queue: SCENARIO_SOLVE_QUEUE, outcome: 'STORED' }, 3.5);
    metrics.solveSeconds.observe({ status: 'OPTIMAL' }, 2.5);
    const text = await scrape();
    expect(sample(text, 'junheng_job_duration_seconds_count', { queue: SCENARIO_SOLVE_QUEUE, outcome: 'STORED' })).toBe(1);
    expect(sample(text, 'junheng_solve_duration_seconds_sum', { status: 'OPTIMAL' })).toBe(2.5);
  });

  it('are not served on the public port, and bound operation names', async () => {
    // The public port has no metrics (at most the web app's page for an unknown path).
    expect(await (await fetch(api.url.replace(/\/graphql$/, '/metrics'))).text()).not.toContain('junheng_graphql');
    const labels = new ApiMetrics({ defaultMetrics: false }).operations;
    expect(labels.label('CountyPage')).toBe('CountyPage');
    expect(labels.label('x'.repeat(65))).toBe('other');
    expect(labels.label('a b')).toBe('other');
    expect(labels.label(undefined)).toBe('anonymous');
    expect(requestedOperationName(undefined, '# page\n query CountyPage($c: String!) { x }')).toBe('CountyPage');
    expect(requestedOperationName('Named', 'query Other { x }')).toBe('Named');
    expect(requestedOperationName(undefined, '{ counties { code } }')).toBeNull();
    for (let i = 0; i < 250; i += 1) labels.label(`Op${i}`);
    expect(labels.label('Op249')).toBe('other');
  });
});

describe('configuration', () => {
  it('serves metrics only when METRICS_PORT is set, on 127.0.0.1 unless METRICS_HOST says otherwise', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).observability).toEqual({ logLevel: 'silent', metricsPort: null, metricsHost: '127.0.0.1' });
    expect(loadConfig({ NODE_ENV: 'test', METRICS_PORT: '9464', LOG_LEVEL: 'warn' }).observability).toEqual({ logLevel: 'warn', metricsPort: 9464, metricsHost: '127.0.0.1' });
    expect(loadConfig({ NODE_ENV: 'development' }).observability.logLevel).toBe('info');
    expect(() => loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'loud' })).toThrow(ApiConfigError);
    expect(() => loadConfig({ NODE_ENV: 'test', METRICS_PORT: 'abc' })).toThrow(/METRICS_PORT/);
    expect(loadConfig({ NODE_ENV: 'test', API_WORKER: '0' }).runWorker).toBe(false);
  });
});
