import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CITY, COUNTY_A, fixtureRegion } from '../../test-support/fixture-region';
import { startTestApi, type TestApi } from '../../test-support/test-api';
import { SCHOOL_SORT_FIELDS, type SchoolSortField } from './school-sort-field';

let api: TestApi;
let token: string;
beforeAll(async () => {
  // Two counties of 12 schools: equal student numbers across counties, two areas, two kinds: many ties.
  api = await startTestApi({ data: fixtureRegion(12, 3) });
  token = await api.token('PLANNER', CITY);
});
afterAll(async () => api?.close());

interface Row {
  code: string;
  name: string;
  township: string;
  area: string;
  kind: string;
  weak: boolean;
  students: number;
  vacancies: number;
  sections: Array<{ teacherCount: number; checks: Array<{ indicator: string; passes: boolean }> }>;
}

const LIST = /* GraphQL */ `
  query($first: Int, $after: String, $orderBy: SchoolOrder, $filter: SchoolFilter) {
    schools(first: $first, after: $after, orderBy: $orderBy, filter: $filter) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage endCursor }
      nodes { code name township area kind weak students vacancies sections { teacherCount checks { indicator passes } } }
    }
  }
`;

async function page(variables: Record<string, unknown>) {
  const res = await api.post(LIST, variables, token);
  return res.body;
}

async function all(orderBy: Record<string, string> | null, first: number, filter?: Record<string, unknown>): Promise<Row[]> {
  const rows: Row[] = [];
  let after: string | null = null;
  for (let n = 0; n < 100; n += 1) {
    const body = await page({ first, after, orderBy, filter });
    expect(body.errors).toBeUndefined();
    const schools = body.data!.schools;
    expect(schools.pageInfo.hasPreviousPage).toBe(after !== null);
    rows.push(...schools.nodes);
    if (!schools.pageInfo.hasNextPage) return rows;
    after = schools.pageInfo.endCursor;
  }
  throw new Error('no last page');
}

const zh = new Intl.Collator('zh');
const AREAS = ['URBAN', 'TOWN', 'RURAL'];
const KINDS = ['PRIMARY', 'JUNIOR', 'SENIOR', 'NINE_YEAR', 'COMPLETE_SECONDARY', 'TEACHING_POINT'];

function valueOf(field: SchoolSortField, r: Row): string | number {
  switch (field) {
    case 'CODE': return r.code;
    case 'NAME': return r.name;
    case 'TOWNSHIP': return r.township;
    case 'AREA': return AREAS.indexOf(r.area);
    case 'KIND': return KINDS.indexOf(r.kind);
    case 'WEAK': return r.weak ? 1 : 0;
    case 'STUDENTS': return r.students;
    case 'TEACHERS': return r.sections.reduce((n, s) => n + s.teacherCount, 0);
    case 'VACANCIES': return r.vacancies;
    case 'FAILING_INDICATORS': return new Set(r.sections.flatMap((s) => s.checks.filter((c) => !c.passes).map((c) => c.indicator))).size;
  }
}

/** The order the API promises: the field's value in the direction, then the code ascending. */
function expected(rows: Row[], field: SchoolSortField, direction: 'ASC' | 'DESC'): string[] {
  const sign = direction === 'ASC' ? 1 : -1;
  return [...rows]
    .sort((a, b) => {
      const va = valueOf(field, a);
      const vb = valueOf(field, b);
      const byValue = typeof va === 'number' ? va - (vb as number) : zh.compare(va, vb as string);
      return sign * byValue || (a.code < b.code ? -1 : 1);
    })
    .map((r) => r.code);
}

describe('schools(orderBy)', () => {
  it('orders Chinese names by pinyin: 甲 (jia) before 乙 (yi)', async () => {
    const rows = await all({ field: 'NAME', direction: 'ASC' }, 500);
    expect(rows[0]!.name.startsWith('甲县')).toBe(true);
    expect(rows[rows.length - 1]!.name.startsWith('乙县')).toBe(true);
  });

  it('keeps code order by default', async () => {
    const rows = await all(null, 7);
    expect(rows).toHaveLength(24);
    expect(rows.map((r) => r.code)).toEqual([...rows.map((r) => r.code)].sort());
  });

  for (const field of SCHOOL_SORT_FIELDS) {
    for (const direction of ['ASC', 'DESC'] as const) {
      it(`pages through every school once by ${field} ${direction}, ties by code`, async () => {
        const everything = await all(null, 500);
        const paged = await all({ field, direction }, 5);
        expect(paged.map((r) => r.code)).toEqual(expected(everything, field, direction));
        expect(new Set(paged.map((r) => r.code)).size).toBe(everything.length);
      });
    }
  }

  it('orders the schools that fail an indicator, paging through them once', async () => {
    const filter = { failing: 'Q1' };
    const failing = await all(null, 500, filter);
    expect(failing.length).toBeGreaterThan(2);
    for (const field of ['STUDENTS', 'FAILING_INDICATORS', 'NAME'] as const) {
      const paged = await all({ field, direction: 'DESC' }, 2, filter);
      expect(paged.map((r) => r.code)).toEqual(expected(failing, field, 'DESC'));
    }
    const first = await page({ first: 2, orderBy: { field: 'STUDENTS', direction: 'DESC' }, filter });
    expect(first.data!.schools.totalCount).toBe(failing.length);
  });

  it('refuses a cursor of another order with BAD_USER_INPUT naming `after`', async () => {
    const byName = await page({ first: 3, orderBy: { field: 'NAME', direction: 'ASC' } });
    const cursor = byName.data!.schools.pageInfo.endCursor;
    for (const orderBy of [{ field: 'STUDENTS', direction: 'ASC' }, { field: 'NAME', direction: 'DESC' }, null]) {
      const res = await page({ first: 3, after: cursor, orderBy });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.field).toBe('after');
    }
    const byCode = await page({ first: 3 });
    const res = await page({ first: 3, after: byCode.data!.schools.pageInfo.endCursor, orderBy: { field: 'CODE', direction: 'DESC' } });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const junk = await page({ first: 3, after: Buffer.from('c:NAME.ASC|x|[1]').toString('base64url'), orderBy: { field: 'NAME', direction: 'ASC' } });
    expect(junk.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('orders a county\'s schools too', async () => {
    const res = await api.post(
      `query($c: String!) { county(code: $c) { schools(first: 3, orderBy: { field: STUDENTS, direction: DESC }) { nodes { code students } } } }`,
      { c: COUNTY_A },
      token,
    );
    expect(res.body.errors).toBeUndefined();
    const students = res.body.data!.county.schools.nodes.map((n: { students: number }) => n.students);
    expect(students).toEqual([...students].sort((a: number, b: number) => b - a));
    // Nine-year schools have two sections: 4311010011 (two of 570) is the largest of 甲县.
    expect(res.body.data!.county.schools.nodes[0].code).toBe('4311010011');
  });
});
