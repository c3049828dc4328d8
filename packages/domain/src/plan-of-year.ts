import type { MultiYearPlan, PlanYear } from './multi-year-plan';
import type { Plan } from './plan';

/** A year asked of a plan that does not span it. */
export class PlanYearNotInPlanError extends Error {
  readonly code = 'PLAN_YEAR_NOT_IN_PLAN';
  constructor(readonly year: number, readonly planYears: readonly number[]) {
    super(`方案没有 ${year} 年的计划：方案的年份为 ${planYears.join('、')}（the plan has no year ${year}; its years are ${planYears.join(', ')}）`);
  }
}

/** The school years a stored plan spans: every year of a multi-year plan, else the plan's own year. */
export function planYears(plan: Pick<Plan, 'year'>, multiYear?: Pick<MultiYearPlan, 'years'> | null): number[] {
  return multiYear && multiYear.years.length > 0 ? multiYear.years.map((y) => y.year) : [plan.year];
}

/**
 * One year of a stored plan: `year` omitted, the plan itself (a multi-year plan's first year); else that
 * year of the multi-year plan (`multiYear`), or the plan itself when it is its year. Any other year throws
 * PlanYearNotInPlanError naming the year asked and the plan's years.
 */
export function planOfYear(plan: Plan, multiYear: Pick<MultiYearPlan, 'years'> | null | undefined, year?: number | null): { plan: Plan; planYear: PlanYear | null } {
  if (year === undefined || year === null) return { plan, planYear: multiYear?.years[0] ?? null };
  const found = multiYear?.years.find((y) => y.year === year);
  if (found) return { plan: found.plan, planYear: found };
  if ((!multiYear || multiYear.years.length === 0) && year === plan.year) return { plan, planYear: null };
  throw new PlanYearNotInPlanError(year, planYears(plan, multiYear));
}
