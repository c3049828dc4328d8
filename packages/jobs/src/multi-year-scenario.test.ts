import { generateDemoCounty } from '@junheng/db';
import {
  applyStandardOverrides, checkPlan, DEFAULT_SCENARIO, NATIONAL_STANDARD_SET, nextPlanYear, regionAfterPlan, regionOutlook, sectionKey,
  type MultiYearCheck, type MultiYearPlan, type RegionData, type ScenarioParameters,
} from '@junheng/domain';
import { describe, expect, it } from 'vitest';
import { solveScenario } from './solve-scenario';

const region = generateDemoCounty({ seed: 1, year: 2027 });
const caps = [1_500_000, 1_800_000, 2_000_000];
const scenario: ScenarioParameters = { ...DEFAULT_SCENARIO, countyCodes: [region.counties[0]!.code], year: 2027, years: 3, yearBudgetCaps: caps };

/** The year regions rebuilt here from the domain rules alone: forecast students, the earlier plans carried out, rollover and retirements. */
function yearRegions(plan: MultiYearPlan): RegionData[] {
  const standards = applyStandardOverrides(NATIONAL_STANDARD_SET, null);
  const outlook = regionOutlook(region, standards, { baseYear: 2027, years: 2 });
  const rules = { oversizedClassMin: standards.sizes.oversizedClassMin, retirement: standards.rotation.retirement };
  const out: RegionData[] = [region];
  for (let i = 1; i < plan.years.length; i++) {
    const students = new Map<string, number>();
    for (const s of outlook.schools) for (const sec of s.years[i - 1]!.sections) students.set(sectionKey(s.schoolCode, sec.level), sec.students);
    out.push(nextPlanYear(regionAfterPlan(out[i - 1]!, plan.years[i - 1]!.plan, rules.oversizedClassMin), 2027 + i, students, rules).region);
  }
  return out;
}

describe('a 3-year scenario of the demo county', () => {
  it('gives a plan per year whose rotations, hires and retirements carry, each year within its cap and passing the checker', async () => {
    const outcome = await solveScenario({ task: 'solve', region, standardSet: NATIONAL_STANDARD_SET, scenario }, () => {});
    const multi = outcome.multiYear as MultiYearPlan;
    expect(multi.years.map((y) => y.year)).toEqual([2027, 2028, 2029]);
    // The stored single plan stays the first year's, for every reader of one plan.
    expect(outcome.plan).toEqual(multi.years[0]!.plan);
    const regions = yearRegions(multi);
    const rotatedBefore = new Set<string>();
    let hiresSoFar = 0;
    multi.years.forEach((y, i) => {
      expect(y.budgetCap).toBe(caps[i]);
      expect(y.yearCost).toBeLessThanOrEqual(caps[i]!);
      expect(y.yearCost).toBe(y.carriedCost + y.plan.cost.total);
      // Checked against the year as the domain rules rebuild it, independently of the solver.
      const verdict = checkPlan(regions[i]!, NATIONAL_STANDARD_SET, { ...scenario, year: y.year, budgetCap: y.newSpendingCap }, y.plan);
      expect(verdict.violations).toEqual([]);
      expect(y.plan.check.passes).toBe(true);
      // A teacher rotated in an earlier year is still in their three-year term: not rotated again.
      for (const r of y.plan.rotations) expect(rotatedBefore.has(r.staffNo)).toBe(false);
      for (const r of y.plan.rotations) rotatedBefore.add(r.staffNo);
      // Earlier hires teach in this year's region; retired teachers are gone from it.
      expect(regions[i]!.teachers.filter((t) => t.staffNo.startsWith('NEW')).length).toBe(hiresSoFar);
      hiresSoFar += y.plan.hires.reduce((a, h) => a + h.count, 0);
      const staff = new Set(regions[i]!.teachers.map((t) => t.staffNo));
      for (const r of y.retirements) expect(staff.has(r.staffNo)).toBe(false);
    });
    // The carried cost of 2028 is 2027's hires, extra quota and classrooms plus its rotations (a 3-year term).
    const first = multi.years[0]!.plan.cost;
    expect(multi.years[1]!.carriedCost).toBe(first.hires + first.extraQuota + (first.classrooms ?? 0) + first.rotation + first.transport);
    expect(multi.years.some((y) => y.retirements.length > 0)).toBe(true);
    expect(multi.years[0]!.plan.rotations.length + multi.years[0]!.plan.hires.length).toBeGreaterThan(0);
    expect(multi.totalCost).toBe(multi.years.reduce((a, y) => a + y.yearCost, 0));
    // The domain's multi-year checker, stored with the plan: the years replayed from this region and checked together.
    expect((outcome.multiYearCheck as MultiYearCheck).problems).toEqual([]);
    expect((outcome.multiYearCheck as MultiYearCheck).passes).toBe(true);
  }, 600_000);
});
