import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COUNTY_A } from '../test-support/fixture-region';
import { fixtureRegion } from '../test-support/fixture-region';
import { SCHOOL_PAGE } from '../test-support/queries';
import { startTestApi, type TestApi } from '../test-support/test-api';

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

async function statementsFor(first: number, extra = ''): Promise<{ count: number; schools: number; statements: string[] }> {
  const query = extra ? SCHOOL_PAGE.replace('quota vacancies', `quota vacancies ${extra}`) : SCHOOL_PAGE;
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
    // page + count + sections + staff + facilities + quotas + standard sets (the scope is kept between requests)
    expect(hundred.count).toBeLessThanOrEqual(7);
  });

  it('stays constant with teachers, facilities, county and summaries of every school', async () => {
    const extra = 'students onLoanTeachers compliant facilities { floorAreaM2 } county { code counts { teachers } } teachers(first: 5) { totalCount nodes { staffNo school { code } } }';
    const ten = await statementsFor(10, extra);
    const hundred = await statementsFor(100, extra);
    expect(hundred.count).toBe(ten.count);
  });
});
