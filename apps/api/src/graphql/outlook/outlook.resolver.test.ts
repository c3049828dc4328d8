import { loadRegionData } from '@junheng/db';
import { NATIONAL_STANDARD_SET, regionOutlook } from '@junheng/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COUNTY_A, COUNTY_C, fixtureRegion } from '../../test-support/fixture-region';
import { startTestApi, type TestApi } from '../../test-support/test-api';

const COUNTY_OUTLOOK = /* GraphQL */ `
  query($code: String!, $level: Level, $years: Int, $first: Int) {
    county(code: $code) {
      outlook(level: $level, years: $years) {
        baseYear years coarse schoolCount
        basis { baseYear referenceDates retirementAgeMen retirementAgeWomen retirementMen { maxAge gradual } retirementWomen { maxAge fromBirth } retirementRule sectionsWithGrades coarseSections intakeGiven intakeFromFirstGrade intakeCoarse }
        totals { year students intake graduates classesNeeded classroomsAvailable classroomShortfall teachersPresent teachersNeeded teacherGap retiring rotationLeaving onLoan hiresExpected }
        schools(first: $first) { schoolCode firstYearShortOfClassrooms firstYearShortOfTeachers years { year students teacherGap } }
      }
    }
  }
`;

const SCHOOL_OUTLOOK = /* GraphQL */ `
  query($code: String!, $years: Int) {
    school(code: $code) { outlook(years: $years) { schoolCode coarse years { year students classesNeeded teachersPresent sections { level grades intakeSource needs { indicator needed present gap } } } } }
  }
`;

let api: TestApi;
let viewer: string;

beforeAll(async () => {
  const data = fixtureRegion();
  // The first school of county A has 年级 rows and a given intake; the others stay coarse.
  const first = data.sections.find((s) => s.schoolCode.startsWith(COUNTY_A) && s.level === 'PRIMARY')!;
  const base = Math.floor(first.students / 6);
  data.grades = [1, 2, 3, 4, 5, 6].map((grade) => ({ schoolCode: first.schoolCode, level: 'PRIMARY' as const, grade, students: grade === 6 ? first.students - 5 * base : base }));
  data.intake = [{ countyCode: COUNTY_A, schoolCode: first.schoolCode, township: null, level: 'PRIMARY', year: 2026, students: base + 30 }];
  api = await startTestApi({ data });
  viewer = await api.token('VIEWER', COUNTY_A);
});
afterAll(async () => api?.close());

describe('County.outlook and School.outlook', () => {
  it('give the domain outlook of the county from the current school year (plan year 2026: base 2025)', async () => {
    const res = await api.post(COUNTY_OUTLOOK, { code: COUNTY_A, years: 3, first: 2 }, viewer);
    expect(res.body.errors).toBeUndefined();
    const outlook = res.body.data!.county.outlook;
    const expected = regionOutlook(await loadRegionData(api.db.dataSource, [COUNTY_A]), NATIONAL_STANDARD_SET, { baseYear: 2025, years: 3 });
    expect(outlook).toMatchObject({ baseYear: 2025, years: [2026, 2027, 2028], coarse: true, schoolCount: expected.schools.length });
    expect(outlook.basis).toMatchObject({ referenceDates: ['2026-09-01', '2027-09-01', '2028-09-01'], retirementAgeMen: 60, retirementAgeWomen: 55, sectionsWithGrades: 1, intakeGiven: 1 });
    // The ages rise by birth month: the basis says so, up to 63 and 58.
    expect(outlook.basis).toMatchObject({ retirementMen: { maxAge: 63, gradual: true }, retirementWomen: { maxAge: 58, fromBirth: '1970-01' }, retirementRule: expected.basis.retirementRule });
    expect(outlook.basis.retirementRule).toContain('1976年9月及以后出生的63周岁');
    expect(outlook.totals).toEqual(expected.totals.map((t) => ({
      year: t.year, students: t.students, intake: t.intake, graduates: t.graduates, classesNeeded: t.classesNeeded, classroomsAvailable: t.classroomsAvailable,
      classroomShortfall: t.classroomShortfall, teachersPresent: t.teachersPresent, teachersNeeded: t.teachersNeeded, teacherGap: t.teacherGap,
      retiring: t.retiring, rotationLeaving: t.rotationLeaving, onLoan: t.onLoan, hiresExpected: t.hiresExpected,
    })));
    // Two schools, soonest short first.
    expect(outlook.schools).toHaveLength(2);
    const soonest = (s: { firstYearShortOfClassrooms: number | null; firstYearShortOfTeachers: number | null }) =>
      Math.min(s.firstYearShortOfClassrooms ?? 9999, s.firstYearShortOfTeachers ?? 9999);
    expect(soonest(outlook.schools[0])).toBeLessThanOrEqual(soonest(outlook.schools[1]));
  });

  it('gives one school\'s figures by section and rule, with the given intake and the grades moved up', async () => {
    const code = fixtureRegion().sections.find((s) => s.schoolCode.startsWith(COUNTY_A) && s.level === 'PRIMARY')!.schoolCode;
    const res = await api.post(SCHOOL_OUTLOOK, { code, years: 2 }, viewer);
    expect(res.body.errors).toBeUndefined();
    const outlook = res.body.data!.school.outlook;
    expect(outlook.years.map((y: { year: number }) => y.year)).toEqual([2026, 2027]);
    const primary = outlook.years[0].sections.find((s: { level: string }) => s.level === 'PRIMARY');
    expect(primary.intakeSource).toBe('GIVEN');
    expect(outlook.years[1].sections.find((s: { level: string }) => s.level === 'PRIMARY').intakeSource).toBe('FIRST_GRADE');
    expect(primary.needs.map((n: { indicator: string }) => n.indicator)).toEqual(['Q1', 'Q2', 'Q3', 'R', 'T']);
  });

  it('refuses more than five years or none, and shows nothing outside the viewer\'s region', async () => {
    for (const years of [0, 6]) {
      const res = await api.post(COUNTY_OUTLOOK, { code: COUNTY_A, years, first: 1 }, viewer);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.body.errors?.[0]?.message).toMatch(/1 到 5/);
    }
    const other = await api.post(COUNTY_OUTLOOK, { code: COUNTY_C, years: 1, first: 1 }, viewer);
    expect(other.body.data!.county).toBeNull();
  });

  it('keeps to one level when asked', async () => {
    const res = await api.post(COUNTY_OUTLOOK, { code: COUNTY_A, level: 'JUNIOR', years: 1, first: 50 }, viewer);
    expect(res.body.errors).toBeUndefined();
    const nineYear = fixtureRegion().schools.filter((s) => s.countyCode === COUNTY_A && s.kind === 'NINE_YEAR').length;
    expect(res.body.data!.county.outlook.schoolCount).toBe(nineYear);
  });
});
