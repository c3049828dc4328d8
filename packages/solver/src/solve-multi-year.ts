import {
  applyStandardOverrides, evaluateDatedTargets, lookaheadSections, planOutcome, validateDatedTargets, type TargetYearState, multiYearCaps, nextPlanYear, planShortfallTeachers, regionAfterPlan, regionOutlook, sectionKey,
  type MultiYearPlan, type Plan, type PlanYear, type PlanYearRetirement, type RegionData, type RotationReturn,
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

/** Students of every section in each forecast year after the first (index 0: the second plan year). */
function forecastStudents(input: SolveRegionInput, years: number): Map<string, number>[] {
  if (years <= 1) return [];
  const { region, scenario } = input;
  const standards = applyStandardOverrides(input.standardSet, scenario.overrides);
  const outlook = regionOutlook(
    { schools: region.schools, sections: region.sections, teachers: region.teachers, grades: region.grades, intake: region.intake },
    standards,
    { baseYear: scenario.year, years: years - 1 },
  );
  return Array.from({ length: years - 1 }, (_, i) => {
    const m = new Map<string, number>();
    for (const s of outlook.schools) for (const sec of s.years[i]?.sections ?? []) m.set(sectionKey(s.schoolCode, sec.level), sec.students);
    return m;
  });
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
 * the year's cap first; the rest is the year's budget for new levers. With lookahead, each year but the
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
  const rules = { oversizedClassMin: standards.sizes.oversizedClassMin, retirement: standards.rotation.retirement };
  const forecast = forecastStudents(input, years);
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
      const next = nextPlanYear(current, year, forecast[k - 1]!, rules);
      current = next.region;
      retirements = next.retirements;
      returning = next.returning;
    }
    regions.push(current);
    const carriedCost = commitments.filter((c) => c.until === null || year < c.until).reduce((a, c) => a + c.yearly, 0);
    const budgetCap = caps[k] ?? null;
    const newSpendingCap = budgetCap === null ? null : Math.max(0, budgetCap - carriedCost);
    const yearScenario = { ...scenario, year, budgetCap: newSpendingCap, years: 1, yearBudgetCaps: null };
    const nextStudents = lookahead ? forecast[k] : undefined;
    const solveOn = nextStudents ? { ...current, sections: lookaheadSections(current.sections, nextStudents) } : current;
    // Later years keep the first year's strategy (the county is the same size): a later year with fewer
    // eligible teachers may fall under the exact strategy's limit yet be too large for it.
    const strategy = input.options?.strategy ?? results[0]?.strategy;
    const result = await solveRegion({ region: solveOn, standardSet, scenario: yearScenario, options: { ...input.options, strategy } });
    const plan = solveOn === current ? result.plan : restatePlan(current, standardSet, yearScenario, result.plan);
    results.push({ ...result, plan });
    out.push({
      year, plan, carriedCost, budgetCap, newSpendingCap, yearCost: carriedCost + plan.cost.total, retirements, returning,
      students: current.sections.reduce((a, s) => a + s.students, 0), shortfallTeachers: planShortfallTeachers(plan),
    });
    commitments.push(...commitmentsOf(plan));
    if (targets.length > 0) {
      const after = planOutcome(current, standards, plan);
      targetStates.push({ year, sections: after.sectionsAfter, evaluations: after.after });
    }
    if (k + 1 < years) current = regionAfterPlan(current, plan, rules.oversizedClassMin);
  }
  return {
    plan: { baseYear: scenario.year, years: out, totalCost: out.reduce((a, y) => a + y.yearCost, 0), lookahead, targets: evaluateDatedTargets(targets, targetStates) },
    results,
    regions,
    totalMs: performance.now() - t0,
  };
}
