import { regionOutlook } from './outlook';
import { nextPlanYear, regionAfterPlan, type NextPlanYear } from './plan-year-forward';
import { sectionKey } from './region-evaluation';
import type { RetirementRules } from './retirement-age';
import type { StandardSet } from './standard-set';
import type { RegionData } from './types';

/** What carrying a region into the next school year takes from the standard set. */
export interface PlanYearRules {
  oversizedClassMin: number;
  /** The statutory retirement schedule of each gender (rising by birth month, retirement-age.ts). */
  retirement: RetirementRules;
}

/**
 * The rules of `nextPlanYear` from a standard set (the scenario's overrides already applied): the
 * oversized-class size and the statutory retirement schedule. The one place that reads them, so that a
 * change of the retirement rule reaches the solver and the multi-year checker alike.
 */
export function planYearRules(standards: StandardSet): PlanYearRules {
  return { oversizedClassMin: standards.sizes.oversizedClassMin, retirement: standards.rotation.retirement };
}

/**
 * Students of every section (by `sectionKey`) in each school year after the first of a multi-year
 * scenario, from the domain forecast (`regionOutlook`: cohorts up a grade, the 入学预测 intake, graduates
 * out). Index 0 is the second plan year (baseYear + 1); `years` is the scenario's number of years, so
 * the answer has years - 1 maps. Pure.
 */
export function multiYearForecastStudents(
  region: Pick<RegionData, 'schools' | 'sections' | 'teachers' | 'grades' | 'intake'>,
  standards: StandardSet,
  baseYear: number,
  years: number,
): Map<string, number>[] {
  if (years <= 1) return [];
  const outlook = regionOutlook(
    { schools: region.schools, sections: region.sections, teachers: region.teachers, grades: region.grades, intake: region.intake },
    standards,
    { baseYear, years: years - 1 },
  );
  return Array.from({ length: years - 1 }, (_, i) => {
    const m = new Map<string, number>();
    for (const s of outlook.schools) for (const sec of s.years[i]?.sections ?? []) m.set(sectionKey(s.schoolCode, sec.level), sec.students);
    return m;
  });
}

/**
 * Year k + 1 of a multi-year plan from year k: the region year k was planned on, that year's plan
 * carried out (`regionAfterPlan`), then September 1 of `year` (`nextPlanYear`: rotation terms ended
 * come home, retirements leave, the forecast students). Pure.
 */
export function advancePlanYear(
  region: RegionData,
  plan: Parameters<typeof regionAfterPlan>[1],
  year: number,
  students: ReadonlyMap<string, number>,
  rules: PlanYearRules,
): NextPlanYear {
  return nextPlanYear(regionAfterPlan(region, plan, rules.oversizedClassMin), year, students, rules);
}
