import { applyPlan } from './apply-plan';
import { oversizedClassesAfterEvenSplit } from './class-split';
import type { PlanYearRetirement } from './multi-year-plan';
import type { Plan } from './plan';
import { plannedHireTeacher } from './plan-outcome';
import { referenceDate } from './plan-dates';
import { sectionKey } from './region-evaluation';
import { rollover, type RotationReturn } from './rollover';
import { hasReachedRetirement, type RetirementRules } from './retirement-age';
import type { RegionData, Section, Teacher } from './types';

/** The staff-number prefix of the teachers a year's hires become when the plan is carried into later years (NEW2027-...). */
export function hiredStaffNoPrefix(year: number): string {
  return `NEW${year}-`;
}

type ForwardPlan = Pick<Plan, 'county' | 'year' | 'rotations' | 'hires' | 'classSplits' | 'cost' | 'spendingByLine'> & Partial<Pick<Plan, 'postTransfers' | 'recalls'>>;

/**
 * The region once a year's plan is carried out, as the next year starts from it: `applyPlan` (rotations
 * with their terms, recalls, post transfers, splits, budget commitments), and each hire a teacher at its
 * section holding the post it earmarked (staff number NEW<year>-..., the hire's yearly cost per head).
 * Rows that do not fit the region are left out, as applyPlan leaves them. Pure.
 */
export function regionAfterPlan(region: RegionData, plan: ForwardPlan, oversizedClassMin: number): RegionData {
  const applied = applyPlan(region, plan, { oversizedClassMin }).region;
  const sections = new Set(region.sections.map((s) => sectionKey(s.schoolCode, s.level)));
  const hired: Teacher[] = [];
  for (const h of plan.hires) {
    if (!sections.has(sectionKey(h.schoolCode, h.level)) || h.count <= 0) continue;
    for (let i = 0; i < h.count; i++) {
      const t = plannedHireTeacher(h.schoolCode, h.level, h.subjectGroup, h.education, i, plan.year);
      hired.push({ ...t, staffNo: `${hiredStaffNoPrefix(plan.year)}${t.staffNo.slice(4)}`, annualCost: h.annualCost / h.count, certificate: true });
    }
  }
  // The hires hold their posts now: the earmarks applyPlan made are taken back.
  const before = new Map(region.schools.map((s) => [s.code, s.earmarkedPosts]));
  const schools = applied.schools.map((s) => (s.earmarkedPosts === before.get(s.code) ? s : { ...s, earmarkedPosts: before.get(s.code) }));
  return { ...applied, schools, teachers: [...applied.teachers, ...hired] };
}

export interface NextPlanYear {
  region: RegionData;
  retirements: PlanYearRetirement[];
  returning: RotationReturn[];
}

/**
 * The region at September 1 of `year`: rotation terms ended by then return home (rollover), teachers whose
 * retirement date (the standard set's schedule) is on or before that day leave, and each section has the forecast students of the year (`students`
 * by section key; a section not listed keeps its students) in the classes it has, spread evenly for the
 * oversized-class counts. Pure.
 */
export function nextPlanYear(
  region: RegionData,
  year: number,
  students: ReadonlyMap<string, number>,
  rules: { oversizedClassMin: number; retirement: RetirementRules },
): NextPlanYear {
  const date = referenceDate(year);
  const rolled = rollover(region, date);
  const retirements: PlanYearRetirement[] = [];
  const teachers: Teacher[] = [];
  for (const t of rolled.region.teachers) {
    if (hasReachedRetirement(t, date, rules.retirement)) retirements.push({ staffNo: t.staffNo, name: t.name, schoolCode: t.schoolCode, level: t.level });
    else teachers.push(t);
  }
  const sections = region.sections.map((s) => withStudents(s, students.get(sectionKey(s.schoolCode, s.level)), rules.oversizedClassMin));
  return { region: { ...rolled.region, sections, teachers }, retirements, returning: rolled.returns };
}

/** A section with `students` in its classes (spread evenly); unchanged when `students` is undefined or the same. */
export function withStudents<S extends Section>(section: S, students: number | undefined, oversizedClassMin: number): S {
  if (students === undefined || students === section.students) return section;
  return {
    ...section,
    students,
    classes56Plus: oversizedClassesAfterEvenSplit(students, section.classes, oversizedClassMin),
    classes66Plus: oversizedClassesAfterEvenSplit(students, section.classes, oversizedClassMin + 10),
  };
}

/**
 * The sections a year is planned on when the next year's students are visible: each section counts the
 * larger of this year's and next year's students for its staffing needs (so teachers a school will need
 * next year are not sent away, and a growing school is staffed ahead), with this year's classes and
 * class sizes (no class is split a year early). Pure.
 */
export function lookaheadSections<S extends Section>(sections: readonly S[], next: ReadonlyMap<string, number>): S[] {
  return sections.map((s) => {
    const n = next.get(sectionKey(s.schoolCode, s.level));
    return n === undefined || n <= s.students ? s : { ...s, students: n };
  });
}
