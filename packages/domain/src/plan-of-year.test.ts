import { describe, expect, it } from 'vitest';
import type { MultiYearPlan, PlanYear } from './multi-year-plan';
import type { Plan } from './plan';
import { planOfYear, planYears, PlanYearNotInPlanError } from './plan-of-year';

function plan(year: number, staffNo: string): Plan {
  return {
    county: 'C', year, backend: 'test', status: 'OPTIMAL', gap: 0,
    cost: { total: year, hires: 0, rotation: 0, transport: 0, extraQuota: 0 },
    rotations: [{ staffNo, fromSchool: 'S1', toSchool: 'S2', level: 'PRIMARY', reason: '', startDate: `${year}-09-01`, termYears: 3 }],
    hires: [], classSplits: [], shortfalls: [], check: { passes: true, violations: [] },
  } as unknown as Plan;
}

function year(y: number, staffNo: string): PlanYear {
  return { year: y, plan: plan(y, staffNo), carriedCost: 0, budgetCap: null, newSpendingCap: null, yearCost: y, retirements: [], returning: [], students: 0, shortfallTeachers: 0 };
}

const multi: Pick<MultiYearPlan, 'years'> = { years: [year(2027, 'A'), year(2028, 'B'), year(2029, 'C')] };

describe('planOfYear', () => {
  it('gives the plan itself without a year, and each year of a multi-year plan by its year', () => {
    const first = multi.years[0]!.plan;
    expect(planOfYear(first, multi).plan).toBe(first);
    expect(planOfYear(first, multi, 2028).plan.rotations[0]!.staffNo).toBe('B');
    expect(planOfYear(first, multi, 2029).planYear!.year).toBe(2029);
    expect(planYears(first, multi)).toEqual([2027, 2028, 2029]);
  });

  it('a one-year plan answers its own year, as it is', () => {
    const one = plan(2027, 'A');
    expect(planOfYear(one, undefined, 2027)).toEqual({ plan: one, planYear: null });
    expect(planOfYear(one, null)).toEqual({ plan: one, planYear: null });
    expect(planYears(one, undefined)).toEqual([2027]);
  });

  it('refuses a year the plan does not span, naming it and the plan\'s years', () => {
    expect(() => planOfYear(multi.years[0]!.plan, multi, 2030)).toThrow(PlanYearNotInPlanError);
    expect(() => planOfYear(multi.years[0]!.plan, multi, 2030)).toThrow('方案没有 2030 年的计划：方案的年份为 2027、2028、2029');
    expect(() => planOfYear(plan(2027, 'A'), undefined, 2028)).toThrow('方案的年份为 2027');
  });
});
