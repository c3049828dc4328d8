import {
  advancePlanYear, applyStandardOverrides, evaluateDatedTargets, lookaheadSections, multiYearCaps, multiYearForecastStudents, newSpendingCap, planOutcome, planShortfallTeachers,
  planYearRules, validateDatedTargets, type MultiYearPlan, type Plan, type PlanYear, type PlanYearRetirement, type RegionData, type RotationReturn, type TargetYearState,
} from '@junheng/domain';
import { restatePlan } from './restate-plan';
import { solveRegion, type SolveRegionInput, type SolveResult } from './solve-region';

export interface SolveMultiYearInput extends SolveRegionInput {
  /** Plan each year seeing the next year's students (default true); false plans each year alone. */
  lookahead?: boolean;
  /** Called before each year is solved (0-based), e.g. for progress. */
  onYear?: (index: number, years: number) => void;
}

export interface MultiYearSolveResult {
  plan: MultiYearPlan;
  /** The solver's result of each year (the first year's plan is the scenario's single plan). */
  results: SolveResult[];
  /** The region each year was planned for (before its plan). */
  regions: RegionData[];
  totalMs: number;
}

/** Yearly cost a plan leaves to later years: until `until` (exclusive), or for good when null. */
interface Commitment {
  yearly: number;
  until: number | null;
}

/** What a year's plan costs in later years: hires, extra quota and classrooms for good; rotations for their term. */
function commitmentsOf(plan: Plan): Commitment[] {
  const out: Commitment[] = [{ yearly: plan.cost.hires + plan.cost.extraQuota + (plan.cost.classrooms ?? 0), until: null }];
  if (plan.rotations.length > 0) {
    const term = Math.max(...plan.rotations.map((r) => r.termYears));
    out.push({ yearly: plan.cost.rotation + plan.cost.transport, until: plan.year + term });
  }
  return out;
}

/**
 * A multi-year scenario (years 1-5, a budget cap per year) solved year by year (see the README): year k
 * is the forecast of that school year (students from the outlook; rotation terms ended and retirements
 * removed by the year's September 1; every earlier year's plan carried out, its hires teaching and its
 * rotating teachers at their schools until their terms end). Earlier plans' running costs count against
 * the year's cap first; the year's budget for new levers is `newSpendingCap` (no later cap exceeded). With lookahead, each year but the
 * last is solved with every section's students at the larger of this and next year's, then restated
 * (shortfalls, balance, checker) against the year as it is.
 */
export async function solveMultiYear(input: SolveMultiYearInput): Promise<MultiYearSolveResult> {
  const t0 = performance.now();
  const { standardSet, scenario } = input;
  const caps = multiYearCaps(scenario);
  const targets = scenario.targets ?? [];
  validateDatedTargets(targets);
  const targetStates: TargetYearState[] = [];
  const years = caps.length;
  const lookahead = input.lookahead !== false;
  const standards = applyStandardOverrides(standardSet, scenario.overrides);
  const rules = planYearRules(standards);
  const forecast = multiYearForecastStudents(input.region, standards, scenario.year, years);
  const commitments: Commitment[] = [];
  const out: PlanYear[] = [];
  const results: SolveResult[] = [];
  const regions: RegionData[] = [];
  let current = input.region;
  for (let k = 0; k < years; k++) {
    input.onYear?.(k, years);
    const year = scenario.year + k;
    let retirements: PlanYearRetirement[] = [];
    let returning: RotationReturn[] = [];
    if (k > 0) {
      const next = advancePlanYear(current, out[k - 1]!.plan, year, forecast[k - 1]!, rules);
      current = next.region;
      retirements = next.retirements;
      returning = next.returning;
    }
    regions.push(current);
    const carriedInto = (j: number) => commitments.filter((c) => c.until === null || scenario.year + j < c.until).reduce((a, c) => a + c.yearly, 0);
    const carriedCost = carriedInto(k);
    const budgetCap = caps[k] ?? null;
    const newCap = newSpendingCap(caps, k, carriedInto);
    const yearScenario = { ...scenario, year, budgetCap: newCap, years: 1, yearBudgetCaps: null };
    const nextStudents = lookahead ? forecast[k] : undefined;
    const solveOn = nextStudents ? { ...current, sections: lookaheadSections(current.sections, nextStudents) } : current;
    // Later years keep the first year's strategy (the county is the same size): a later year with fewer
    // eligible teachers may fall under the exact strategy's limit yet be too large for it.
    const strategy = input.options?.strategy ?? results[0]?.strategy;
    const result = await solveRegion({ region: solveOn, standardSet, scenario: yearScenario, options: { ...input.options, strategy } });
    const plan = solveOn === current ? result.plan : restatePlan(current, standardSet, yearScenario, result.plan);
    results.push({ ...result, plan });
    out.push({
      year, plan, carriedCost, budgetCap, newSpendingCap: newCap, yearCost: carriedCost + plan.cost.total, retirements, returning,
      students: current.sections.reduce((a, s) => a + s.students, 0), shortfallTeachers: planShortfallTeachers(plan),
    });
    commitments.push(...commitmentsOf(plan));
    if (targets.length > 0) {
      const after = planOutcome(current, standards, plan);
      targetStates.push({ year, sections: after.sectionsAfter, evaluations: after.after });
    }
  }
  return {
    plan: { baseYear: scenario.year, years: out, totalCost: out.reduce((a, y) => a + y.yearCost, 0), lookahead, targets: evaluateDatedTargets(targets, targetStates) },
    results,
    regions,
    totalMs: performance.now() - t0,
  };
}
