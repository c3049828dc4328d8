import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COUNTY_A } from '../test-support/fixture-region';
import { startTestApi, type TestApi } from '../test-support/test-api';

let api: TestApi;
let token: string;

beforeAll(async () => {
  api = await startTestApi();
  token = await api.token('ADMIN', COUNTY_A);
});
afterAll(async () => api?.close());

const codeOf = (r: { body: { errors?: Array<{ extensions?: Record<string, unknown> }> } }) => r.body.errors?.[0]?.extensions?.code;

describe('operation limits (GraphQL Armor)', () => {
  it('rejects a deep query before executing it', async () => {
    const deep = `{ schools(first: 1) { nodes { county { schools(first: 1) { nodes { county { schools(first: 1) { nodes { county { schools(first: 1) { nodes { code } } } } } } } } } } } }`;
    const r = await api.post(deep, {}, token);
    expect(r.status).toBe(400);
    expect(codeOf(r)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.body.errors?.[0]?.message).toMatch(/depth/i);
    expect(r.body.data).toBeUndefined();
  });

  it('answers a syntax error as GRAPHQL_PARSE_FAILED naming where, running nothing', async () => {
    const r = await api.post('{ schools(first: 1 { nodes { code } } }', {}, token);
    expect(r.status).toBe(400);
    expect(codeOf(r)).toBe('GRAPHQL_PARSE_FAILED');
    expect(r.body.errors?.[0]?.message).toMatch(/Syntax Error/);
    expect((r.body.errors?.[0] as { locations?: unknown } | undefined)?.locations).toEqual([{ line: 1, column: 20 }]);
    expect(r.body.data).toBeUndefined();
  });

  it('rejects an expensive query (nested pages of schools and teachers)', async () => {
    const costly = `{ schools(first: 500) { nodes { code teachers(first: 500) { nodes { staffNo subject education } } } } }`;
    const r = await api.post(costly, {}, token);
    expect(r.status).toBe(400);
    expect(r.body.errors?.[0]?.message).toMatch(/cost/i);
  });

  it('accepts the heaviest dashboard page: 500 schools with every section\'s indicators and checks', async () => {
    const page = `{ schools(first: 500) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id code name kind area weak quota vacancies
      sections { level students classes teacherCount indicators { qualifiedPer100 backbonePer100 peArtsPer100 studentsPerTeacher avgClassSize }
      checks { indicator value threshold passes gapTeachers } } } } } }`;
    const r = await api.post(page, {}, token);
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data!.schools.totalCount).toBe(4);
  });

  it('rejects too many aliases', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: standardSet { id }`).join(' ');
    const r = await api.post(`{ ${aliases} }`, {}, token);
    expect(r.status).toBe(400);
    expect(r.body.errors?.[0]?.message).toMatch(/alias/i);
  });

  it('caps the page size at 500 with BAD_USER_INPUT naming the argument', async () => {
    const r = await api.post(`{ schools(first: 501) { totalCount } }`, {}, token);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.body.errors?.[0]?.extensions?.field).toBe('first');
    const zero = await api.post(`query($n:Int){ teachers(first: $n) { totalCount } }`, { n: 0 }, token);
    expect(zero.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('names the field of a bad cursor', async () => {
    const r = await api.post(`{ schools(after: "nonsense!") { totalCount } }`, {}, token);
    expect(r.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('keeps introspection on outside production', async () => {
    const r = await api.post(`{ __schema { queryType { name } } }`, {}, token);
    expect(r.body.data!.__schema.queryType.name).toBe('Query');
  });
});

describe('production', () => {
  let prod: TestApi;
  beforeAll(async () => {
    prod = await startTestApi({ env: { NODE_ENV: 'production' } });
  });
  afterAll(async () => prod?.close());

  it('turns introspection off', async () => {
    const r = await prod.post(`{ __schema { queryType { name } } }`, {}, await prod.token('ADMIN', COUNTY_A));
    expect(r.body.errors?.[0]?.message).toMatch(/introspection/i);
    expect(r.body.data).toBeUndefined();
  });

  it('hides messages, stacks and SQL of unexpected errors', async () => {
    await prod.db.dataSource.query('ALTER TABLE section RENAME TO section_gone');
    try {
      const r = await prod.post(`{ schools(first: 1) { nodes { sections { level } } } }`, {}, await prod.token('ADMIN', COUNTY_A));
      const text = JSON.stringify(r.body);
      expect(r.body.errors?.[0]?.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
      expect(r.body.errors?.[0]?.message).toBe('Internal server error');
      expect(text).not.toMatch(/section_gone|SELECT|stack|relation/i);
    } finally {
      await prod.db.dataSource.query('ALTER TABLE section_gone RENAME TO section');
    }
  });
});
