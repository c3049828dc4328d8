import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COUNTY_A } from '../test-support/fixture-region';
import { startTestApi, type TestApi } from '../test-support/test-api';

let api: TestApi;
let token: string;

beforeAll(async () => {
  api = await startTestApi({ env: { NODE_ENV: 'production' } });
  token = await api.token('ADMIN', COUNTY_A);
});
afterAll(async () => api?.close());

const first = (r: { body: { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } }) => r.body.errors?.[0];

/**
 * Posts and lists the SQL statements the request caused: a refused flood runs none of its own; the one
 * statement every signed-in request makes (the session and data-version check, before parsing) is all.
 */
async function refused(query: string, variables?: Record<string, unknown>) {
  const measured = await api.counter.measure(() => api.post(query, variables, token));
  expect(measured.result.body.data ?? undefined).toBeUndefined();
  expect(measured.statements.filter((sql) => !/FROM app_user/i.test(sql))).toEqual([]);
  expect(measured.count).toBeLessThanOrEqual(1);
  return measured.result;
}

describe('floods are refused before execution, with coded errors (production)', () => {
  it('depth', async () => {
    const r = await refused('{ schools(first: 1) { nodes { county { schools(first: 1) { nodes { county { schools(first: 1) { nodes { county { schools(first: 1) { nodes { code } } } } } } } } } } } }');
    expect(r.status).toBe(400);
    expect(first(r)).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(first(r)!.message).toMatch(/depth/i);
  });

  it('aliases', async () => {
    const r = await refused(`{ ${Array.from({ length: 50 }, (_, i) => `a${i}: schools(first: 1) { totalCount }`).join(' ')} }`);
    expect(first(r)).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(first(r)!.message).toMatch(/alias/i);
  });

  it('directives', async () => {
    const r = await refused(`{ schools(first: 1) { totalCount ${'@include(if: true) '.repeat(50)} } }`);
    expect(first(r)).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(first(r)!.message).toMatch(/directive/i);
  });

  it('literal page sizes (nested lists)', async () => {
    const r = await refused('{ schools(first: 500) { nodes { code teachers(first: 500) { nodes { staffNo subject education } } } } }');
    expect(r.status).toBe(400);
    expect(first(r)).toMatchObject({ extensions: { code: 'COST_LIMIT', maxCost: 200_000 } });
  });

  it('variable page sizes: the 180-byte query with $n = 500 nested three levels through county { schools }', async () => {
    const query = 'query($n:Int){schools(first:$n){nodes{county{schools(first:$n){nodes{county{schools(first:$n){nodes{code name}}}}}}}}}';
    expect(query.length).toBeLessThanOrEqual(180);
    const started = performance.now();
    const r = await refused(query, { n: 500 });
    const ms = performance.now() - started;
    expect(r.status).toBe(400);
    expect(first(r)).toMatchObject({ extensions: { code: 'COST_LIMIT' } });
    expect(first(r)!.extensions!.cost as number).toBeGreaterThan(500 ** 3);
    console.log(`nested $n = 500 refused in ${ms.toFixed(0)} ms, cost ${first(r)!.extensions!.cost}`);
    // The same query with small pages runs.
    const small = await api.post(query, { n: 2 }, token);
    expect(small.body.errors).toBeUndefined();
  });

  it('a missing `first` counts as the default page of 50', async () => {
    const r = await refused('{ schools { nodes { county { schools { nodes { county { schools { nodes { code } } } } } } } } }');
    expect(first(r)).toMatchObject({ extensions: { code: 'COST_LIMIT' } });
  });

  it('batches', async () => {
    const res = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(Array.from({ length: 100 }, () => ({ query: '{ schools(first: 1) { totalCount } }' }))),
    });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).toMatch(/batch/i);
    expect(text).not.toContain('totalCount"');
  });

  it('too many tokens (refused while parsing)', async () => {
    const r = await refused(`{ schools(first: 1) { ${'totalCount '.repeat(4000)} } }`);
    expect(r.status).toBe(400);
    expect(first(r)).toMatchObject({ extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
    expect(first(r)!.message).toMatch(/token/i);
  });
});
