import { describe, expect, it } from 'vitest';
import type { IndicatorBalance } from './balance';
import type { Check } from './indicators';
import {
  evaluateRegion,
  evaluateSection,
  levelsOfKind,
  onLoanTeachersBySchool,
  sixOfSevenSummary,
  studentsBySchool,
  type SectionEvaluation,
} from './region-evaluation';
import { NATIONAL_STANDARD_SET } from './standard-set';
import { school, section, teachers } from './test-support/fixtures';
import type { Level } from './types';

/*
 * A hand-made small county: four schools, six sections, 39 teacher rows (38 who count).
 *
 *   A  城关小学     PRIMARY            URBAN  primary 200 students,  5 classes
 *   B  镇九年制学校 NINE_YEAR          TOWN   primary 150 / 5 classes, junior 90 / 2 classes (school: 240)
 *   C  村教学点     TEACHING_POINT     RURAL  primary  12 students,  2 classes (weak)
 *   D  镇中学       COMPLETE_SECONDARY TOWN   junior 150 / 3 classes (one of 56+), senior 0 / 0
 *
 * Facilities (whole school):       floor m²  sports m²  equipment yuan  multimedia rooms
 *   A (200 students)                1000      1400        400,000        5
 *   B (240 students)                1200      2520        600,000        6
 *   C ( 12 students)                 100       200         30,000        1
 *   D (150 students)                 870      1530        375,000        4
 */
const SCHOOLS = [
  school('A', { kind: 'PRIMARY', area: 'URBAN', facilities: { floorAreaM2: 1000, sportsAreaM2: 1400, equipmentYuan: 400_000, multimediaRooms: 5 } }),
  school('B', { kind: 'NINE_YEAR', area: 'TOWN', facilities: { floorAreaM2: 1200, sportsAreaM2: 2520, equipmentYuan: 600_000, multimediaRooms: 6 } }),
  school('C', { kind: 'TEACHING_POINT', area: 'RURAL', weak: true, facilities: { floorAreaM2: 100, sportsAreaM2: 200, equipmentYuan: 30_000, multimediaRooms: 1 } }),
  school('D', { kind: 'COMPLETE_SECONDARY', area: 'TOWN', facilities: { floorAreaM2: 870, sportsAreaM2: 1530, equipmentYuan: 375_000, multimediaRooms: 4 } }),
];

const SECTIONS = [
  section('A', 'PRIMARY', 200, 5),
  section('B', 'PRIMARY', 150, 5),
  section('B', 'JUNIOR', 90, 2),
  section('C', 'PRIMARY', 12, 2),
  section('D', 'JUNIOR', 150, 3, 1),
  section('D', 'SENIOR', 0, 0),
];

const P = { schoolCode: 'A', level: 'PRIMARY' as Level };
const TEACHERS = [
  // A primary: counted 10 (one on LEAVE counts); qualified (>= associate) 9; backbone 2; PE/arts 2 (体育, 美术)
  ...teachers(2, { ...P, education: 'BACHELOR', backbone: 'COUNTY', subject: '语文' }),
  ...teachers(1, { ...P, education: 'ASSOCIATE', subject: '体育' }),
  ...teachers(1, { ...P, education: 'SECONDARY_VOCATIONAL', subject: '美术' }),
  ...teachers(5, { ...P, education: 'ASSOCIATE', subject: '数学' }),
  ...teachers(1, { ...P, education: 'BACHELOR', subject: '英语', status: 'LEAVE' }),
  // ON_LOAN: a provincial backbone music master counts nowhere
  ...teachers(1, { ...P, education: 'MASTER', backbone: 'PROVINCE', subject: '音乐', status: 'ON_LOAN' }),

  // B primary: counted 8; qualified 1 + 1 + 4 = 6; backbone 1; PE/arts 1
  ...teachers(1, { schoolCode: 'B', level: 'PRIMARY', education: 'ASSOCIATE', backbone: 'COUNTY', subject: '语文' }),
  ...teachers(1, { schoolCode: 'B', level: 'PRIMARY', education: 'ASSOCIATE', subject: '体育' }),
  ...teachers(4, { schoolCode: 'B', level: 'PRIMARY', education: 'ASSOCIATE', subject: '数学' }),
  ...teachers(2, { schoolCode: 'B', level: 'PRIMARY', education: 'SECONDARY_VOCATIONAL', subject: '科学' }),
  // B junior: counted 7; qualified (>= bachelor) 1 + 1 + 3 = 5 (associates do not qualify for junior); backbone 1; PE/arts 1
  ...teachers(1, { schoolCode: 'B', level: 'JUNIOR', education: 'BACHELOR', backbone: 'CITY', subject: '数学' }),
  ...teachers(1, { schoolCode: 'B', level: 'JUNIOR', education: 'BACHELOR', subject: '音乐' }),
  ...teachers(3, { schoolCode: 'B', level: 'JUNIOR', education: 'BACHELOR', subject: '语文' }),
  ...teachers(2, { schoolCode: 'B', level: 'JUNIOR', education: 'ASSOCIATE', subject: '物理' }),

  // C primary: counted 2; qualified 1; backbone 0; PE/arts 0
  ...teachers(1, { schoolCode: 'C', level: 'PRIMARY', education: 'ASSOCIATE', subject: '语文' }),
  ...teachers(1, { schoolCode: 'C', level: 'PRIMARY', education: 'SECONDARY_VOCATIONAL', subject: '数学' }),

  // D junior: counted 11 (a backbone on LEAVE counts); qualified 1 + 1 + 6 = 8; backbone 2; PE/arts 0
  ...teachers(1, { schoolCode: 'D', level: 'JUNIOR', education: 'BACHELOR', backbone: 'PROVINCE', subject: '语文' }),
  ...teachers(1, { schoolCode: 'D', level: 'JUNIOR', education: 'BACHELOR', backbone: 'COUNTY', subject: '数学', status: 'LEAVE' }),
  ...teachers(6, { schoolCode: 'D', level: 'JUNIOR', education: 'BACHELOR', subject: '物理' }),
  ...teachers(3, { schoolCode: 'D', level: 'JUNIOR', education: 'ASSOCIATE', subject: '英语' }),
];

const RESULT = evaluateRegion({ schools: SCHOOLS, sections: SECTIONS, teachers: TEACHERS }, NATIONAL_STANDARD_SET);

function sectionOf(code: string, level: Level): SectionEvaluation {
  const s = RESULT.sections.find((x) => x.schoolCode === code && x.level === level);
  if (!s) throw new Error(`no section ${code}:${level}`);
  return s;
}

/** [indicator, passes, gapTeachers] of every check, in order. */
function verdicts(checks: readonly Check[]): Array<[string, boolean, number | null]> {
  return checks.map((c) => [c.indicator, c.passes, c.gapTeachers]);
}

function balanceOf(level: Level, indicator: string): IndicatorBalance {
  const b = RESULT.balance.find((x) => x.level === level && x.indicator === indicator);
  if (!b) throw new Error(`no balance ${level} ${indicator}`);
  return b;
}

describe('a hand-made small county', () => {
  it('has the rows it says', () => {
    expect(TEACHERS).toHaveLength(39);
    expect(RESULT.sections.map((s) => `${s.schoolCode}:${s.level}`)).toEqual(['A:PRIMARY', 'B:PRIMARY', 'B:JUNIOR', 'C:PRIMARY', 'D:JUNIOR', 'D:SENIOR']);
    // students by school: A 200, B 150 + 90 = 240, C 12, D 150 + 0 = 150
    expect(Object.fromEntries(studentsBySchool(SECTIONS))).toEqual({ A: 200, B: 240, C: 12, D: 150 });
  });

  it('counts staff: ON_LOAN nowhere, LEAVE counted, qualified by level', () => {
    expect(sectionOf('A', 'PRIMARY').staff).toEqual({ teachers: 10, qualified: 9, backbone: 2, peArts: 2 });
    expect(sectionOf('B', 'PRIMARY').staff).toEqual({ teachers: 8, qualified: 6, backbone: 1, peArts: 1 });
    expect(sectionOf('B', 'JUNIOR').staff).toEqual({ teachers: 7, qualified: 5, backbone: 1, peArts: 1 });
    expect(sectionOf('C', 'PRIMARY').staff).toEqual({ teachers: 2, qualified: 1, backbone: 0, peArts: 0 });
    expect(sectionOf('D', 'JUNIOR').staff).toEqual({ teachers: 11, qualified: 8, backbone: 2, peArts: 0 });
    expect(sectionOf('D', 'SENIOR').staff).toEqual({ teachers: 0, qualified: 0, backbone: 0, peArts: 0 });
    expect(Object.fromEntries(onLoanTeachersBySchool(TEACHERS))).toEqual({ A: 1 });
  });

  it('A primary (200 students): fails R by one teacher and F2; meets six-of-seven', () => {
    const s = sectionOf('A', 'PRIMARY');
    // Q1 9*100/200 = 4.5 ; Q2 2*100/200 = 1.0 ; Q3 2*100/200 = 1.0 ; R 200/10 = 20 ; C 200/5 = 40
    // F1 1000/200 = 5 ; F2 1400/200 = 7 ; F3 400000/200 = 2000 ; F4 5*100/200 = 2.5
    expect(s.indicators).toEqual({
      qualifiedPer100: 4.5, backbonePer100: 1, peArtsPer100: 1, studentsPerTeacher: 20, avgClassSize: 40,
      floorAreaPerStudent: 5, sportsAreaPerStudent: 7, equipmentPerStudent: 2000, multimediaPer100: 2.5,
    });
    // Q1 4.5 >= 4.2 ; Q2 1.0 >= 1.0 (exactly) ; Q3 1.0 >= 0.9
    // R 20 > 19: smallest n with 200 / (10 + n) <= 19 is n = 1 (200/11 = 18.18)
    // C 40 <= 45 ; B 0 ; F1 5 >= 4.5 ; F2 7 < 7.5 ; F3 2000 >= 2000 (exactly) ; F4 2.5 >= 2.3
    expect(verdicts(s.checks)).toEqual([
      ['Q1', true, 0], ['Q2', true, 0], ['Q3', true, 0], ['R', false, 1], ['C', true, null], ['B', true, null],
      ['F1', true, null], ['F2', false, null], ['F3', true, null], ['F4', true, null],
    ]);
    expect(s.compliant).toBe(false);
    // six of seven: only F2 fails, at 7 / 7.5 = 93.3% >= 85%
    expect(s.sixOfSeven).toEqual({ meets: true, passing: 6, failing: ['F2'] });
  });

  it('B primary (nine-year, 150 of 240 students): short of Q1, Q2 and Q3 by one each', () => {
    const s = sectionOf('B', 'PRIMARY');
    // Q1 6*100/150 = 4 ; Q2 = Q3 = 100/150 = 2/3 ; R 150/8 = 18.75 ; C 150/5 = 30
    // facilities over the whole school's 240: F1 1200/240 = 5 ; F2 2520/240 = 10.5 ; F3 600000/240 = 2500 ; F4 600/240 = 2.5
    expect(s.indicators).toMatchObject({
      qualifiedPer100: 4, studentsPerTeacher: 18.75, avgClassSize: 30,
      floorAreaPerStudent: 5, sportsAreaPerStudent: 10.5, equipmentPerStudent: 2500, multimediaPer100: 2.5,
    });
    expect(s.indicators.backbonePer100).toBeCloseTo(2 / 3, 12);
    expect(s.indicators.peArtsPer100).toBeCloseTo(2 / 3, 12);
    // Q1: 4.2 * 150 = 630 ; (6 + n) * 100 >= 630 -> n = 1
    // Q2: 1.0 * 150 = 150 ; (1 + n) * 100 >= 150 -> n = 1
    // Q3: 0.9 * 150 = 135 ; (1 + n) * 100 >= 135 -> n = 1
    // R 18.75 <= 19 ; C 30 ; B 0 ; primary facility thresholds 4.5 / 7.5 / 2000 / 2.3 all met
    expect(verdicts(s.checks)).toEqual([
      ['Q1', false, 1], ['Q2', false, 1], ['Q3', false, 1], ['R', true, 0], ['C', true, null], ['B', true, null],
      ['F1', true, null], ['F2', true, null], ['F3', true, null], ['F4', true, null],
    ]);
    // three of seven fail
    expect(s.sixOfSeven).toEqual({ meets: false, passing: 4, failing: ['Q1', 'Q2', 'Q3'] });
  });

  it('B junior (nine-year, 90 of 240 students): facilities per whole-school student at junior thresholds', () => {
    const s = sectionOf('B', 'JUNIOR');
    // Q1 5*100/90 = 5.556 ; Q2 = Q3 = 100/90 = 1.111 ; R 90/7 = 12.857 ; C 90/2 = 45
    expect(s.indicators.qualifiedPer100).toBeCloseTo(500 / 90, 12);
    expect(s.indicators.studentsPerTeacher).toBeCloseTo(90 / 7, 12);
    // F1 = 1200 / 240 = 5 (not 1200 / 90): below the junior 5.8 although the same 5 passes primary's 4.5
    expect(s.indicators.floorAreaPerStudent).toBe(5);
    // Q1 5.556 >= 5.3 (needs 5.3 * 90 / 100 = 4.77 -> 5) ; Q2 1.111 >= 1 ; Q3 1.111 >= 0.9
    // R 12.857 <= 13.5 ; C 45 <= 50 ; B 0
    // F1 5 < 5.8 ; F2 10.5 >= 10.2 ; F3 2500 >= 2500 ; F4 2.5 >= 2.4
    expect(verdicts(s.checks)).toEqual([
      ['Q1', true, 0], ['Q2', true, 0], ['Q3', true, 0], ['R', true, 0], ['C', true, null], ['B', true, null],
      ['F1', false, null], ['F2', true, null], ['F3', true, null], ['F4', true, null],
    ]);
    // F1 at 5 / 5.8 = 86.2% >= 85% (5 >= 0.85 * 5.8 = 4.93): meets
    expect(s.sixOfSeven).toEqual({ meets: true, passing: 6, failing: ['F1'] });
  });

  it('C teaching point (12 students): no backbone, no PE/arts teacher', () => {
    const s = sectionOf('C', 'PRIMARY');
    // Q1 100/12 = 8.33 ; Q2 = Q3 = 0 ; R 12/2 = 6 ; C 12/2 = 6
    // F1 100/12 = 8.33 ; F2 200/12 = 16.67 ; F3 30000/12 = 2500 ; F4 100/12 = 8.33
    expect(s.indicators).toMatchObject({ backbonePer100: 0, peArtsPer100: 0, studentsPerTeacher: 6, avgClassSize: 6, equipmentPerStudent: 2500 });
    // Q2: 1.0 * 12 = 12 ; n * 100 >= 12 -> 1 ; Q3: 0.9 * 12 = 10.8 -> 1
    expect(verdicts(s.checks)).toEqual([
      ['Q1', true, 0], ['Q2', false, 1], ['Q3', false, 1], ['R', true, 0], ['C', true, null], ['B', true, null],
      ['F1', true, null], ['F2', true, null], ['F3', true, null], ['F4', true, null],
    ]);
    expect(s.sixOfSeven).toEqual({ meets: false, passing: 5, failing: ['Q2', 'Q3'] });
  });

  it('D junior (150 students): no PE/arts teacher, one teacher short of 13.5, one class of 56+', () => {
    const s = sectionOf('D', 'JUNIOR');
    // Q1 800/150 = 5.333 ; Q2 200/150 = 1.333 ; Q3 0 ; R 150/11 = 13.636 ; C 150/3 = 50
    // F1 870/150 = 5.8 ; F2 1530/150 = 10.2 ; F3 375000/150 = 2500 ; F4 400/150 = 2.667
    expect(s.indicators).toMatchObject({ peArtsPer100: 0, avgClassSize: 50, floorAreaPerStudent: 5.8, sportsAreaPerStudent: 10.2, equipmentPerStudent: 2500 });
    // Q3: 0.9 * 150 = 135 ; n * 100 >= 135 -> 2
    // R: 150 / 13.5 = 11.11 -> 12 teachers -> 1 short (150/12 = 12.5)
    // C 50 <= 50 (exactly) ; B 1 > 0 ; F1 5.8, F2 10.2, F3 2500 exactly at the junior thresholds ; F4 2.667 >= 2.4
    expect(verdicts(s.checks)).toEqual([
      ['Q1', true, 0], ['Q2', true, 0], ['Q3', false, 2], ['R', false, 1], ['C', true, null], ['B', false, null],
      ['F1', true, null], ['F2', true, null], ['F3', true, null], ['F4', true, null],
    ]);
    // only Q3 fails, but at 0 < 0.85 * 0.9 = 0.765
    expect(s.sixOfSeven).toEqual({ meets: false, passing: 6, failing: ['Q3'] });
  });

  it('D senior with 0 students passes every check and is not judged by six-of-seven', () => {
    const s = sectionOf('D', 'SENIOR');
    expect(s.checks).toEqual([
      { indicator: 'R', value: null, threshold: 12.5, passes: true, gapTeachers: 0 },
      { indicator: 'C', value: null, threshold: 50, passes: true, gapTeachers: null },
      { indicator: 'B', value: 0, threshold: 0, passes: true, gapTeachers: null },
    ]);
    expect(s.compliant).toBe(true);
    expect(s.sixOfSeven.meets).toBeNull();
  });

  it('the county six-of-seven summary: 2 of 5 judged sections meet', () => {
    // judged: A:P, B:P, B:J, C:P, D:J (D:SENIOR is not) ; meeting: A:P, B:J
    expect(sixOfSevenSummary(RESULT.sections)).toEqual({ judged: 5, meeting: 2, share: 0.4 });
    expect(sixOfSevenSummary([])).toEqual({ judged: 0, meeting: 0, share: null });
  });

  it('balance: one entry per level with students and per resource indicator (no senior: no students)', () => {
    expect(RESULT.balance.map((b) => `${b.level}:${b.indicator}`)).toEqual([
      'PRIMARY:Q1', 'PRIMARY:Q2', 'PRIMARY:Q3', 'PRIMARY:F1', 'PRIMARY:F2', 'PRIMARY:F3', 'PRIMARY:F4',
      'JUNIOR:Q1', 'JUNIOR:Q2', 'JUNIOR:Q3', 'JUNIOR:F1', 'JUNIOR:F2', 'JUNIOR:F3', 'JUNIOR:F4',
    ]);
  });

  /*
   * Primary: p = 200 (A), 150 (B), 12 (C); P = 362. For a per-100 indicator p·x = 100·count, so
   * mean = 100·Σcount / P. Worked out for Q1: x = 9/2, 4, 25/3 ; mean = 100·(9 + 6 + 1) / 362 = 800/181.
   *   x − mean = 29/362, −76/181, 2125/543 ; Σ p (x − mean)² = 42050/32761 + 866400/32761 + 18062500/98283
   *   = 114850/543 ; / 362 = 57425/98283 = S² ; CV² = S² / mean² = (57425/98283) / (640000/32761) = 2297/76800
   *   CV = sqrt(2297/76800) = 0.172942 <= 0.50.
   * The others the same way (x per school ; mean ; CV²):
   *   Q2: 1, 2/3, 0                     ; 150/181    ; 49/675         -> 0.269430
   *   Q3: 1, 2/3, 0 (same counts as Q2) ; 150/181    ; 49/675         -> 0.269430
   *   F1: 5, 5, 25/3                    ; 925/181    ; 56/4107        -> 0.116770
   *   F2: 7, 21/2, 50/3                 ; 3175/362   ; 79226/1209675  -> 0.255917
   *   F3: 2000, 2500, 2500              ; 402500/181 ; 324/25921      -> 18/161 = 0.111801
   *   F4: 5/2, 5/2, 25/3                ; 975/362    ; 686/4563       -> 0.387737
   */
  it('primary balance by hand', () => {
    const expected: Array<[string, number, number]> = [
      ['Q1', 800 / 181, 2297 / 76800],
      ['Q2', 150 / 181, 49 / 675],
      ['Q3', 150 / 181, 49 / 675],
      ['F1', 925 / 181, 56 / 4107],
      ['F2', 3175 / 362, 79226 / 1209675],
      ['F3', 402500 / 181, 324 / 25921],
      ['F4', 975 / 362, 686 / 4563],
    ];
    for (const [indicator, mean, cv2] of expected) {
      const b = balanceOf('PRIMARY', indicator);
      expect(b.mean).toBeCloseTo(mean, 9);
      expect(b.cv).toBeCloseTo(Math.sqrt(cv2), 12);
      expect(b.schools).toBe(3);
      expect(b.threshold).toBe(0.5);
      expect(b.passes).toBe(true);
    }
    expect(balanceOf('PRIMARY', 'F3').cv).toBeCloseTo(18 / 161, 12);
  });

  /*
   * Junior: p = 90 (B), 150 (D); P = 240. (x per school ; mean ; CV²)
   *   Q1: 50/9, 16/3  ; 100·(5 + 8)/240 = 65/12 ; S² = 5/432   ; CV² = 1/2535  -> 0.019861
   *   Q2: 10/9, 4/3   ; 100·(1 + 2)/240 = 5/4   ; S² = 5/432   ; CV² = 1/135   -> 0.086066
   *   Q3: 10/9, 0     ; 100·(1 + 0)/240 = 5/12  ; S² = (90·(25/36)² + 150·(5/12)²)/240 = 125/432
   *                                             ; CV² = (125/432)/(25/144) = 5/3 -> 1.290994 > 0.45: fails
   *   F1: 5, 29/5     ; 11/2                    ; CV² = 3/605   -> 0.070418
   *   F2: 21/2, 51/5  ; 165/16                  ; CV² = 3/15125 -> 0.014084
   *   F3: 2500, 2500  ; 2500                    ; CV = 0
   *   F4: 5/2, 8/3    ; 125/48                  ; CV² = 3/3125  -> 0.030984
   */
  it('junior balance by hand: Q3 is out of balance', () => {
    const expected: Array<[string, number, number, boolean]> = [
      ['Q1', 65 / 12, 1 / 2535, true],
      ['Q2', 5 / 4, 1 / 135, true],
      ['Q3', 5 / 12, 5 / 3, false],
      ['F1', 11 / 2, 3 / 605, true],
      ['F2', 165 / 16, 3 / 15125, true],
      ['F3', 2500, 0, true],
      ['F4', 125 / 48, 3 / 3125, true],
    ];
    for (const [indicator, mean, cv2, passes] of expected) {
      const b = balanceOf('JUNIOR', indicator);
      expect(b.mean).toBeCloseTo(mean, 9);
      expect(b.cv).toBeCloseTo(Math.sqrt(cv2), 12);
      expect(b.schools).toBe(2);
      expect(b.threshold).toBe(0.45);
      expect(b.passes).toBe(passes);
    }
  });

  it('a zero-student section of a level is left out of its balance', () => {
    // add an empty primary section at D: same primary balance, still 3 schools
    const withEmpty = evaluateRegion({ schools: SCHOOLS, sections: [...SECTIONS, section('D', 'PRIMARY', 0, 0)], teachers: TEACHERS }, NATIONAL_STANDARD_SET);
    const b = withEmpty.balance.find((x) => x.level === 'PRIMARY' && x.indicator === 'Q1');
    expect(b?.schools).toBe(3);
    expect(b?.cv).toBeCloseTo(Math.sqrt(2297 / 76800), 12);
  });

  it('evaluateSection on counts after a plan: B primary plus one qualified backbone PE teacher', () => {
    // B primary with 9 teachers, 7 qualified, 2 backbone, 2 PE/arts:
    // Q1 700/150 = 4.667 >= 4.2 ; Q2 200/150 = 1.333 >= 1 ; Q3 200/150 = 1.333 >= 0.9 ; R 150/9 = 16.7 <= 19
    const s = evaluateSection(SECTIONS[1]!, { teachers: 9, qualified: 7, backbone: 2, peArts: 2 }, SCHOOLS[1]!.facilities, 240, NATIONAL_STANDARD_SET);
    expect(s.compliant).toBe(true);
    expect(s.sixOfSeven).toEqual({ meets: true, passing: 7, failing: [] });
  });
});

describe('levelsOfKind', () => {
  it('a nine-year school is judged as primary and junior', () => {
    expect(levelsOfKind('NINE_YEAR')).toEqual(['PRIMARY', 'JUNIOR']);
    expect(levelsOfKind('COMPLETE_SECONDARY')).toEqual(['JUNIOR', 'SENIOR']);
    expect(levelsOfKind('TEACHING_POINT')).toEqual(['PRIMARY']);
    expect(levelsOfKind('PRIMARY')).toEqual(['PRIMARY']);
    expect(levelsOfKind('JUNIOR')).toEqual(['JUNIOR']);
    expect(levelsOfKind('SENIOR')).toEqual(['SENIOR']);
  });
});
