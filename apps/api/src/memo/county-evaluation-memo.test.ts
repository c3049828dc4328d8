import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDemoCounty } from '@junheng/db';
import { exportRegionWorkbook } from '@junheng/import';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { createServer, type ApiServer } from '../server';
import { CITY, COUNTY_A, COUNTY_B } from '../test-support/fixture-region';
import { planRotation, storeSolvedPlan } from '../test-support/stored-plan';
import { startTestApi, TEST_SECRET, type TestApi } from '../test-support/test-api';
import { CountyEvaluationMemo, type CountyEvaluations } from './county-evaluation-memo';
import { closeForApply } from '../test-support/walk-to-closed';

describe('CountyEvaluationMemo', () => {
  const value = (tag: string): CountyEvaluations => new Map([[tag, []]]);

  it('computes once per county and key, shares the computation, and replaces an older key', async () => {
    const memo = new CountyEvaluationMemo(4);
    let computed = 0;
    const compute = (tag: string) => async () => {
      computed += 1;
      return value(tag);
    };
    const [a, b] = await Promise.all([memo.get('431101', '1|-:0', compute('v1')), memo.get('431101', '1|-:0', compute('v1'))]);
    expect(a).toBe(b);
    expect(computed).toBe(1);
    const newer = await memo.get('431101', '2|-:0', compute('v2'));
    expect(computed).toBe(2);
    expect([...newer.keys()]).toEqual(['v2']);
    expect(memo.keyOf('431101')).toBe('2|-:0');
    expect(memo.size).toBe(1);
  });

  it('keeps at most maxCounties, dropping the least recently used', async () => {
    const memo = new CountyEvaluationMemo(2);
    await memo.get('A', 'k', async () => value('A'));
    await memo.get('B', 'k', async () => value('B'));
    await memo.get('A', 'k', async () => value('A'));
    await memo.get('C', 'k', async () => value('C'));
    expect(memo.keyOf('B')).toBeUndefined();
    expect(memo.keyOf('A')).toBe('k');
    expect(memo.keyOf('C')).toBe('k');
  });

  it('does not keep a failed computation', async () => {
    const memo = new CountyEvaluationMemo(2);
    await expect(memo.get('A', 'k', async () => Promise.reject(new Error('database gone')))).rejects.toThrow('database gone');
    await Promise.resolve();
    expect(memo.keyOf('A')).toBeUndefined();
    expect(await memo.get('A', 'k', async () => value('A'))).toEqual(value('A'));
  });
});

/** Every field the memo feeds: sections' indicators and checks, verdicts, county summaries and counts. */
const EVALUATED = /* GraphQL */ `
  query Evaluated($county: String) {
    schools(countyCode: $county, first: 500) {
      totalCount
      nodes {
        code compliant students
        sections { id level students classes classes56Plus teacherCount compliant
          indicators { qualifiedPer100 backbonePer100 peArtsPer100 studentsPerTeacher avgClassSize }
          checks { indicator label value threshold passes gapTeachers }
          sixOfSeven { meets passing failing } }
      }
    }
    counties { code counts { schools students teachers sections compliantSections }
      primary: summary(level: PRIMARY) { schools compliantSchools teachers indicators { studentsPerTeacher avgClassSize } balance { indicator cv } sixOfSevenShare } }
    failing: schools(countyCode: $county, first: 500, filter: { failing: Q1 }) { totalCount nodes { code } }
  }
`;

/** A list page: what the memo's school rows answer when warm (orders and filters of the row), else SQL. */
const LIST = /* GraphQL */ `
  query List($county: String, $first: Int, $after: String, $order: SchoolOrder, $filter: SchoolFilter) {
    schools(countyCode: $county, first: $first, after: $after, orderBy: $order, filter: $filter) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id code name kind area weak compliant sections { level checks { indicator passes } } } }
    }
  }
`;

/** Orders and filters the memo answers (and two it leaves to SQL), each walked page by page. */
const LIST_VARIANTS: Array<Record<string, unknown>> = [
  {},
  { order: { field: 'CODE', direction: 'DESC' } },
  { order: { field: 'KIND', direction: 'ASC' } },
  { order: { field: 'KIND', direction: 'DESC' } },
  { order: { field: 'AREA', direction: 'DESC' } },
  { order: { field: 'WEAK', direction: 'DESC' }, filter: { kind: 'PRIMARY' } },
  { filter: { area: 'URBAN' } },
  { order: { field: 'AREA', direction: 'ASC' }, filter: { weak: false } },
  { order: { field: 'NAME', direction: 'ASC' } },
  { filter: { search: '第1' } },
];

describe('the memo through the API (response cache off)', () => {
  let api: TestApi;
  let fresh: ApiServer;
  let freshUrl: string;
  let dir: string;

  beforeAll(async () => {
    api = await startTestApi();
    // A second server on the same database that evaluates every request afresh.
    const config = loadConfig({ NODE_ENV: 'test', JWT_SECRET: TEST_SECRET, PLAN_YEAR: '2026', RESPONSE_CACHE_MB: '0' });
    fresh = await createServer({ dataSource: api.db.dataSource, config, logError: () => undefined, evaluationMemoCounties: false });
    freshUrl = (await fresh.listen(0, '127.0.0.1')).url;
    dir = await mkdtemp(join(tmpdir(), 'junheng-memo-test-'));
  });
  afterAll(async () => {
    await fresh?.stop();
    await api?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  async function both(token: string, variables: Record<string, unknown>): Promise<{ memo: string; fresh: string }> {
    const post = async (url: string) => {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: EVALUATED, variables }),
      });
      return res.text();
    };
    const memo = await post(api.url);
    expect(JSON.parse(memo).errors).toBeUndefined();
    return { memo, fresh: await post(freshUrl) };
  }

  /**
   * Every variant of LIST walked in pages of 3 on both servers (the memo's and the SQL-only one): the
   * same bytes page after page, cursors included. Returns the pages seen.
   */
  async function sameLists(token: string, county: string | null): Promise<number> {
    const post = async (url: string, variables: Record<string, unknown>) => {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: LIST, variables }),
      });
      return res.text();
    };
    let pages = 0;
    for (const variant of LIST_VARIANTS) {
      let after: string | null = null;
      for (;;) {
        const variables = { ...variant, county, first: 3, after };
        const memo = await post(api.url, variables);
        const body = JSON.parse(memo) as { errors?: unknown; data: { schools: { pageInfo: { hasNextPage: boolean; endCursor: string | null } } } };
        expect(body.errors).toBeUndefined();
        expect(memo, JSON.stringify(variables)).toBe(await post(freshUrl, variables));
        pages += 1;
        if (!body.data.schools.pageInfo.hasNextPage) break;
        after = body.data.schools.pageInfo.endCursor;
      }
    }
    return pages;
  }

  it('pages, sorts and filters lists from the memo exactly as SQL does, for a county and a city, warm and cold', async () => {
    const county = await api.token('PLANNER', COUNTY_A);
    const city = await api.token('PLANNER', CITY);
    api.server.evaluationMemo!.clear();
    expect(await sameLists(county, COUNTY_A)).toBeGreaterThan(LIST_VARIANTS.length);
    expect(api.server.evaluationMemo!.schoolsKeyOf(COUNTY_A)).toBeDefined();
    await sameLists(county, COUNTY_A);
    await sameLists(city, null);
    await sameLists(city, COUNTY_B);
    expect(api.server.evaluationMemo!.schoolsKeyOf(COUNTY_B)).toBeDefined();
  });

  it('answers exactly as a fresh evaluation, on a miss and on a hit, for a county and a city', async () => {
    const county = await api.token('PLANNER', COUNTY_A);
    const city = await api.token('PLANNER', CITY);
    api.server.evaluationMemo!.clear();
    const miss = await both(county, { county: COUNTY_A });
    expect(miss.memo).toBe(miss.fresh);
    const hits = api.server.evaluationMemo!.hits;
    const hit = await both(county, { county: COUNTY_A });
    expect(api.server.evaluationMemo!.hits).toBeGreaterThan(hits);
    expect(hit.memo).toBe(hit.fresh);
    const wide = await both(city, {});
    expect(wide.memo).toBe(wide.fresh);
    expect(api.server.evaluationMemo!.keyOf(COUNTY_B)).toBeDefined();
  });

  it('reflects an apply in the very next answer', async () => {
    const hr = await api.token('HR', COUNTY_A);
    const before = await both(hr, { county: COUNTY_A });
    const [teacher] = (await api.db.dataSource.query(
      `SELECT staff_no FROM teacher WHERE school_code = '4311010001' AND status = 'ACTIVE' AND level = 'PRIMARY' ORDER BY staff_no LIMIT 1`,
    )) as Array<{ staff_no: string }>;
    const id = await storeSolvedPlan(api.db.dataSource, COUNTY_A, '轮岗', [planRotation(teacher!.staff_no, '4311010001', '4311010003')]);
    await closeForApply(api, id, COUNTY_A);
    const applied = await api.post('mutation($id: ID!) { applyScenario(id: $id) { status } }', { id }, hr);
    expect(applied.body.data?.applyScenario.status).toBe('APPLIED');
    const after = await both(hr, { county: COUNTY_A });
    expect(after.memo).toBe(after.fresh);
    expect(after.memo).not.toBe(before.memo);
    await sameLists(hr, COUNTY_A);
  });

  it('reflects a standard set save in the very next answer', async () => {
    const planner = await api.token('PLANNER', COUNTY_A);
    const before = await both(planner, { county: COUNTY_A });
    const admin = await api.token('ADMIN', COUNTY_A);
    const saved = await api.post(
      `mutation($i: SaveStandardSetInput!) { saveStandardSet(input: $i) { version } }`,
      { i: { regionCode: COUNTY_A, name: '甲县标准', overrides: JSON.stringify({ levels: { PRIMARY: { avgClassSizeMax: 20 } } }), expectedVersion: 0 } },
      admin,
    );
    expect(saved.body.errors).toBeUndefined();
    const after = await both(planner, { county: COUNTY_A });
    expect(after.memo).toBe(after.fresh);
    expect(after.memo).not.toBe(before.memo);
    await sameLists(planner, COUNTY_A);
  });

  it('reflects an import in the very next answer', async () => {
    const hr = await api.token('HR', COUNTY_A);
    const before = await both(hr, { county: COUNTY_A });
    const path = join(dir, 'roster.xlsx');
    await exportRegionWorkbook(generateDemoCounty({ seed: 7, code: COUNTY_A, schools: 20, year: 2027 }), path);
    const res = await fetch(api.url.replace('/graphql', '/imports'), {
      method: 'POST',
      headers: { authorization: `Bearer ${hr}`, 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
      body: await readFile(path),
    });
    expect(res.status).toBe(200);
    const keyBefore = api.server.evaluationMemo!.schoolsKeyOf(COUNTY_A);
    const after = await both(hr, { county: COUNTY_A });
    expect(after.memo).toBe(after.fresh);
    expect(after.memo).not.toBe(before.memo);
    // The county's rows changed (20 schools now): the memo's rows were read afresh, the lists agree.
    expect(JSON.parse(after.memo).data.schools.totalCount).toBe(20);
    expect(api.server.evaluationMemo!.schoolsKeyOf(COUNTY_A)).not.toBe(keyBefore);
    expect(await sameLists(hr, COUNTY_A)).toBeGreaterThan(20 / 3);
  });
});
