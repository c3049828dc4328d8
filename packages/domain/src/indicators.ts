import { ratioAtLeast, ratioAtLeastShareOf, ratioAtMost, teachersShortForRatio, teachersShortPer100 } from './exact-decimal';
import { isBackbone, isCountedTeacher, isQualifiedFor, subjectGroupOf } from './qualification';
import type { LevelStandards, SixOfSevenRule } from './standard-set';
import type { Facilities, Section, Teacher } from './types';

export const INDICATOR_CODES = ['Q1', 'Q2', 'Q3', 'R', 'C', 'B', 'F1', 'F2', 'F3', 'F4'] as const;
export type IndicatorCode = (typeof INDICATOR_CODES)[number];
/** The seven resource indicators of the national evaluation. */
export const RESOURCE_INDICATORS = ['Q1', 'Q2', 'Q3', 'F1', 'F2', 'F3', 'F4'] as const satisfies readonly IndicatorCode[];
/** Indicators whose spread across schools is judged by the coefficient of variation. */
export const BALANCE_INDICATORS = RESOURCE_INDICATORS;
/** Indicators whose gap is a number of teachers. */
export const TEACHER_COUNT_INDICATORS = ['Q1', 'Q2', 'Q3', 'R'] as const satisfies readonly IndicatorCode[];

export const INDICATOR_LABELS_ZH: Record<IndicatorCode, string> = {
  Q1: '每百名学生拥有高于规定学历教师数',
  Q2: '每百名学生拥有县级及以上骨干教师数',
  Q3: '每百名学生拥有体育、艺术（美术、音乐）专任教师数',
  R: '生师比',
  C: '平均班额',
  B: '56人及以上大班额数',
  F1: '生均教学及辅助用房面积',
  F2: '生均体育运动场馆面积',
  F3: '生均教学仪器设备值',
  F4: '每百名学生拥有网络多媒体教室数',
};

/** Teachers of one section, counted by the kinds the standards look at. */
export interface SectionStaffCounts {
  teachers: number;
  qualified: number;
  backbone: number;
  peArts: number;
}

export interface IndicatorValues {
  qualifiedPer100: number | null;
  backbonePer100: number | null;
  peArtsPer100: number | null;
  studentsPerTeacher: number | null;
  avgClassSize: number | null;
  floorAreaPerStudent: number | null;
  sportsAreaPerStudent: number | null;
  equipmentPerStudent: number | null;
  multimediaPer100: number | null;
}

export interface Check {
  indicator: IndicatorCode;
  value: number | null;
  threshold: number;
  passes: boolean;
  /** Fewest extra teachers of that kind that make it pass; null where the indicator is not a teacher count. */
  gapTeachers: number | null;
}

/** A section as the indicators see it: its numbers, its staff counts and its school's facilities. */
export interface SectionInput {
  section: Pick<Section, 'students' | 'classes' | 'classes56Plus'>;
  staff: SectionStaffCounts;
  facilities: Facilities;
  /** All students of the school: facilities are shared by its sections. */
  schoolStudents: number;
}

export function countSectionStaff(
  teachers: ReadonlyArray<Pick<Teacher, 'status' | 'education' | 'backbone' | 'subject'>>,
  standards: Pick<LevelStandards, 'qualifiedEducationMin'>,
): SectionStaffCounts {
  const counts: SectionStaffCounts = { teachers: 0, qualified: 0, backbone: 0, peArts: 0 };
  for (const t of teachers) {
    if (!isCountedTeacher(t)) continue;
    counts.teachers += 1;
    if (isQualifiedFor(t.education, standards)) counts.qualified += 1;
    if (isBackbone(t.backbone)) counts.backbone += 1;
    if (subjectGroupOf(t.subject) === 'PE_ARTS') counts.peArts += 1;
  }
  return counts;
}

function per100(count: number, students: number): number | null {
  return students > 0 ? (count * 100) / students : null;
}

function perStudent(amount: number, students: number): number | null {
  return students > 0 ? amount / students : null;
}

export function computeIndicatorValues(input: SectionInput): IndicatorValues {
  const { section, staff, facilities, schoolStudents } = input;
  const students = section.students;
  return {
    qualifiedPer100: per100(staff.qualified, students),
    backbonePer100: per100(staff.backbone, students),
    peArtsPer100: per100(staff.peArts, students),
    studentsPerTeacher: staff.teachers > 0 ? students / staff.teachers : null,
    avgClassSize: section.classes > 0 ? students / section.classes : null,
    floorAreaPerStudent: perStudent(facilities.floorAreaM2, schoolStudents),
    sportsAreaPerStudent: perStudent(facilities.sportsAreaM2, schoolStudents),
    equipmentPerStudent: perStudent(facilities.equipmentYuan, schoolStudents),
    multimediaPer100: per100(facilities.multimediaRooms, schoolStudents),
  };
}

function per100Check(indicator: IndicatorCode, count: number, students: number, threshold: number): Check {
  if (students <= 0) return { indicator, value: null, threshold, passes: true, gapTeachers: 0 };
  const passes = ratioAtLeast(count, students, threshold, 100);
  return { indicator, value: (count * 100) / students, threshold, passes, gapTeachers: passes ? 0 : teachersShortPer100(count, students, threshold) };
}

function facilityCheck(indicator: IndicatorCode, amount: number, students: number, threshold: number, scale: number): Check {
  if (students <= 0) return { indicator, value: null, threshold, passes: true, gapTeachers: null };
  return { indicator, value: (amount * scale) / students, threshold, passes: ratioAtLeast(amount, students, threshold, scale), gapTeachers: null };
}

function ratioCheck(teachers: number, students: number, threshold: number): Check {
  if (students <= 0) return { indicator: 'R', value: null, threshold, passes: true, gapTeachers: 0 };
  const passes = teachers > 0 && ratioAtMost(students, teachers, threshold);
  return {
    indicator: 'R',
    value: teachers > 0 ? students / teachers : null,
    threshold,
    passes,
    gapTeachers: passes ? 0 : teachersShortForRatio(teachers, students, threshold),
  };
}

function classSizeCheck(students: number, classes: number, threshold: number): Check {
  if (students <= 0) return { indicator: 'C', value: null, threshold, passes: true, gapTeachers: null };
  // A section with students but no classes cannot meet the class-size rule.
  const passes = classes > 0 && ratioAtMost(students, classes, threshold);
  return { indicator: 'C', value: classes > 0 ? students / classes : null, threshold, passes, gapTeachers: null };
}

/** Every check of the standards that has a threshold at this level, in the order of INDICATOR_CODES. */
export function checkSection(input: SectionInput, standards: LevelStandards): Check[] {
  const { section, staff, facilities, schoolStudents } = input;
  const s = section.students;
  const checks: Check[] = [];
  if (standards.qualifiedPer100Min !== null) checks.push(per100Check('Q1', staff.qualified, s, standards.qualifiedPer100Min));
  if (standards.backbonePer100Min !== null) checks.push(per100Check('Q2', staff.backbone, s, standards.backbonePer100Min));
  if (standards.peArtsPer100Min !== null) checks.push(per100Check('Q3', staff.peArts, s, standards.peArtsPer100Min));
  if (standards.studentsPerTeacherMax !== null) checks.push(ratioCheck(staff.teachers, s, standards.studentsPerTeacherMax));
  if (standards.avgClassSizeMax !== null) checks.push(classSizeCheck(s, section.classes, standards.avgClassSizeMax));
  if (standards.classes56PlusMax !== null) {
    const max = standards.classes56PlusMax;
    checks.push({ indicator: 'B', value: section.classes56Plus, threshold: max, passes: section.classes56Plus <= max, gapTeachers: null });
  }
  // Facilities belong to the school: judged per student of the whole school, at this section's thresholds.
  const sectionHasStudents = s > 0 ? schoolStudents : 0;
  if (standards.floorAreaPerStudentMin !== null) checks.push(facilityCheck('F1', facilities.floorAreaM2, sectionHasStudents, standards.floorAreaPerStudentMin, 1));
  if (standards.sportsAreaPerStudentMin !== null) checks.push(facilityCheck('F2', facilities.sportsAreaM2, sectionHasStudents, standards.sportsAreaPerStudentMin, 1));
  if (standards.equipmentPerStudentMin !== null) checks.push(facilityCheck('F3', facilities.equipmentYuan, sectionHasStudents, standards.equipmentPerStudentMin, 1));
  if (standards.multimediaPer100Min !== null) checks.push(facilityCheck('F4', facilities.multimediaRooms, sectionHasStudents, standards.multimediaPer100Min, 100));
  return checks;
}

/** Staffing checks only (Q1-Q3, R, C, B): the ones a plan can change. */
export const STAFFING_INDICATORS = ['Q1', 'Q2', 'Q3', 'R', 'C', 'B'] as const satisfies readonly IndicatorCode[];

export interface SixOfSevenVerdict {
  /** null where the level is not judged by the rule (all seven thresholds are needed). */
  meets: boolean | null;
  passing: number;
  failing: IndicatorCode[];
}

/** The exact ratio behind a resource indicator, so that shares of thresholds compare exactly. */
function resourceRatio(input: SectionInput, indicator: (typeof RESOURCE_INDICATORS)[number]): { numerator: number; denominator: number; scale: number } {
  const { section, staff, facilities, schoolStudents } = input;
  switch (indicator) {
    case 'Q1': return { numerator: staff.qualified, denominator: section.students, scale: 100 };
    case 'Q2': return { numerator: staff.backbone, denominator: section.students, scale: 100 };
    case 'Q3': return { numerator: staff.peArts, denominator: section.students, scale: 100 };
    case 'F1': return { numerator: facilities.floorAreaM2, denominator: schoolStudents, scale: 1 };
    case 'F2': return { numerator: facilities.sportsAreaM2, denominator: schoolStudents, scale: 1 };
    case 'F3': return { numerator: facilities.equipmentYuan, denominator: schoolStudents, scale: 1 };
    case 'F4': return { numerator: facilities.multimediaRooms, denominator: schoolStudents, scale: 100 };
  }
}

/**
 * 六项达标、余项不低于85%: at least six of the seven resource indicators pass and the others reach
 * 85% of their thresholds, compared exactly. Levels without all seven thresholds are not judged.
 */
export function sixOfSevenVerdict(input: SectionInput, checks: readonly Check[], rule: SixOfSevenRule): SixOfSevenVerdict {
  const resource = checks.filter((c) => (RESOURCE_INDICATORS as readonly string[]).includes(c.indicator));
  const passing = resource.filter((c) => c.passes).length;
  if (resource.length < RESOURCE_INDICATORS.length) return { meets: null, passing, failing: [] };
  const failing = resource.filter((c) => !c.passes);
  const allowedFailures = RESOURCE_INDICATORS.length - rule.minPassing;
  const meets =
    failing.length <= allowedFailures &&
    failing.every((c) => {
      const r = resourceRatio(input, c.indicator as (typeof RESOURCE_INDICATORS)[number]);
      return r.denominator > 0 && ratioAtLeastShareOf(r.numerator, r.denominator, r.scale, rule.floorShare, c.threshold);
    });
  return { meets, passing, failing: failing.map((c) => c.indicator) };
}

export function valueOf(values: IndicatorValues, indicator: IndicatorCode): number | null {
  switch (indicator) {
    case 'Q1': return values.qualifiedPer100;
    case 'Q2': return values.backbonePer100;
    case 'Q3': return values.peArtsPer100;
    case 'R': return values.studentsPerTeacher;
    case 'C': return values.avgClassSize;
    case 'F1': return values.floorAreaPerStudent;
    case 'F2': return values.sportsAreaPerStudent;
    case 'F3': return values.equipmentPerStudent;
    case 'F4': return values.multimediaPer100;
    case 'B': return null;
  }
}
