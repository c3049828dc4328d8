import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from './relay/global-id';
import { CITY, COUNTY_A, COUNTY_B, COUNTY_C } from '../test-support/fixture-region';
import { startTestApi, type TestApi } from '../test-support/test-api';

const SCHOOL_A = '4311010001';
const SCHOOL_B = '4311020001';

let api: TestApi;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  api = await startTestApi();
  tokens.viewerA = await api.token('VIEWER', COUNTY_A);
  tokens.plannerA = await api.token('PLANNER', COUNTY_A);
  tokens.hrA = await api.token('HR', COUNTY_A);
  tokens.adminA = await api.token('ADMIN', COUNTY_A);
  tokens.plannerCity = await api.token('PLANNER', CITY);
});
afterAll(async () => api?.close());

async function teacherIdOf(county: string): Promise<{ id: string; staffNo: string }> {
  const r = await api.post(`query($c:String){ teachers(countyCode:$c, first:1){ nodes { id staffNo } } }`, { c: county }, await api.token('ADMIN', county));
  return r.body.data!.teachers.nodes[0];
}

describe('authentication', () => {
  it('answers UNAUTHENTICATED without a token (outside development) and with a forged one', async () => {
    const none = await api.post(`{ schools { totalCount } }`);
    expect(none.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const forged = await api.post(`{ schools { totalCount } }`, {}, tokens.plannerA!.slice(0, -4) + 'AAAA');
    expect(forged.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(forged.body.errors?.[0]?.message).toMatch(/token/i);
  });

  it('answers { __typename } to anyone', async () => {
    const r = await api.post(`{ __typename }`);
    expect(r.body).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('region scope', () => {
  it('lists only the counties of the region (a city covers its counties)', async () => {
    const a = await api.post(`{ counties { code } }`, {}, tokens.plannerA);
    expect(a.body.data!.counties.map((c: { code: string }) => c.code)).toEqual([COUNTY_A]);
    const city = await api.post(`{ counties { code } }`, {}, tokens.plannerCity);
    expect(city.body.data!.counties.map((c: { code: string }) => c.code)).toEqual([COUNTY_A, COUNTY_B]);
  });

  it('a planner of county A asking for a school of county B gets what a missing school gives', async () => {
    const other = await api.post(`query($c:String!){ school(code:$c){ code name } }`, { c: SCHOOL_B }, tokens.plannerA);
    const missing = await api.post(`query($c:String!){ school(code:$c){ code name } }`, { c: '9999999999' }, tokens.plannerA);
    expect(other.body).toEqual({ data: { school: null } });
    expect(other.body).toEqual(missing.body);
    const own = await api.post(`query($c:String!){ school(code:$c){ code } }`, { c: SCHOOL_A }, tokens.plannerA);
    expect(own.body.data!.school.code).toBe(SCHOOL_A);
  });

  it('a planner of county A asking for a teacher of county B: NOT_FOUND, as for a county that does not exist', async () => {
    const other = await api.post(`query($s:String){ teachers(schoolCode:$s){ totalCount } }`, { s: SCHOOL_B }, tokens.plannerA);
    const missing = await api.post(`query($s:String){ teachers(schoolCode:$s){ totalCount } }`, { s: '9999999999' }, tokens.plannerA);
    expect(other.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(other.body.errors?.[0]?.message).toBe(`School ${SCHOOL_B} not found`);
    expect(missing.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const county = await api.post(`query($c:String){ teachers(countyCode:$c){ totalCount } }`, { c: COUNTY_B }, tokens.plannerA);
    expect(county.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const all = await api.post(`{ teachers(first: 500){ nodes { staffNo school { countyCode } } } }`, {}, tokens.plannerA);
    expect(new Set(all.body.data!.teachers.nodes.map((t: { school: { countyCode: string } }) => t.school.countyCode))).toEqual(new Set([COUNTY_A]));
  });

  it('a planner of county A asking for node ids of county B gets null, as for ids that do not exist', async () => {
    const teacherB = await teacherIdOf(COUNTY_B);
    const ids = [toGlobalId('School', SCHOOL_B), teacherB.id, toGlobalId('County', COUNTY_B), toGlobalId('Section', `${SCHOOL_B}:PRIMARY`), toGlobalId('Teacher', 999999)];
    for (const id of ids) {
      const r = await api.post(`query($id:ID!){ node(id:$id){ id } }`, { id }, tokens.plannerA);
      expect(r.body, id).toEqual({ data: { node: null } });
    }
    const own = await api.post(`query($id:ID!){ node(id:$id){ id ... on School { code } } }`, { id: toGlobalId('School', SCHOOL_A) }, tokens.plannerA);
    expect(own.body.data!.node.code).toBe(SCHOOL_A);
  });

  it('a city planner reaches both counties of the city but not a county of another city', async () => {
    const b = await api.post(`query($c:String!){ school(code:$c){ code } }`, { c: SCHOOL_B }, tokens.plannerCity);
    expect(b.body.data!.school.code).toBe(SCHOOL_B);
    const c = await api.post(`query($c:String){ schools(countyCode:$c){ totalCount } }`, { c: COUNTY_C }, tokens.plannerCity);
    expect(c.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('budgets of another county are not found', async () => {
    const own = await api.post(`query($c:String!){ budgets(countyCode:$c, year:2026){ category amount committed remaining } }`, { c: COUNTY_A }, tokens.viewerA);
    expect(own.body.data!.budgets).toHaveLength(2);
    const other = await api.post(`query($c:String!){ budgets(countyCode:$c, year:2026){ category } }`, { c: COUNTY_B }, tokens.viewerA);
    expect(other.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('roles', () => {
  it('VIEWER sees aggregates but no teacher list, anywhere', async () => {
    const agg = await api.post(
      `query($c:String!){ county(code:$c){ counts { schools teachers } summary(level: PRIMARY){ students teachers schools indicators { qualifiedPer100 } balance { indicator cv passes } } } schools(first:2){ nodes { code sections { teacherCount checks { indicator passes } } } } }`,
      { c: COUNTY_A },
      tokens.viewerA,
    );
    expect(agg.body.errors).toBeUndefined();
    expect(agg.body.data!.county.counts.schools).toBe(4);
    const list = await api.post(`{ teachers { totalCount } }`, {}, tokens.viewerA);
    expect(list.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const nested = await api.post(`query($c:String!){ school(code:$c){ teachers { totalCount } } }`, { c: SCHOOL_A }, tokens.viewerA);
    expect(nested.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const teacherA = await teacherIdOf(COUNTY_A);
    const node = await api.post(`query($id:ID!){ node(id:$id){ id } }`, { id: teacherA.id }, tokens.viewerA);
    expect(node.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('PLANNER lists teachers with the national ID masked, no name and no birth date', async () => {
    const r = await api.post(`{ teachers(first: 3){ nodes { staffNo name idNumber birthDate subject } } }`, {}, tokens.plannerA);
    for (const t of r.body.data!.teachers.nodes) {
      expect(t.name).toBeNull();
      expect(t.birthDate).toBeNull();
      expect(t.idNumber).toMatch(/^4311\*{10}\d{4}$/);
    }
  });

  it('HR and ADMIN see name, national ID and birth date', async () => {
    for (const token of [tokens.hrA, tokens.adminA]) {
      const r = await api.post(`{ teachers(first: 3){ nodes { staffNo name idNumber birthDate } } }`, {}, token);
      for (const t of r.body.data!.teachers.nodes) {
        expect(t.name).toMatch(/^教师\d+$/);
        expect(t.idNumber).toMatch(/^4311\d{14}$/);
        expect(t.birthDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });
});
