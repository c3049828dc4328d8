import { parse, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COUNTY_A } from '../test-support/fixture-region';
import { SCHOOL_PAGE } from '../test-support/queries';
import { planRotation, storeSolvedPlan } from '../test-support/stored-plan';
import { bumpVersion, startTestApi, type TestApi } from '../test-support/test-api';
import { isCacheableOperation } from './cacheable-operation';
import { ResponseCache } from './response-cache';

describe('ResponseCache', () => {
  it('evicts the least recently used entries beyond its size', () => {
    const cache = new ResponseCache(2500);
    const entry = (n: number) => ({ stamp: 's', body: Buffer.from('x'.repeat(n)), contentType: 'application/json' });
    cache.set('a', entry(1000));
    cache.set('b', entry(1000));
    expect(cache.get('a', 's')).toBeDefined();
    cache.set('c', entry(1000));
    expect(cache.peek('b')).toBeUndefined();
    expect(cache.peek('a')).toBeDefined();
    expect(cache.peek('c')).toBeDefined();
  });

  it('drops an entry whose stamp (data versions) changed', () => {
    const cache = new ResponseCache(10_000);
    cache.set('k', { stamp: '431101:1', body: Buffer.from('{}'), contentType: 'application/json' });
    expect(cache.get('k', '431101:2')).toBeUndefined();
    expect(cache.peek('k')).toBeUndefined();
  });
});

describe('isCacheableOperation', () => {
  const check = (q: string) => {
    const doc = parse(q);
    return isCacheableOperation(doc.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode, doc);
  };
  it('caches queries of region data only', () => {
    expect(check('{ schools { totalCount } }')).toBe(true);
    expect(check('query { ...F } fragment F on Query { counties { code } }')).toBe(true);
    expect(check('{ me { username } schools { totalCount } }')).toBe(false);
    expect(check('{ __typename }')).toBe(false);
    expect(check('mutation { login(username: "a", password: "b") { token } }')).toBe(false);
    // Users change without any county's data version moving: never cached.
    expect(check('{ users { totalCount } counties { code } }')).toBe(false);
    expect(check('{ assignableRegions { code } }')).toBe(false);
  });
});

describe('response cache over HTTP', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ responseCacheMb: 16 });
  });
  afterAll(async () => api?.close());

  it('answers a repeated query from the cache with the same bytes, until the county\'s data version changes', async () => {
    const token = await api.token('PLANNER', COUNTY_A);
    const first = await api.post(SCHOOL_PAGE, { county: COUNTY_A, first: 3 }, token);
    const second = await api.post(SCHOOL_PAGE, { county: COUNTY_A, first: 3 }, token);
    expect(first.headers.get('x-response-cache')).toBeNull();
    expect(second.headers.get('x-response-cache')).toBe('hit');
    expect(second.body).toEqual(first.body);
    expect(second.contentType).toBe(first.contentType);
    await bumpVersion(api.db, COUNTY_A);
    const third = await api.post(SCHOOL_PAGE, { county: COUNTY_A, first: 3 }, token);
    expect(third.headers.get('x-response-cache')).toBeNull();
    const fourth = await api.post(SCHOOL_PAGE, { county: COUNTY_A, first: 3 }, token);
    expect(fourth.headers.get('x-response-cache')).toBe('hit');
  });

  it('never crosses masking: HR does not get the answer cached for a planner', async () => {
    const query = `{ teachers(first: 2) { nodes { staffNo name idNumber } } }`;
    const planner = await api.token('PLANNER', COUNTY_A);
    const hr = await api.token('HR', COUNTY_A);
    await api.post(query, {}, planner);
    const masked = await api.post(query, {}, planner);
    expect(masked.headers.get('x-response-cache')).toBe('hit');
    const full = await api.post(query, {}, hr);
    expect(full.headers.get('x-response-cache')).toBeNull();
    expect(full.body.data!.teachers.nodes[0].name).not.toBeNull();
    expect(masked.body.data!.teachers.nodes[0].name).toBeNull();
  });

  it('does not cache errors, `me`, or answers for another region', async () => {
    const viewer = await api.token('VIEWER', COUNTY_A);
    const query = `{ teachers { totalCount } }`;
    await api.post(query, {}, viewer);
    const again = await api.post(query, {}, viewer);
    expect(again.headers.get('x-response-cache')).toBeNull();
    expect(again.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const city = await api.token('PLANNER', '431100');
    const page = `{ schools(first: 1) { nodes { code } } }`;
    await api.post(page, {}, await api.token('PLANNER', COUNTY_A));
    const other = await api.post(page, {}, city);
    expect(other.headers.get('x-response-cache')).toBeNull();
  });

  it('never keeps an answer that read a scenario\'s plan (plans change without a data version)', async () => {
    const token = await api.token('PLANNER', COUNTY_A);
    const teacher: Array<{ staff_no: string }> = await api.db.dataSource.query(`SELECT staff_no FROM teacher WHERE school_code = '4311010001' ORDER BY staff_no LIMIT 1`);
    const id = await storeSolvedPlan(api.db.dataSource, COUNTY_A, '方案', [planRotation(teacher[0]!.staff_no, '4311010001', '4311010003')]);
    const query = `query($id: ID!) { school(code: "4311010001") { rotations { totalCount } plannedRotations(scenarioId: $id) { totalCount } } }`;
    const first = await api.post(query, { id }, token);
    expect(first.body.data!.school.plannedRotations.totalCount).toBe(1);
    const second = await api.post(query, { id }, token);
    expect(second.headers.get('x-response-cache')).toBeNull();
    const inEffect = `{ school(code: "4311010001") { rotations { totalCount } } }`;
    await api.post(inEffect, {}, token);
    expect((await api.post(inEffect, {}, token)).headers.get('x-response-cache')).toBe('hit');
  });
});
