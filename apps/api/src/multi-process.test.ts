import { DEMO_COUNTY_CODE, generateDemoCounty, hashPassword, PlanEntity, replaceRegionData, ScenarioEntity, UserEntity } from '@junheng/db';
import { createTestDatabase, type TestDatabase } from '@junheng/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiProcess, startWorkerProcess, stopProcess, type Child } from './test-support/process-cluster';
import { walkToClosed } from './test-support/walk-to-closed';

/**
 * The growth path, for real: two API processes (apps/api/dist/main.js) and two workers
 * (packages/jobs/dist/worker-main.js) as child processes on one fresh database.
 */
const COUNTY = DEMO_COUNTY_CODE;
const PASSWORD = 'cluster-password-1';
const LOGIN = `mutation Login($u: String!, $p: String!) { login(username: $u, password: $p) { token user { id } } }`;
const PAGE = `query CountyPage($c: String!) { county(code: $c) { code dataVersion counts { teachers } } }`;

let db: TestDatabase;
let a: Child & { base: string };
let b: Child & { base: string };
let w1: Child | undefined;
let w2: Child | undefined;

interface Answer {
  status: number;
  cache: string | null;
  body: { data?: Record<string, any> | null; errors?: Array<{ message: string; extensions?: { code?: string } }> };
}

async function post(api: { base: string }, query: string, variables: Record<string, unknown>, token?: string): Promise<Answer> {
  const res = await fetch(`${api.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, cache: res.headers.get('x-response-cache'), body: (await res.json()) as Answer['body'] };
}

async function login(api: { base: string }, username: string): Promise<{ token: string; id: string }> {
  const r = await post(api, LOGIN, { u: username, p: PASSWORD });
  expect(r.body.errors).toBeUndefined();
  return { token: r.body.data!.login.token, id: r.body.data!.login.user.id };
}

const codeOf = (r: Answer) => r.body.errors?.[0]?.extensions?.code;

async function scenarioRow(id: string): Promise<ScenarioEntity> {
  return db.dataSource.getRepository(ScenarioEntity).findOneByOrFail({ id });
}

async function waitFor<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  db = await createTestDatabase();
  await replaceRegionData(db.dataSource, generateDemoCounty({ seed: 11, schools: 60, year: 2027 }));
  const hash = await hashPassword(PASSWORD);
  await db.dataSource.getRepository(UserEntity).insert(
    (['ADMIN', 'HR', 'PLANNER', 'VIEWER'] as const).map((role) => ({ username: `${role.toLowerCase()}-1`, displayName: role, passwordHash: hash, role, regionCode: COUNTY })),
  );
  [a, b, w1, w2] = await Promise.all([
    startApiProcess('api-a', db.url, { PLAN_YEAR: '2027' }),
    startApiProcess('api-b', db.url, { PLAN_YEAR: '2027' }),
    startWorkerProcess('worker-1', db.url),
    startWorkerProcess('worker-2', db.url),
  ]);
}, 180_000);

afterAll(async () => {
  await Promise.all([a, b, w1, w2].map((c) => stopProcess(c)));
  await db?.close();
}, 60_000);

describe('two API processes and two workers on one database', () => {
  it('a user deleted through one API process is refused by the other at its next request', async () => {
    const admin = await login(a, 'admin-1');
    const viewer = await login(a, 'viewer-1');
    expect((await post(b, `{ me { username } }`, {}, viewer.token)).body.data).toEqual({ me: { username: 'viewer-1' } });
    expect((await post(b, PAGE, { c: COUNTY }, viewer.token)).body.errors).toBeUndefined();

    const deleted = await post(a, `mutation($id: ID!) { deleteUser(id: $id) }`, { id: viewer.id }, admin.token);
    expect(deleted.body).toEqual({ data: { deleteUser: true } });
    // At once: the very next request to B, with no wait in between.
    expect(codeOf(await post(b, PAGE, { c: COUNTY }, viewer.token))).toBe('UNAUTHENTICATED');
    expect(codeOf(await post(b, `{ me { username } }`, {}, viewer.token))).toBe('UNAUTHENTICATED');
    expect(codeOf(await post(a, PAGE, { c: COUNTY }, viewer.token))).toBe('UNAUTHENTICATED');
    // The administrator's own token still works in both.
    expect((await post(b, PAGE, { c: COUNTY }, admin.token)).body.errors).toBeUndefined();
  });

  it('a worker killed mid-solve has its job finished by the other worker within 60 s, the plan stored once', async () => {
    const planner = await login(a, 'planner-1');
    // A budget far below the need: the solver works to its time limit, so the kill lands mid-solve.
    const created = await post(a, `mutation($input: CreateScenarioInput!) { createScenario(input: $input) { id } }`,
      { input: { countyCode: COUNTY, name: '两进程测试', budgetCap: 200_000, timeLimitSeconds: 20 } }, planner.token);
    expect(created.body.errors).toBeUndefined();
    const id = created.body.data!.createScenario.id as string;
    expect((await post(b, `mutation($id: ID!) { runScenario(id: $id) { status } }`, { id }, planner.token)).body.data).toEqual({ runScenario: { status: 'QUEUED' } });

    await waitFor('solving', async () => (await scenarioRow(id)).progress?.stage === 'SOLVING', 90_000);
    const started = `scenario ${id}: attempt 1 started`;
    const [solving, other] = w1!.output.some((l) => l.includes(started)) ? [w1!, w2!] : [w2!, w1!];
    expect(solving.output.some((l) => l.includes(started))).toBe(true);
    solving.child.kill('SIGKILL');
    await solving.exited;
    const killedAt = Date.now();
    expect((await scenarioRow(id)).status).toBe('RUNNING'); // killed mid-solve

    // Taken over: the second attempt claims the scenario (its progress records the attempt).
    await waitFor('second attempt', async () => Number((await scenarioRow(id)).progress?.attempt ?? 0) >= 2, 60_000);
    const takenOverSeconds = (Date.now() - killedAt) / 1000;
    console.log(`[multi-process] killed worker's job taken over after ${takenOverSeconds.toFixed(1)} s`);
    expect(takenOverSeconds).toBeLessThan(60);

    await waitFor('solved', async () => ['SOLVED', 'FAILED'].includes((await scenarioRow(id)).status), 120_000);
    expect((await scenarioRow(id)).status).toBe('SOLVED');
    expect(await db.dataSource.getRepository(PlanEntity).countBy({ scenarioId: id })).toBe(1);
    expect(other.output.some((l) => l.includes(`scenario ${id}: attempt 2 started`))).toBe(true);
    expect(other.output.some((l) => l.includes(`scenario ${id}: plan stored`))).toBe(true);

    // A plan applied through A is not served stale by B's response cache.
    const hr = await login(a, 'hr-1');
    // The bureau's path to CLOSED, split across both API processes.
    const admin2 = await login(b, 'admin-1');
    await walkToClosed((q, v, t) => post(q.includes('submit') || q.includes('publish') ? a : b, q, v, t), id, { planner: planner.token, admin: admin2.token, hr: hr.token }, COUNTY);
    const before = await post(b, PAGE, { c: COUNTY }, hr.token);
    const again = await post(b, PAGE, { c: COUNTY }, hr.token);
    expect(again.cache).toBe('hit');
    expect(again.body).toEqual(before.body);
    const version = before.body.data!.county.dataVersion as number;

    const applied = await post(a, `mutation($id: ID!) { applyScenario(id: $id) { status } }`, { id }, hr.token);
    expect(applied.body).toEqual({ data: { applyScenario: { status: 'APPLIED' } } });
    const after = await post(b, PAGE, { c: COUNTY }, hr.token);
    expect(after.cache).not.toBe('hit');
    expect(after.body.data!.county.dataVersion).toBe(version + 1);
    expect((await post(b, PAGE, { c: COUNTY }, hr.token)).cache).toBe('hit');
  }, 300_000);

  it('logs JSON lines with request ids and no personal data', () => {
    const lines = [...a.output, ...b.output].filter((l) => l.startsWith('{'));
    const requests = lines.map((l) => JSON.parse(l) as Record<string, any>).filter((l) => l.msg === 'request completed');
    expect(requests.length).toBeGreaterThan(5);
    expect(requests.every((l) => typeof l.req?.id === 'string' && typeof l.responseTime === 'number')).toBe(true);
    expect(requests.some((l) => l.graphql?.operation === 'Login'), JSON.stringify(requests.slice(0, 3))).toBe(true);
    const all = [...a.output, ...b.output].join('\n');
    expect(all).not.toContain(PASSWORD);
    expect(all).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}\./); // no token
    expect(all).not.toContain('viewer-1');
  });
});
