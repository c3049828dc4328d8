import { teachersShortForRatio, teachersShortPer100 } from './exact-decimal';
import type { SectionStaffCounts } from './indicators';
import { referenceDate } from './plan-dates';
import { hasReachedRetirement, type RetirementRules } from './retirement-age';
import { rollover, type RotationReturn } from './rollover';
import type { LevelStandards, TeachingPeriods } from './standard-set';
import type { Teacher } from './types';

/** The roster at one future September 1: who is still there, who retired since last year, who came home. */
export interface RosterYear {
  year: number;
  /** Teachers still in service at the reference date, at the school they teach at then. */
  teachers: Teacher[];
  /** Teachers who reached the statutory retirement age since the previous year (at the school they left). */
  retired: Teacher[];
  /** Rotation terms ended since the previous year: the teacher teaches at the home school again. */
  returns: RotationReturn[];
}

/**
 * The roster year by year (September 1 of baseYear + 1 ... baseYear + years): each year the rollover
 * returns teachers whose rotation term has ended to their home school, then those whose retirement
 * date (the standard set's schedule, rising by birth month) is on or before that September 1 retire. No hires are assumed. Pure.
 */
export function projectRoster(teachers: readonly Teacher[], baseYear: number, years: number, retirement: RetirementRules): RosterYear[] {
  const out: RosterYear[] = [];
  let current: Teacher[] = [...teachers];
  for (let k = 1; k <= years; k += 1) {
    const year = baseYear + k;
    const date = referenceDate(year);
    const rolled = rollover({ teachers: current }, date);
    const retired: Teacher[] = [];
    const staying: Teacher[] = [];
    for (const t of rolled.region.teachers) (hasReachedRetirement(t, date, retirement) ? retired : staying).push(t);
    out.push({ year, teachers: staying, retired, returns: rolled.returns });
    current = staying;
  }
  return out;
}

/** Teachers a section needs by one staffing rule, against those it has. */
export interface StaffingNeed {
  /** Q1 qualified, Q2 backbone, Q3 PE and arts, R all teachers (students per teacher), T all teachers (teaching periods of the classes). */
  indicator: 'Q1' | 'Q2' | 'Q3' | 'R' | 'T';
  /** Fewest teachers of that kind that meet the rule. */
  needed: number;
  present: number;
  /** Teachers of that kind missing (0 when the rule is met). */
  gap: number;
}

/**
 * What a section of `students` in `classes` classes needs by every staffing rule with a threshold, using
 * the indicator maths (the gap formulas of domain.md) with no teachers for "needed" and the present
 * staff for "gap". T: the fewest teachers whose periods cover the classes' periods.
 */
export function staffingNeeds(students: number, classes: number, staff: SectionStaffCounts, standards: LevelStandards, periods: TeachingPeriods): StaffingNeed[] {
  const needs: StaffingNeed[] = [];
  const per100 = (indicator: 'Q1' | 'Q2' | 'Q3', threshold: number | null, present: number): void => {
    if (threshold === null) return;
    needs.push({ indicator, needed: teachersShortPer100(0, students, threshold), present, gap: teachersShortPer100(present, students, threshold) });
  };
  per100('Q1', standards.qualifiedPer100Min, staff.qualified);
  per100('Q2', standards.backbonePer100Min, staff.backbone);
  per100('Q3', standards.peArtsPer100Min, staff.peArts);
  if (standards.studentsPerTeacherMax !== null) {
    const max = standards.studentsPerTeacherMax;
    needs.push({ indicator: 'R', needed: teachersShortForRatio(0, students, max), present: staff.teachers, gap: teachersShortForRatio(staff.teachers, students, max) });
  }
  // classes x periods per class, at most periods per teacher each: the same "smallest n" rule as R.
  const periodsNeeded = classes * periods.perClass;
  needs.push({
    indicator: 'T',
    needed: teachersShortForRatio(0, periodsNeeded, periods.perTeacher),
    present: staff.teachers,
    gap: teachersShortForRatio(staff.teachers, periodsNeeded, periods.perTeacher),
  });
  return needs;
}
