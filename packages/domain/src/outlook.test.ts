import { describe, expect, it } from 'vitest';
import { compareShortFirst, regionOutlook, OutlookOptionError, type RegionOutlook } from './outlook';
import { forecastSectionEnrolment } from './enrolment-forecast';
import { applyStandardOverrides, NATIONAL_STANDARD_SET } from './standard-set';
import { school, section, teacher, teachers } from './test-support/fixtures';
import type { GradeCount, IntakeForecast } from './types';

/*
 * A hand-made county, base year 2026 (data of the school year that started 2026-09-01), outlook for
 * 2027-2029, national standards: primary R <= 19, average class <= 45, Q1 4.2, Q2 1.0, Q3 0.9 per 100,
 * 28 periods per class and 15 per teacher, retirement ages rising by birth month (NPC 2024: men 60 -> 63
 * from births of 1965-01, women 55 -> 58 from 1970-01, one month per 4 birth months). Transfer rate 0.
 *
 * School A, township T1, 11 classrooms, grades 50 45 40 44 46 45 (270). Intake given 95 (2027), 100 (2028);
 * none for 2029 -> this year's first grade, 50.
 *   2027: 95 50 45 40 44 46 = 320, graduates 45. Classes per grade: 95->3, 50->2, 45->1, 40->1, 44->1, 46->2 = 10.
 *   2028: 100 95 50 45 40 44 = 374, graduates 46. Classes 3+3+2+1+1+1 = 11 (11 rooms: just enough).
 *   2029: 50 100 95 50 45 40 = 380, graduates 44. Classes 2+3+3+2+1+1 = 12 -> 1 classroom short.
 * Teachers of A: 16 women born 1990 (本科, 语文),
 *   T1 man born 1967-03-15 (体育, 本科): months since 1965-01 = 2*12+2 = 26 -> floor(26/4)+1 = 7 -> 60y7m ->
 *     retires 2027-10-15: still teaching on 2027-09-01 (at a fixed 60 he would have left 2027-03-15), gone by 2028,
 *   T2 woman born 1972-10-01 (音乐, 大专, county backbone): months since 1970-01 = 2*12+9 = 33 -> 9 -> 55y9m ->
 *     retires 2028-07-01 -> retires 2028 (at a fixed 55: 2027-10-01, also 2028),
 *   T3 (数学, city backbone) rotating at A from C, term ends 2028-08-31 -> goes home 2028,
 *   T4 on loan (counts nowhere), T5 (美术) of A rotating at C until 2029-09-01 -> back 2029.
 *   2027: present 16+T1+T2+T3 = 19. R: ceil(320/19)=17. T: ceil(10*28/15=18.67)=19 -> need 19, gap 0.
 *         Q1: ceil(3.2*4.2=13.44)=14 vs 19; Q2: ceil(3.2)=4 vs 2 (T2,T3) gap 2; Q3: ceil(2.88)=3 vs 2 (T1,T2) gap 1.
 *   2028: present 16 (T1 and T2 retired, T3 home). R ceil(374/19=19.68)=20; T ceil(308/15=20.53)=21 -> gap 5.
 *         Q1 ceil(15.708)=16 vs 16; Q2 ceil(3.74)=4 vs 0; Q3 ceil(3.366)=4 vs 0.
 *   2029: present 17 (T5 back). R 380/19 = 20; T ceil(336/15=22.4)=23 -> gap 6. Q3 ceil(3.42)=4 vs 1 (T5) gap 3.
 * School C, township T1, classrooms unknown, grades 30 30 28 25 27 20 (160). D, township T1, 2 classrooms,
 * no grades (coarse): 61 students -> cohorts 10 10 10 10 10 11.
 * Township T1 primary intake: 60 (2027), 61 (2028), none for 2029; A has its own, so C and D share it by
 * their first grades 30 : 10. 2027: C 45, D 15. 2028: 45.75 / 15.25 -> 45 / 15, the 1 left to C (larger
 * remainder) -> C 46, D 15. 2029: C its first grade 30, D round(61/6) = 10 (coarse).
 *   C 2027: 45 30 30 28 25 27 = 185, grads 20, classes 6. 2028: 46 45 30 30 28 25 = 204, grads 27, classes 2+5 = 7.
 *       2029: 30 46 45 30 30 28 = 209, grads 25, classes 7.
 *   C teachers: 10 (大专 数学) + T5 until 2029; T3 back from 2028.
 *       2027: 11; R ceil(185/19=9.74)=10, T ceil(168/15=11.2)=12 -> gap 1.
 *       2028: 12; R ceil(204/19=10.74)=11, T ceil(196/15=13.07)=14 -> gap 2.
 *       2029: 11 (T5 home); R 209/19 = 11, T 14 -> gap 3.
 *   D 2027: 15 10 10 10 10 10 = 65, grads 11, classes ceil(65/45) = 2. 2028: 15 15 10 10 10 10 = 70, grads 10, 2.
 *       2029: 10 15 15 10 10 10 = 70, grads 10, 2. Teachers 4: R ceil(65/19)=4, ceil(70/19)=4; T ceil(56/15)=4 -> gap 0.
 * County totals:
 *   2027: students 570, intake 155, grads 76, classes 18; rooms known at A and D: classes 12 vs 13 rooms, short 0;
 *         present 34 (A 19, C 11, D 4), needed 35 (19+12+4), gap 1 (C), retiring 0, leaving 0, on loan 1,
 *         schools short of teachers 1 (C).
 *   2028: 648, 161, 83, classes 20; 13 vs 13, short 0; present 32, needed 39, gap 7, retiring 2, leaving 1, on loan 1.
 *   2029: 659, 90, 79, classes 21; 14 vs 13, short 1 (A); present 32, needed 41, gap 9, retiring 0, leaving 1, on loan 1.
 */
function handMadeCounty() {
  const schools = [
    school('A', { township: 'T1', classrooms: 11 }),
    school('C', { township: 'T1', classrooms: null }),
    school('D', { township: 'T1', classrooms: 2, area: 'RURAL' }),
  ];
  const sections = [section('A', 'PRIMARY', 270, 12), section('C', 'PRIMARY', 160, 6), section('D', 'PRIMARY', 61, 6)];
  const gradesOf = (code: string, counts: number[]): GradeCount[] => counts.map((students, i) => ({ schoolCode: code, level: 'PRIMARY', grade: i + 1, students }));
  const grades = [...gradesOf('A', [50, 45, 40, 44, 46, 45]), ...gradesOf('C', [30, 30, 28, 25, 27, 20])];
  const intake: IntakeForecast[] = [
    { countyCode: '000001', schoolCode: 'A', township: null, level: 'PRIMARY', year: 2027, students: 95 },
    { countyCode: '000001', schoolCode: 'A', township: null, level: 'PRIMARY', year: 2028, students: 100 },
    { countyCode: '000001', schoolCode: null, township: 'T1', level: 'PRIMARY', year: 2027, students: 60 },
    { countyCode: '000001', schoolCode: null, township: 'T1', level: 'PRIMARY', year: 2028, students: 61 },
  ];
  const staff = [
    ...teachers(16, { schoolCode: 'A', birthDate: '1990-01-01' }),
    teacher({ staffNo: 'T1', schoolCode: 'A', gender: 'M', birthDate: '1967-03-15', subject: '体育' }),
    teacher({ staffNo: 'T2', schoolCode: 'A', birthDate: '1972-10-01', subject: '音乐', education: 'ASSOCIATE', backbone: 'COUNTY' }),
    teacher({ staffNo: 'T3', schoolCode: 'A', homeSchoolCode: 'C', rotationEnd: '2028-08-31', subject: '数学', backbone: 'CITY' }),
    teacher({ staffNo: 'T4', schoolCode: 'A', gender: 'M', birthDate: '1980-05-05', status: 'ON_LOAN' }),
    teacher({ staffNo: 'T5', schoolCode: 'C', homeSchoolCode: 'A', rotationEnd: '2029-09-01', gender: 'M', birthDate: '1988-06-01', subject: '美术' }),
    ...teachers(10, { schoolCode: 'C', birthDate: '1990-01-01', education: 'ASSOCIATE', subject: '数学' }),
    ...teachers(4, { schoolCode: 'D', birthDate: '1990-01-01' }),
  ];
  return { schools, sections, teachers: staff, grades, intake };
}

function schoolYears(outlook: RegionOutlook, code: string) {
  const s = outlook.schools.find((x) => x.schoolCode === code);
  if (!s) throw new Error(`no school ${code}`);
  return s;
}

describe('regionOutlook on a hand-made county', () => {
  const outlook = regionOutlook(handMadeCounty(), NATIONAL_STANDARD_SET, { baseYear: 2026, years: 3 });

  it('moves cohorts up, takes the given, township and fallback intakes, and lets graduates go', () => {
    const a = schoolYears(outlook, 'A');
    expect(a.years.map((y) => y.sections[0]?.grades)).toEqual([[95, 50, 45, 40, 44, 46], [100, 95, 50, 45, 40, 44], [50, 100, 95, 50, 45, 40]]);
    expect(a.years.map((y) => y.sections[0]?.intakeSource)).toEqual(['GIVEN', 'GIVEN', 'FIRST_GRADE']);
    expect(a.years.map((y) => y.sections[0]?.graduates)).toEqual([45, 46, 44]);
    const c = schoolYears(outlook, 'C');
    expect(c.years.map((y) => y.sections[0]?.grades)).toEqual([[45, 30, 30, 28, 25, 27], [46, 45, 30, 30, 28, 25], [30, 46, 45, 30, 30, 28]]);
    expect(c.years.map((y) => y.sections[0]?.intakeSource)).toEqual(['TOWNSHIP', 'TOWNSHIP', 'FIRST_GRADE']);
    const d = schoolYears(outlook, 'D');
    expect(d.coarse).toBe(true);
    expect(d.basis[0]?.grades).toEqual([10, 10, 10, 10, 10, 11]);
    expect(d.years.map((y) => [y.students, y.sections[0]?.intake, y.sections[0]?.intakeSource, y.sections[0]?.graduates])).toEqual([
      [65, 15, 'TOWNSHIP', 11], [70, 15, 'TOWNSHIP', 10], [70, 10, 'COARSE', 10],
    ]);
  });

  it('derives classes per grade and the classrooms that run short', () => {
    const a = schoolYears(outlook, 'A');
    expect(a.years.map((y) => [y.students, y.classesNeeded, y.classroomShortfall])).toEqual([[320, 10, 0], [374, 11, 0], [380, 12, 1]]);
    expect(a.firstYearShortOfClassrooms).toBe(2029);
    const c = schoolYears(outlook, 'C');
    expect(c.years.map((y) => [y.students, y.classesNeeded, y.classroomShortfall])).toEqual([[185, 6, null], [204, 7, null], [209, 7, null]]);
    expect(c.firstYearShortOfClassrooms).toBeNull();
    expect(schoolYears(outlook, 'D').years.map((y) => y.classesNeeded)).toEqual([2, 2, 2]);
  });

  it('counts teachers after retirements, rotation terms and loans, against every staffing rule', () => {
    const a = schoolYears(outlook, 'A').years.map((y) => y.sections[0]);
    expect(a.map((s) => [s?.teachersPresent, s?.teachersNeeded, s?.teacherGap, s?.retiring, s?.rotationLeaving, s?.rotationReturning, s?.onLoan])).toEqual([
      [19, 19, 0, 0, 0, 0, 1], [16, 21, 5, 2, 1, 0, 1], [17, 23, 6, 0, 0, 1, 1],
    ]);
    expect(a[0]?.needs).toEqual([
      { indicator: 'Q1', needed: 14, present: 19, gap: 0 },
      { indicator: 'Q2', needed: 4, present: 2, gap: 2 },
      { indicator: 'Q3', needed: 3, present: 2, gap: 1 },
      { indicator: 'R', needed: 17, present: 19, gap: 0 },
      { indicator: 'T', needed: 19, present: 19, gap: 0 },
    ]);
    expect(a[1]?.needs.map((n) => [n.indicator, n.needed, n.present, n.gap])).toEqual([['Q1', 16, 16, 0], ['Q2', 4, 0, 4], ['Q3', 4, 0, 4], ['R', 20, 16, 4], ['T', 21, 16, 5]]);
    expect(a[2]?.needs.map((n) => [n.indicator, n.needed, n.present, n.gap])).toEqual([['Q1', 16, 17, 0], ['Q2', 4, 0, 4], ['Q3', 4, 1, 3], ['R', 20, 17, 3], ['T', 23, 17, 6]]);
    const c = schoolYears(outlook, 'C').years.map((y) => y.sections[0]);
    expect(c.map((s) => [s?.teachersPresent, s?.teachersNeeded, s?.teacherGap, s?.rotationLeaving, s?.rotationReturning])).toEqual([[11, 12, 1, 0, 0], [12, 14, 2, 0, 1], [11, 14, 3, 1, 0]]);
    const d = schoolYears(outlook, 'D');
    expect(d.years.map((y) => [y.teachersPresent, y.teachersNeeded, y.teacherGap])).toEqual([[4, 4, 0], [4, 4, 0], [4, 4, 0]]);
    expect(d.firstYearShortOfTeachers).toBeNull();
    expect(schoolYears(outlook, 'A').firstYearShortOfTeachers).toBe(2028);
  });

  it('counts the hires of an applied plan not yet on the roster (earmarked posts) as present from the next year', () => {
    // A plan applied for A: 2 hires, one 体育 本科 (PE_ARTS, qualified), one core 高中 (not qualified: primary needs 大专).
    // 2027: present 19 + 2 = 21, Q1 19 + 1 = 20, Q3 2 + 1 = 3 (gap 0, was 1). 2028: 16 + 2 = 18 -> T gap 21 - 18 = 3.
    const data = { ...handMadeCounty(), expectedHires: [
      { schoolCode: 'A', level: 'PRIMARY' as const, subjectGroup: 'PE_ARTS' as const, education: 'BACHELOR' as const, count: 1 },
      { schoolCode: 'A', level: 'PRIMARY' as const, subjectGroup: 'CORE' as const, education: 'HIGH_SCHOOL' as const, count: 1 },
    ] };
    const a = schoolYears(regionOutlook(data, NATIONAL_STANDARD_SET, { baseYear: 2026, years: 3 }), 'A').years.map((y) => y.sections[0]);
    expect(a.map((s) => [s?.teachersPresent, s?.hiresExpected, s?.teacherGap])).toEqual([[21, 2, 0], [18, 2, 3], [19, 2, 4]]);
    expect(a[0]?.needs.map((n) => [n.indicator, n.present, n.gap])).toEqual([['Q1', 20, 0], ['Q2', 2, 2], ['Q3', 3, 0], ['R', 21, 0], ['T', 21, 0]]);
    // Without them (the hand-made county as it is) nothing is expected.
    expect(schoolYears(outlook, 'A').years.map((y) => y.sections[0]?.hiresExpected)).toEqual([0, 0, 0]);
  });

  it('under the fixed ages of a set stored before 2025, T1 retires at 60 in 2027 and A is short a year earlier', () => {
    // T1 born 1967-03-15 is 60 on 2027-03-15 -> retired by 2027-09-01. A 2027: present 16+T2+T3 = 18, needed 19
    // (T: ceil(280/15)), gap 1; Q3 3 vs 1 (T2 only) gap 2; retiring 1 (T1). 2028: T2 (55 on 2027-10-01) retires,
    // T3 home -> 16, retiring 1. County 2027: present 33, gap 2 (A 1, C 1), 2 schools short.
    const flat = applyStandardOverrides(NATIONAL_STANDARD_SET, { rotation: { retirementAge: { M: 60, F: 55 } } });
    const old = regionOutlook(handMadeCounty(), flat, { baseYear: 2026, years: 3 });
    const a = schoolYears(old, 'A');
    expect(a.years.map((y) => [y.sections[0]?.teachersPresent, y.sections[0]?.teacherGap, y.sections[0]?.retiring])).toEqual([[18, 1, 1], [16, 5, 1], [17, 6, 0]]);
    expect(a.years[0]?.sections[0]?.needs.find((n) => n.indicator === 'Q3')).toEqual({ indicator: 'Q3', needed: 3, present: 1, gap: 2 });
    expect(a.firstYearShortOfTeachers).toBe(2027);
    expect(old.totals.map((t) => [t.teachersPresent, t.teacherGap, t.retiring, t.schoolsShortOfTeachers])).toEqual([[33, 2, 1, 2], [32, 7, 1, 2], [32, 9, 0, 2]]);
    expect(old.basis.retirementRule).toBe('男：60周岁（不延迟）；女：55周岁（不延迟）');
  });

  it('adds up the county by year and says where every figure came from', () => {
    expect(outlook.years).toEqual([2027, 2028, 2029]);
    expect(outlook.totals.map((t) => [t.year, t.students, t.intake, t.graduates, t.classesNeeded, t.classesNeededWhereRoomsKnown, t.classroomsAvailable, t.classroomShortfall])).toEqual([
      [2027, 570, 155, 76, 18, 12, 13, 0], [2028, 648, 161, 83, 20, 13, 13, 0], [2029, 659, 90, 79, 21, 14, 13, 1],
    ]);
    expect(outlook.totals.map((t) => [t.teachersPresent, t.teachersNeeded, t.teacherGap, t.retiring, t.rotationLeaving, t.onLoan, t.schoolsShortOfClassrooms, t.schoolsShortOfTeachers])).toEqual([
      [34, 35, 1, 0, 0, 1, 0, 1], [32, 39, 7, 2, 1, 1, 0, 2], [32, 41, 9, 0, 1, 1, 1, 2],
    ]);
    expect(outlook.coarse).toBe(true);
    expect(outlook.basis).toMatchObject({
      referenceDates: ['2027-09-01', '2028-09-01', '2029-09-01'], transferRate: 0,
      retirement: { M: { baseAge: 60, maxAge: 63, fromBirth: '1965-01', monthsPerStep: 4 }, F: { baseAge: 55, maxAge: 58, fromBirth: '1970-01', monthsPerStep: 4 } },
      sectionsWithGrades: 2, coarseSections: 1, intakeSources: { GIVEN: 2, TOWNSHIP: 4, FIRST_GRADE: 2, COARSE: 1 },
    });
  });

  it('keeps to one level when asked, and refuses more than five years', () => {
    const junior = regionOutlook(handMadeCounty(), NATIONAL_STANDARD_SET, { baseYear: 2026, years: 3, level: 'JUNIOR' });
    expect(junior.schools).toEqual([]);
    expect(() => regionOutlook(handMadeCounty(), NATIONAL_STANDARD_SET, { baseYear: 2026, years: 6 })).toThrow(OutlookOptionError);
    expect(() => regionOutlook(handMadeCounty(), NATIONAL_STANDARD_SET, { baseYear: 2026, years: 0 })).toThrow(/1 到 5/);
  });
});

describe('forecastSectionEnrolment', () => {
  it('applies the transfer rate to each cohort moving up, rounded to whole students', () => {
    // Junior 100 80 60, rate -0.1, intake given 90 for 2027 only.
    // 2027: 90, round(100*0.9)=90, round(80*0.9)=72 -> 252, graduates 60.
    // 2028: this year's first grade 100 (no forecast), round(90*0.9)=81, round(90*0.9)=81 -> 262, graduates 72.
    const f = forecastSectionEnrolment({
      section: { schoolCode: 'J', level: 'JUNIOR', students: 240 },
      grades: [{ grade: 7, students: 100 }, { grade: 8, students: 80 }, { grade: 9, students: 60 }],
      baseYear: 2026, years: 2, transferRate: -0.1,
      intakeFor: (year) => (year === 2027 ? { students: 90, source: 'GIVEN' } : null),
    });
    expect(f.years.map((y) => [y.grades, y.students, y.graduates, y.intakeSource])).toEqual([
      [[90, 90, 72], 252, 60, 'GIVEN'], [[100, 81, 81], 262, 72, 'FIRST_GRADE'],
    ]);
  });
});

describe('compareShortFirst', () => {
  it('puts the soonest short first, then the larger last-year shortage, then the code; never-short last', () => {
    const outlook = regionOutlook(handMadeCounty(), NATIONAL_STANDARD_SET, { baseYear: 2026, years: 3 });
    // C is short of teachers from 2027, A from 2028 (T1 teaches until 2027-10-15), D never.
    expect([...outlook.schools].reverse().sort(compareShortFirst).map((s) => s.schoolCode)).toEqual(['C', 'A', 'D']);
    // Under fixed ages A and C are both short from 2027; A's last-year shortage (1 room + 6 teachers) beats C's (3).
    const flat = applyStandardOverrides(NATIONAL_STANDARD_SET, { rotation: { retirementAge: { M: 60, F: 55 } } });
    const old = regionOutlook(handMadeCounty(), flat, { baseYear: 2026, years: 3 });
    expect([...old.schools].reverse().sort(compareShortFirst).map((s) => s.schoolCode)).toEqual(['A', 'C', 'D']);
  });
});
