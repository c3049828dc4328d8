import { indicatorBalance, type IndicatorBalance } from './balance';
import {
  BALANCE_INDICATORS,
  checkSection,
  computeIndicatorValues,
  countSectionStaff,
  sixOfSevenVerdict,
  valueOf,
  type Check,
  type IndicatorValues,
  type SectionInput,
  type SectionStaffCounts,
  type SixOfSevenVerdict,
} from './indicators';
import type { StandardSet } from './standard-set';
import type { Facilities, Level, School, Section, Teacher } from './types';
import { LEVELS } from './types';

export interface SectionEvaluation {
  schoolCode: string;
  level: Level;
  students: number;
  classes: number;
  /** Teachers who count (ACTIVE or LEAVE). */
  teachers: number;
  staff: SectionStaffCounts;
  indicators: IndicatorValues;
  checks: Check[];
  /** Every check passes. */
  compliant: boolean;
  sixOfSeven: SixOfSevenVerdict;
}

export interface RegionEvaluation {
  sections: SectionEvaluation[];
  balance: IndicatorBalance[];
}

const NO_FACILITIES: Facilities = { floorAreaM2: 0, sportsAreaM2: 0, equipmentYuan: 0, multimediaRooms: 0 };

export function sectionKey(schoolCode: string, level: Level): string {
  return `${schoolCode}:${level}`;
}

/** Total enrolment per school, over all its sections. */
export function studentsBySchool(sections: readonly Pick<Section, 'schoolCode' | 'students'>[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const s of sections) totals.set(s.schoolCode, (totals.get(s.schoolCode) ?? 0) + s.students);
  return totals;
}

/** Evaluate one section from its staff counts (the solver and the checker pass counts after a plan). */
export function evaluateSection(
  section: Section,
  staff: SectionStaffCounts,
  facilities: Facilities,
  schoolStudents: number,
  standardSet: StandardSet,
): SectionEvaluation {
  const standards = standardSet.levels[section.level];
  const input: SectionInput = { section, staff, facilities, schoolStudents };
  const checks = checkSection(input, standards);
  return {
    schoolCode: section.schoolCode,
    level: section.level,
    students: section.students,
    classes: section.classes,
    teachers: staff.teachers,
    staff,
    indicators: computeIndicatorValues(input),
    checks,
    compliant: checks.every((c) => c.passes),
    sixOfSeven: sixOfSevenVerdict(input, checks, standardSet.sixOfSeven),
  };
}

/** Teachers grouped by the section they teach. */
export function teachersBySection<T extends Pick<Teacher, 'schoolCode' | 'level'>>(teachers: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const t of teachers) {
    const key = sectionKey(t.schoolCode, t.level);
    const list = groups.get(key);
    if (list) list.push(t);
    else groups.set(key, [t]);
  }
  return groups;
}

/** The balance (差异系数) of every level and resource indicator, over evaluated sections. */
export function regionBalance(sections: readonly SectionEvaluation[], standardSet: StandardSet): IndicatorBalance[] {
  const out: IndicatorBalance[] = [];
  for (const level of LEVELS) {
    const ofLevel = sections.filter((s) => s.level === level && s.students > 0);
    if (ofLevel.length === 0) continue;
    for (const indicator of BALANCE_INDICATORS) {
      const values = ofLevel.flatMap((s) => {
        const v = valueOf(s.indicators, indicator);
        return v === null ? [] : [{ students: s.students, value: v }];
      });
      out.push(indicatorBalance(level, indicator, values, standardSet.levels[level].cvMax));
    }
  }
  return out;
}

/** Every section's indicators and checks, and the balance per level, for a region's data. */
export function evaluateRegion(
  data: { schools: readonly School[]; sections: readonly Section[]; teachers: readonly Teacher[] },
  standardSet: StandardSet,
): RegionEvaluation {
  const schools = new Map(data.schools.map((s) => [s.code, s]));
  const enrolment = studentsBySchool(data.sections);
  const bySection = teachersBySection(data.teachers);
  const sections = data.sections.map((section) => {
    const staff = countSectionStaff(bySection.get(sectionKey(section.schoolCode, section.level)) ?? [], standardSet.levels[section.level]);
    const facilities = schools.get(section.schoolCode)?.facilities ?? NO_FACILITIES;
    return evaluateSection(section, staff, facilities, enrolment.get(section.schoolCode) ?? 0, standardSet);
  });
  return { sections, balance: regionBalance(sections, standardSet) };
}

/** The levels a school of this kind teaches (a nine-year school is judged as primary and junior). */
export function levelsOfKind(kind: School['kind']): Level[] {
  switch (kind) {
    case 'PRIMARY':
    case 'TEACHING_POINT':
      return ['PRIMARY'];
    case 'JUNIOR':
      return ['JUNIOR'];
    case 'SENIOR':
      return ['SENIOR'];
    case 'NINE_YEAR':
      return ['PRIMARY', 'JUNIOR'];
    case 'COMPLETE_SECONDARY':
      return ['JUNIOR', 'SENIOR'];
  }
}

export interface SixOfSevenSummary {
  /** Sections judged by the rule (primary and junior sections). */
  judged: number;
  meeting: number;
  /** meeting / judged; null when no section is judged. */
  share: number | null;
}

/**
 * The national verdict over a set of sections (e.g. one county's): how many of the judged sections
 * meet the six-of-seven rule, and their share (domain.md, "The national verdict per section").
 */
export function sixOfSevenSummary(sections: readonly Pick<SectionEvaluation, 'sixOfSeven'>[]): SixOfSevenSummary {
  let judged = 0;
  let meeting = 0;
  for (const s of sections) {
    if (s.sixOfSeven.meets === null) continue;
    judged += 1;
    if (s.sixOfSeven.meets) meeting += 1;
  }
  return { judged, meeting, share: judged > 0 ? meeting / judged : null };
}

/** ON_LOAN teachers count nowhere in the indicators but are reported per school (their return is due). */
export function onLoanTeachersBySchool(teachers: readonly Pick<Teacher, 'schoolCode' | 'status'>[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of teachers) if (t.status === 'ON_LOAN') counts.set(t.schoolCode, (counts.get(t.schoolCode) ?? 0) + 1);
  return counts;
}
