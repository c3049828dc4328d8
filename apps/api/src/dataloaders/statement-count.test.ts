import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COUNTY_A } from '../test-support/fixture-region';
import { fixtureRegion } from '../test-support/fixture-region';
import { BENCH_PAGE } from '../bench/bench-page.query';
import { SCHOOL_PAGE } from '../test-support/queries';
import { planRotation, storeSolvedPlan } from '../test-support/stored-plan';
import { startTestApi, type TestApi } from '../test-support/test-api';
import { closeForApply } from '../test-support/walk-to-closed';

let api: TestApi;
let token: string;

beforeAll(async () => {
  // 120 schools per county, 4 teachers per section: a page of 100 is a real page.
  api = await startTestApi({ data: fixtureRegion(120, 4) });
  token = await api.token('PLANNER', COUNTY_A);
  // The viewer's scope is read once and then kept (until a region changes): warm it, so that every
  // measured request below pays the same.
  await api.post('{ counties { code } }', {}, token);
});
afterAll(async () => api?.close());

/**
 * Statements of one page. `memo`: 'warm' measures with the county's evaluation already in the memo (a
 * request before, unmeasured), 'cold' with an empty memo (the county evaluated afresh).
 */
async function statementsFor(first: number, extra = '', memo: 'warm' | 'cold' = 'warm'): Promise<{ count: number; schools: number; statements: string[] }> {
  const query = extra ? SCHOOL_PAGE.replace('quota vacancies', `quota vacancies ${extra}`) : SCHOOL_PAGE;
  if (memo === 'warm') await api.post(query, { county: COUNTY_A, first }, token);
  else api.server.evaluationMemo!.clear();
  const { result, count, statements } = await api.counter.measure(() => api.post(query, { county: COUNTY_A, first }, token));
  expect(result.body.errors).toBeUndefined();
  return { count, schools: result.body.data!.schools.edges.length, statements };
}

describe('DataLoaders', () => {
  it('answers a page of schools with sections, indicators and checks in a constant number of statements', async () => {
    const ten = await statementsFor(10);
    const hundred = await statementsFor(100);
    expect(ten.schools).toBe(10);
    expect(hundred.schools).toBe(100);
    expect(hundred.count).toBe(ten.count);
    // session check (with the scope and the counties' memo keys) + quotas + post holders; the page, its
    // count and the sections' evaluations come from the memo
    expect(hundred.count).toBeLessThanOrEqual(3);
  });

  it('answers the benchmark page (sections, indicators, checks) with the session check alone when the memo is warm', async () => {
    await api.post(BENCH_PAGE, { county: COUNTY_A, first: 100 }, token);
    const { result, statements } = await api.counter.measure(() => api.post(BENCH_PAGE, { county: COUNTY_A, first: 100 }, token));
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data!.schools.edges).toHaveLength(100);
    expect(result.body.data!.schools.totalCount).toBe(120);
    expect(statements).toHaveLength(1);
    expect(statements[0]).toContain('session_version');
  });

  it('stays constant when the memo evaluates the county afresh', async () => {
    const ten = await statementsFor(10, '', 'cold');
    const hundred = await statementsFor(100, '', 'cold');
    expect(hundred.count).toBe(ten.count);
    // ... + the county's school rows, the standard sets, the county's school codes, sections, staff and facilities
    expect(hundred.count).toBeLessThanOrEqual(10);
  });

  it('stays constant with teachers, facilities, county and summaries of every school', async () => {
    const extra = 'students onLoanTeachers compliant facilities { floorAreaM2 } county { code counts { teachers } } teachers(first: 5) { totalCount nodes { staffNo school { code } } }';
    const ten = await statementsFor(10, extra);
    const hundred = await statementsFor(100, extra);
    expect(hundred.count).toBe(ten.count);
  });

  it('stays constant with the rotations in effect and proposed of every school', async () => {
    // Every school of the county lends its first teacher to the next school, by an applied plan; a second
    // plan proposes the same moves the other way.
    const ds = api.db.dataSource;
    const firsts: Array<{ school: string; staffNo: string }> = await ds.query(
      `SELECT DISTINCT ON (school_code) school_code AS school, staff_no AS "staffNo" FROM teacher WHERE county_code = $1 AND status = 'ACTIVE' ORDER BY school_code, staff_no`,
      [COUNTY_A],
    );
    const next = (i: number) => firsts[(i + 1) % firsts.length]!.school;
    const applied = await storeSolvedPlan(ds, COUNTY_A, '轮岗', firsts.map((f, i) => planRotation(f.staffNo, f.school, next(i))));
    const hr = await api.token('HR', COUNTY_A);
    await closeForApply(api, applied, COUNTY_A);
    const res = await api.post('mutation($id: ID!) { applyScenario(id: $id) { status } }', { id: applied }, hr);
    expect(res.body.errors).toBeUndefined();
    const proposed = await storeSolvedPlan(ds, COUNTY_A, '回流', firsts.map((f, i) => planRotation(f.staffNo, next(i), f.school)));
    const rotationFields = 'direction staffNo startDate teacher { staffNo subject } otherSchool { code name }';
    const extra = `rotations { totalCount nodes { ${rotationFields} } } plannedRotations(scenarioId: "${proposed}") { nodes { ${rotationFields} } }`;
    // The apply changed the county's data version, which drops the kept scopes when its notice arrives
    // (at a moment of its own): leave the scope's read out of the comparison.
    const withoutScope = (r: { statements: string[] }) => r.statements.filter((q) => !q.trimStart().startsWith('WITH RECURSIVE tree')).length;
    const ten = await statementsFor(10, extra);
    const hundred = await statementsFor(100, extra);
    // Two teacher lookups (rotations in effect, proposed) may share one batch or not, by the timing of
    // the statements before them: compare the kinds of statements, and bound their number.
    const kinds = (r: { statements: string[] }) => new Set(r.statements.filter((q) => !q.trimStart().startsWith('WITH RECURSIVE tree')).map((q) => q.slice(0, 80)));
    expect([...kinds(hundred)].sort()).toEqual([...kinds(ten)].sort());
    expect(withoutScope(hundred)).toBeLessThanOrEqual(12);
    expect(withoutScope(ten)).toBeLessThanOrEqual(12);
    const { result } = await api.counter.measure(() => api.post(SCHOOL_PAGE.replace('quota vacancies', `quota vacancies ${extra}`), { county: COUNTY_A, first: 3 }, token));
    const school = result.body.data!.schools.edges[1].node;
    expect(school.rotations.totalCount).toBe(2);
    expect(school.rotations.nodes[0].startDate).toBe('2026-09-01');
    expect(school.plannedRotations.nodes).toHaveLength(2);
  });
});
