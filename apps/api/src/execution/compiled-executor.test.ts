import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getIntrospectionQuery, print, type DocumentNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { createServer, type ApiServer } from '../server';
import { COUNTY_A } from '../test-support/fixture-region';
import { BENCH_PAGE } from '../bench/bench-page.query';
import { SCHOOL_PAGE } from '../test-support/queries';
import { planRotation, storeSolvedPlan } from '../test-support/stored-plan';
import { startTestApi, TEST_SECRET, type TestApi } from '../test-support/test-api';

/** The web app's operations, as its generated client sends them (apps/web/src/gql/graphql.ts). */
function webDocuments(): Map<string, string> {
  const text = readFileSync(join(__dirname, '../../../web/src/gql/graphql.ts'), 'utf8');
  const found = new Map<string, string>();
  for (const m of text.matchAll(/^export const (\w+)Document = (\{.*\}) as unknown as DocumentNode/gm)) {
    found.set(m[1]!, print(JSON.parse(m[2]!) as DocumentNode));
  }
  return found;
}

let api: TestApi;
let plain: ApiServer;
let plainUrl: string;
let scenarioId: string;

beforeAll(async () => {
  api = await startTestApi();
  const config = loadConfig({ NODE_ENV: 'test', JWT_SECRET: TEST_SECRET, PLAN_YEAR: '2026', RESPONSE_CACHE_MB: '0' });
  plain = await createServer({ dataSource: api.db.dataSource, config, logError: () => undefined, compiledExecution: false });
  plainUrl = (await plain.listen(0, '127.0.0.1')).url;
  const [t] = (await api.db.dataSource.query(`SELECT staff_no FROM teacher WHERE school_code = '4311010001' AND status = 'ACTIVE' ORDER BY staff_no LIMIT 1`)) as Array<{ staff_no: string }>;
  scenarioId = await storeSolvedPlan(api.db.dataSource, COUNTY_A, '方案', [planRotation(t!.staff_no, '4311010001', '4311010003')]);
});
afterAll(async () => {
  await plain?.stop();
  await api?.close();
});

async function raw(url: string, query: string, variables: Record<string, unknown>, token: string): Promise<{ status: number; text: string }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, text: await res.text() };
}

/** The same request to the compiled and the plain server: the same status and the same bytes. */
async function same(query: string, variables: Record<string, unknown>, token: string): Promise<{ status: number; text: string }> {
  const compiled = await raw(api.url, query, variables, token);
  const reference = await raw(plainUrl, query, variables, token);
  expect(compiled.text).toBe(reference.text);
  expect(compiled.status).toBe(reference.status);
  return compiled;
}

describe('graphql-jit execution', () => {
  it('answers the bench page and the dashboard page with the same bytes as graphql-js, compiled', async () => {
    const planner = await api.token('PLANNER', COUNTY_A);
    const before = api.server.executor!.compiledRuns;
    const page = await same(BENCH_PAGE, { county: COUNTY_A, first: 100 }, planner);
    expect(JSON.parse(page.text).data.schools.edges.length).toBeGreaterThan(0);
    await same(SCHOOL_PAGE, { county: COUNTY_A, first: 3 }, planner);
    expect(api.server.executor!.compiledRuns).toBe(before + 2);
  });

  it('answers the web app\'s queries with the same bytes, for each role', async () => {
    const docs = webDocuments();
    const variables: Record<string, Record<string, unknown>> = {
      CountySchools: { countyCode: COUNTY_A },
      Counties: {},
      ServerInfo: {},
      AssignableRegions: {},
      Overview: { code: COUNTY_A, year: 2026 },
      ScenariosList: { countyCode: COUNTY_A },
      ScenarioParams: { id: scenarioId },
      ScenarioStatus: { id: scenarioId },
      ScenarioResult: { id: scenarioId },
      SchoolNames: { countyCode: COUNTY_A },
      PickerTeachers: { schoolCode: '4311010001' },
      SchoolDetail: { code: '4311010001' },
      SchoolTeachers: { code: '4311010001', first: 10 },
      SchoolRotations: { code: '4311010001', first: 10 },
      SchoolPlannedRotations: { code: '4311010001', scenarioId, first: 10 },
      SchoolScenarioOptions: { countyCode: COUNTY_A },
      SchoolsPage: { countyCode: COUNTY_A, first: 50, orderBy: { field: 'FAILING_INDICATORS', direction: 'DESC' } },
      UsersPage: { first: 10 },
      RegionStandardSet: { regionCode: COUNTY_A },
      NationalStandardSet: {},
    };
    for (const role of ['VIEWER', 'PLANNER', 'HR', 'ADMIN'] as const) {
      const token = await api.token(role, COUNTY_A);
      for (const [name, vars] of Object.entries(variables)) {
        const query = docs.get(name);
        expect(query, name).toBeDefined();
        await same(query!, vars, token);
      }
    }
  });

  it('gives the same errors: a forbidden field, masking, bad variables, a resolver error, an unknown field', async () => {
    const viewer = await api.token('VIEWER', COUNTY_A);
    const forbidden = await same(`{ schools(first: 2) { nodes { code teachers(first: 2) { totalCount } } } }`, {}, viewer);
    expect(JSON.parse(forbidden.text).errors[0].extensions.code).toBe('FORBIDDEN');
    const planner = await api.token('PLANNER', COUNTY_A);
    await same(`{ teachers(first: 3) { nodes { staffNo name idNumber birthDate } } }`, {}, planner);
    const badVariable = await same(BENCH_PAGE, { county: COUNTY_A, first: 'many' }, planner);
    expect(badVariable.status).toBe(400);
    const badInput = await same(BENCH_PAGE, { county: COUNTY_A, first: 501 }, planner);
    expect(JSON.parse(badInput.text).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    await same(BENCH_PAGE, { county: '439999', first: 2 }, planner);
    await same(`{ schools(first: 1) { nodes { nope } } }`, {}, planner);
    await same(`query A { counties { code } } query B { me { username } }`, {}, planner);
  });

  it('answers introspection (Apollo Sandbox outside production) with the same bytes', async () => {
    const planner = await api.token('PLANNER', COUNTY_A);
    const answer = await same(getIntrospectionQuery(), {}, planner);
    expect(JSON.parse(answer.text).data.__schema.queryType.name).toBe('Query');
  });
});
