import { describe, expect, it } from 'vitest';
import {
  checkSection,
  computeIndicatorValues,
  countSectionStaff,
  sixOfSevenVerdict,
  valueOf,
  type Check,
  type IndicatorCode,
  type SectionInput,
  type SectionStaffCounts,
} from './indicators';
import { isQualifiedFor, subjectGroupOf } from './qualification';
import { NATIONAL_STANDARD_SET } from './standard-set';
import { teacher, teachers } from './test-support/fixtures';
import type { Facilities } from './types';

const PRIMARY = NATIONAL_STANDARD_SET.levels.PRIMARY;
const JUNIOR = NATIONAL_STANDARD_SET.levels.JUNIOR;
const SENIOR = NATIONAL_STANDARD_SET.levels.SENIOR;
const RULE = NATIONAL_STANDARD_SET.sixOfSeven;

/** Facilities that meet every primary threshold exactly for 1,000 students. */
const PRIMARY_EXACT_1000: Facilities = {
  floorAreaM2: 4500, // 4500 / 1000 = 4.5
  sportsAreaM2: 7500, // 7500 / 1000 = 7.5
  equipmentYuan: 2_000_000, // 2,000,000 / 1000 = 2000
  multimediaRooms: 23, // 23 * 100 / 1000 = 2.3
};

const NO_FAC: Facilities = { floorAreaM2: 0, sportsAreaM2: 0, equipmentYuan: 0, multimediaRooms: 0 };

function input(students: number, classes: number, staff: Partial<SectionStaffCounts>, facilities: Facilities = PRIMARY_EXACT_1000, schoolStudents = students, classes56Plus = 0): SectionInput {
  return {
    section: { students, classes, classes56Plus },
    staff: { teachers: 0, qualified: 0, backbone: 0, peArts: 0, ...staff },
    facilities,
    schoolStudents,
  };
}

function byCode(checks: readonly Check[]): Record<string, Check> {
  return Object.fromEntries(checks.map((c) => [c.indicator, c]));
}

describe('who counts and as what', () => {
  it('ON_LOAN teachers count nowhere, LEAVE teachers count', () => {
    const list = [
      teacher({ status: 'ACTIVE', education: 'ASSOCIATE', backbone: 'COUNTY', subject: '体育' }),
      teacher({ status: 'LEAVE', education: 'BACHELOR', backbone: 'PROVINCE', subject: '音乐' }),
      teacher({ status: 'ON_LOAN', education: 'MASTER', backbone: 'CITY', subject: '美术' }),
    ];
    // counted: the ACTIVE and the LEAVE teacher = 2, both qualified for primary (>= associate),
    // both backbone, both PE/arts. The ON_LOAN one adds nothing.
    expect(countSectionStaff(list, PRIMARY)).toEqual({ teachers: 2, qualified: 2, backbone: 2, peArts: 2 });
  });

  it('qualified means associate for primary, bachelor for junior and senior', () => {
    const list = [
      teacher({ education: 'SECONDARY_VOCATIONAL' }),
      teacher({ education: 'ASSOCIATE' }),
      teacher({ education: 'BACHELOR' }),
      teacher({ education: 'MASTER' }),
    ];
    // primary: associate, bachelor, master = 3 ; junior: bachelor, master = 2 ; senior: 2
    expect(countSectionStaff(list, PRIMARY).qualified).toBe(3);
    expect(countSectionStaff(list, JUNIOR).qualified).toBe(2);
    expect(countSectionStaff(list, SENIOR).qualified).toBe(2);
    expect(isQualifiedFor('ASSOCIATE', PRIMARY)).toBe(true);
    expect(isQualifiedFor('ASSOCIATE', JUNIOR)).toBe(false);
  });

  it('PE and arts are 体育, 音乐, 美术; core is 语文, 数学, 英语', () => {
    expect(['体育', '音乐', '美术', ' 美术 '].map(subjectGroupOf)).toEqual(['PE_ARTS', 'PE_ARTS', 'PE_ARTS', 'PE_ARTS']);
    expect(['语文', '数学', '英语'].map(subjectGroupOf)).toEqual(['CORE', 'CORE', 'CORE']);
    expect(['科学', '物理', '信息技术'].map(subjectGroupOf)).toEqual(['OTHER', 'OTHER', 'OTHER']);
  });

  it('backbone means county level or higher', () => {
    const list = [teacher({ backbone: 'NONE' }), teacher({ backbone: 'COUNTY' }), teacher({ backbone: 'CITY' }), teacher({ backbone: 'PROVINCE' })];
    // COUNTY, CITY, PROVINCE = 3
    expect(countSectionStaff(list, PRIMARY).backbone).toBe(3);
  });
});

describe('Q1-Q3 compared exactly, with the gap in teachers', () => {
  it('Q1 primary: 42 qualified for 1,000 students passes (4.2), 41 fails with a gap of 1', () => {
    // 42 * 100 / 1000 = 4.2 >= 4.2
    const pass = byCode(checkSection(input(1000, 25, { teachers: 60, qualified: 42, backbone: 10, peArts: 9 }), PRIMARY));
    expect(pass.Q1).toEqual({ indicator: 'Q1', value: 4.2, threshold: 4.2, passes: true, gapTeachers: 0 });
    // 41 * 100 / 1000 = 4.1 < 4.2 ; smallest n with (41 + n) * 100 >= 4.2 * 1000 = 4200 is n = 1
    const fail = byCode(checkSection(input(1000, 25, { teachers: 60, qualified: 41, backbone: 10, peArts: 9 }), PRIMARY));
    expect(fail.Q1).toEqual({ indicator: 'Q1', value: 4.1, threshold: 4.2, passes: false, gapTeachers: 1 });
  });

  it('Q3: 9 PE/arts teachers for 1,000 students is exactly 0.9 and passes; 8 fails by 1', () => {
    // 9 * 100 / 1000 = 0.9 (while 9 / 1000 * 100 = 0.8999999999999999 in floats)
    const pass = byCode(checkSection(input(1000, 25, { teachers: 60, qualified: 42, backbone: 10, peArts: 9 }), PRIMARY));
    expect(pass.Q3!.passes).toBe(true);
    expect(pass.Q3!.gapTeachers).toBe(0);
    // 8 -> 0.8 < 0.9 ; (8 + 1) * 100 = 900 >= 0.9 * 1000 = 900 -> gap 1
    const fail = byCode(checkSection(input(1000, 25, { teachers: 60, qualified: 42, backbone: 10, peArts: 8 }), PRIMARY));
    expect(fail.Q3!.passes).toBe(false);
    expect(fail.Q3!.gapTeachers).toBe(1);
  });

  it('Q2 and Q1 junior gaps follow the formula (count + n) * 100 >= threshold * students', () => {
    // junior, 950 students, 48 qualified: 5.3 * 950 = 5035 ; (48 + n) * 100 >= 5035 -> n >= 2.35 -> 3
    // backbone 7: 1.0 * 950 = 950 ; (7 + n) * 100 >= 950 -> n >= 2.5 -> 3
    // PE/arts 0: 0.9 * 950 = 855 ; n * 100 >= 855 -> 9
    const c = byCode(checkSection(input(950, 20, { teachers: 80, qualified: 48, backbone: 7, peArts: 0 }, NO_FAC), JUNIOR));
    expect(c.Q1!.gapTeachers).toBe(3);
    expect(c.Q2!.gapTeachers).toBe(3);
    expect(c.Q3!.gapTeachers).toBe(9);
    expect(c.Q1!.value).toBeCloseTo(48 * 100 / 950, 12);
  });
});

describe('R: students per teacher', () => {
  it('primary: 19 students per teacher exactly passes', () => {
    // 380 / 20 = 19 <= 19
    const r = byCode(checkSection(input(380, 10, { teachers: 20 }), PRIMARY)).R!;
    expect(r).toEqual({ indicator: 'R', value: 19, threshold: 19, passes: true, gapTeachers: 0 });
  });

  it('primary: 1,000 students and 50 teachers is 20, three teachers short', () => {
    // 1000 / 50 = 20 > 19 ; smallest n with 1000 / (50 + n) <= 19: 1000/52 = 19.23, 1000/53 = 18.87 -> 3
    const r = byCode(checkSection(input(1000, 25, { teachers: 50 }), PRIMARY)).R!;
    expect(r.value).toBe(20);
    expect(r.passes).toBe(false);
    expect(r.gapTeachers).toBe(3);
  });

  it('junior: 13.5 exactly passes (135 / 10), 136 / 10 = 13.6 fails by 1', () => {
    expect(byCode(checkSection(input(135, 3, { teachers: 10 }), JUNIOR)).R).toMatchObject({ value: 13.5, passes: true, gapTeachers: 0 });
    // 136 / 11 = 12.36 <= 13.5 -> gap 1
    expect(byCode(checkSection(input(136, 3, { teachers: 10 }), JUNIOR)).R).toMatchObject({ value: 13.6, passes: false, gapTeachers: 1 });
  });

  it('senior: 12.5', () => {
    // 250 / 20 = 12.5 passes ; 251 / 20 = 12.55 fails, ceil(251 / 12.5) = ceil(20.08) = 21 -> gap 1
    expect(byCode(checkSection(input(250, 5, { teachers: 20 }), SENIOR)).R).toMatchObject({ passes: true, gapTeachers: 0 });
    expect(byCode(checkSection(input(251, 5, { teachers: 20 }), SENIOR)).R).toMatchObject({ passes: false, gapTeachers: 1 });
  });

  it('students and no teachers: fails, value null, gap = ceil(students / ratio)', () => {
    // 12 students / 19 -> 1 teacher needed
    expect(byCode(checkSection(input(12, 1, { teachers: 0 }), PRIMARY)).R).toEqual({ indicator: 'R', value: null, threshold: 19, passes: false, gapTeachers: 1 });
  });
});

describe('C and B: class sizes', () => {
  it('average class size at the threshold passes, above fails', () => {
    // primary: 900 / 20 = 45 passes ; 901 / 20 = 45.05 fails
    expect(byCode(checkSection(input(900, 20, {}), PRIMARY)).C).toMatchObject({ value: 45, passes: true, gapTeachers: null });
    expect(byCode(checkSection(input(901, 20, {}), PRIMARY)).C).toMatchObject({ value: 45.05, passes: false });
    // junior: 1000 / 20 = 50 passes
    expect(byCode(checkSection(input(1000, 20, {}), JUNIOR)).C!.passes).toBe(true);
  });

  it('a section with students but no classes fails C', () => {
    expect(byCode(checkSection(input(30, 0, { teachers: 2 }), PRIMARY)).C).toEqual({ indicator: 'C', value: null, threshold: 45, passes: false, gapTeachers: null });
  });

  it('B: any class of 56 or more fails', () => {
    expect(byCode(checkSection(input(900, 20, {}, PRIMARY_EXACT_1000, 900, 0), PRIMARY)).B).toMatchObject({ value: 0, threshold: 0, passes: true });
    expect(byCode(checkSection(input(900, 20, {}, PRIMARY_EXACT_1000, 900, 2), PRIMARY)).B).toMatchObject({ value: 2, threshold: 0, passes: false, gapTeachers: null });
  });
});

describe('special sections', () => {
  it('a section with 0 students passes every per-student check', () => {
    const checks = checkSection(input(0, 0, {}, NO_FAC, 0), PRIMARY);
    // Q1 Q2 Q3 R C B F1 F2 F3 F4, all passing, no gaps
    expect(checks.map((c) => c.indicator)).toEqual(['Q1', 'Q2', 'Q3', 'R', 'C', 'B', 'F1', 'F2', 'F3', 'F4']);
    expect(checks.every((c) => c.passes)).toBe(true);
    expect(checks.filter((c) => c.gapTeachers !== null).every((c) => c.gapTeachers === 0)).toBe(true);
    expect(computeIndicatorValues(input(0, 0, {}, NO_FAC, 0)).qualifiedPer100).toBeNull();
  });

  it('a section with 0 students in a school with students still passes its facility checks', () => {
    // the junior section of a nine-year school that has no junior students yet
    const checks = checkSection(input(0, 0, {}, NO_FAC, 500), JUNIOR);
    expect(checks.every((c) => c.passes)).toBe(true);
  });

  it('a teaching point with 12 students, one class and one associate-degree teacher', () => {
    // 1 teacher, qualified for primary (associate), not backbone, not PE/arts
    const staff = countSectionStaff([teacher({ education: 'ASSOCIATE', subject: '语文' })], PRIMARY);
    expect(staff).toEqual({ teachers: 1, qualified: 1, backbone: 0, peArts: 0 });
    const fac: Facilities = { floorAreaM2: 120, sportsAreaM2: 300, equipmentYuan: 30_000, multimediaRooms: 1 };
    const c = byCode(checkSection({ section: { students: 12, classes: 1, classes56Plus: 0 }, staff, facilities: fac, schoolStudents: 12 }, PRIMARY));
    // Q1: 1 * 100 / 12 = 8.33 >= 4.2 passes
    expect(c.Q1).toMatchObject({ passes: true, gapTeachers: 0 });
    expect(c.Q1!.value).toBeCloseTo(100 / 12, 12);
    // Q2: 0 < 1.0 ; n * 100 >= 1.0 * 12 -> n = 1
    expect(c.Q2).toMatchObject({ value: 0, passes: false, gapTeachers: 1 });
    // Q3: 0 < 0.9 ; n * 100 >= 0.9 * 12 = 10.8 -> n = 1
    expect(c.Q3).toMatchObject({ value: 0, passes: false, gapTeachers: 1 });
    // R: 12 / 1 = 12 <= 19
    expect(c.R).toMatchObject({ value: 12, passes: true, gapTeachers: 0 });
    // C: 12 / 1 = 12 <= 45
    expect(c.C).toMatchObject({ value: 12, passes: true });
    // F1: 120 / 12 = 10 >= 4.5 ; F2: 300 / 12 = 25 >= 7.5 ; F3: 30000 / 12 = 2500 >= 2000
    expect([c.F1!.value, c.F2!.value, c.F3!.value]).toEqual([10, 25, 2500]);
    expect([c.F1!.passes, c.F2!.passes, c.F3!.passes]).toEqual([true, true, true]);
    // F4: 1 * 100 / 12 = 8.33 >= 2.3
    expect(c.F4!.passes).toBe(true);
  });

  it('senior sections are judged on R, C and B only', () => {
    const checks = checkSection(input(500, 10, { teachers: 40 }), SENIOR);
    expect(checks.map((c) => c.indicator)).toEqual(['R', 'C', 'B']);
  });
});

describe('indicator values', () => {
  it('per-100 and per-student values, facilities over the whole school', () => {
    // section 300 of a 1,000-student school: Q1 = 15 * 100 / 300 = 5 ; R = 300 / 20 = 15 ;
    // C = 300 / 6 = 50 ; F1 = 4500 / 1000 = 4.5 ; F4 = 23 * 100 / 1000 = 2.3
    const v = computeIndicatorValues(input(300, 6, { teachers: 20, qualified: 15, backbone: 3, peArts: 2 }, PRIMARY_EXACT_1000, 1000));
    expect(v).toEqual({
      qualifiedPer100: 5,
      backbonePer100: 1,
      peArtsPer100: 2 * 100 / 300,
      studentsPerTeacher: 15,
      avgClassSize: 50,
      floorAreaPerStudent: 4.5,
      sportsAreaPerStudent: 7.5,
      equipmentPerStudent: 2000,
      multimediaPer100: 2.3,
    });
    expect(valueOf(v, 'Q1')).toBe(5);
    expect(valueOf(v, 'F4')).toBe(2.3);
    expect(valueOf(v, 'B')).toBeNull();
  });
});

describe('the six-of-seven verdict, compared exactly', () => {
  const fullStaff = { teachers: 60, qualified: 42, backbone: 10, peArts: 9 };
  function verdict(i: SectionInput, standards = PRIMARY) {
    return sixOfSevenVerdict(i, checkSection(i, standards), RULE);
  }

  it('all seven pass exactly at their thresholds: meets', () => {
    // Q1 4.2, Q2 1.0, Q3 0.9, F1 4.5, F2 7.5, F3 2000, F4 2.3: all exactly on the line
    expect(verdict(input(1000, 25, fullStaff))).toEqual({ meets: true, passing: 7, failing: [] });
  });

  it('one failing at exactly 85% of its threshold meets', () => {
    // F1: 3825 / 1000 = 3.825 = 0.85 * 4.5
    const i = input(1000, 25, fullStaff, { ...PRIMARY_EXACT_1000, floorAreaM2: 3825 });
    expect(verdict(i)).toEqual({ meets: true, passing: 6, failing: ['F1'] });
  });

  it('one failing at 84% does not meet', () => {
    // F1: 3780 / 1000 = 3.78 = 0.84 * 4.5 < 3.825
    const i = input(1000, 25, fullStaff, { ...PRIMARY_EXACT_1000, floorAreaM2: 3780 });
    expect(verdict(i)).toEqual({ meets: false, passing: 6, failing: ['F1'] });
  });

  it('a staff indicator at exactly 85% meets (Q1: 357 for 10,000 = 3.57 = 0.85 * 4.2)', () => {
    // everything else scaled to 10,000 students, exactly at threshold: backbone 100 -> 1.0,
    // PE/arts 90 -> 0.9, floor 45,000 -> 4.5, sports 75,000 -> 7.5, equipment 20,000,000 -> 2000, 230 rooms -> 2.3
    const fac: Facilities = { floorAreaM2: 45_000, sportsAreaM2: 75_000, equipmentYuan: 20_000_000, multimediaRooms: 230 };
    expect(verdict(input(10_000, 250, { teachers: 600, qualified: 357, backbone: 100, peArts: 90 }, fac))).toEqual({ meets: true, passing: 6, failing: ['Q1'] });
    // 356 -> 3.56 < 3.57
    expect(verdict(input(10_000, 250, { teachers: 600, qualified: 356, backbone: 100, peArts: 90 }, fac)).meets).toBe(false);
  });

  it('two failing does not meet, even when both are above 85%', () => {
    // F1 4499 / 1000 = 4.499 (99.98%), F2 7499 / 1000 = 7.499 (99.99%)
    const i = input(1000, 25, fullStaff, { ...PRIMARY_EXACT_1000, floorAreaM2: 4499, sportsAreaM2: 7499 });
    expect(verdict(i)).toEqual({ meets: false, passing: 5, failing: ['F1', 'F2'] });
  });

  it('R, C and B do not enter the verdict', () => {
    // 1000 students, 10 teachers (R = 100), 10 classes (C = 100), 3 classes of 56+
    const i = input(1000, 10, { ...fullStaff, teachers: 10 }, PRIMARY_EXACT_1000, 1000, 3);
    expect(verdict(i)).toEqual({ meets: true, passing: 7, failing: [] });
  });

  it('junior thresholds: Q3 at 0.8 per 100 is 88.9% of 0.9 and meets', () => {
    // junior 1000: Q1 53 -> 5.3, Q2 10 -> 1.0, Q3 8 -> 0.8 ; 0.8 / 0.9 = 88.9% >= 85%
    // facilities: 5800 -> 5.8, 10200 -> 10.2, 2,500,000 -> 2500, 24 -> 2.4
    const fac: Facilities = { floorAreaM2: 5800, sportsAreaM2: 10_200, equipmentYuan: 2_500_000, multimediaRooms: 24 };
    const i = input(1000, 20, { teachers: 80, qualified: 53, backbone: 10, peArts: 8 }, fac);
    expect(verdict(i, JUNIOR)).toEqual({ meets: true, passing: 6, failing: ['Q3'] });
  });

  it('senior sections are not judged', () => {
    const i = input(1000, 20, fullStaff);
    expect(verdict(i, SENIOR).meets).toBeNull();
  });

  it('a section with 0 students meets (every check passes)', () => {
    expect(verdict(input(0, 0, {}, NO_FAC, 0)).meets).toBe(true);
  });

  it('checks of a section whose teachers are built one by one', () => {
    // 1000 primary students: 42 qualified (bachelor) non-PE, 9 PE/arts with secondary vocational
    // education (not qualified), 10 of the 42 are backbone, plus 5 ON_LOAN masters who count nowhere.
    const list = [
      ...teachers(10, { education: 'BACHELOR', backbone: 'COUNTY' }),
      ...teachers(32, { education: 'BACHELOR' }),
      ...teachers(9, { education: 'SECONDARY_VOCATIONAL', subject: '体育' }),
      ...teachers(5, { education: 'MASTER', backbone: 'PROVINCE', subject: '音乐', status: 'ON_LOAN' }),
    ];
    const staff = countSectionStaff(list, PRIMARY);
    // teachers 10 + 32 + 9 = 51 ; qualified 42 ; backbone 10 ; PE/arts 9
    expect(staff).toEqual({ teachers: 51, qualified: 42, backbone: 10, peArts: 9 });
    const checks = checkSection({ section: { students: 1000, classes: 25, classes56Plus: 0 }, staff, facilities: PRIMARY_EXACT_1000, schoolStudents: 1000 }, PRIMARY);
    const codes: IndicatorCode[] = checks.filter((c) => !c.passes).map((c) => c.indicator);
    // R: 1000 / 51 = 19.6 > 19 -> the only failure ; gap: ceil(1000 / 19) = 53 -> 2
    expect(codes).toEqual(['R']);
    expect(byCode(checks).R!.gapTeachers).toBe(2);
  });
});
