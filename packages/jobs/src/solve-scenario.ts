import { applyStandardOverrides, checkMultiYearPlan, planOutcome, regionBalance, type IndicatorBalance, type MultiYearCheck, type SectionEvaluation } from '@junheng/domain';
import { explainPlan, solveMultiYear, solveRegion, type SolveResult } from '@junheng/solver';
import type { MultiYearPlan } from '@junheng/domain';
import type { RunProgress } from '@junheng/db';
import type { SolveOutcome, SolveRequest } from './solve-in-thread';
import { yearSections, type YearSections } from './year-sections';

export interface SectionBeforeAfter {
  schoolCode: string;
  level: SectionEvaluation['level'];
  before: Pick<SectionEvaluation, 'indicators' | 'checks' | 'compliant' | 'teachers'>;
  after: Pick<SectionEvaluation, 'indicators' | 'checks' | 'compliant' | 'teachers'>;
}

function slim(e: SectionEvaluation): SectionBeforeAfter['before'] {
  return { indicators: e.indicators, checks: e.checks, compliant: e.compliant, teachers: e.teachers };
}

/**
 * Solves a scenario and assembles everything the stored plan carries: the plan file, the explanation,
 * indicators per section and the county balance before and after, the model's size and timings.
 */
export async function solveScenario(request: SolveRequest, onProgress: (p: RunProgress) => void): Promise<SolveOutcome> {
  const { region, standardSet, scenario } = request;
  onProgress({ stage: 'SOLVING', fraction: 0.25 });
  let result: SolveResult;
  // A multi-year scenario (or one with dated targets): every year's plan is stored in `multiYear`; `plan` stays the first year's, so
  // every reader of a single plan (explanation, exports, apply) works unchanged.
  let multiYear: MultiYearPlan | null = null;
  // The years checked together, independently of the solver: replayed from this region (the one solved from).
  let multiYearCheck: MultiYearCheck | null = null;
  // The later years' indicators before and after their plan (the first year's are `sections` below), for the plan's year tabs.
  let laterYears: YearSections[] = [];
  if ((scenario.years ?? 1) > 1 || (scenario.targets?.length ?? 0) > 0) {
    const solved = await solveMultiYear({
      region, standardSet, scenario,
      onYear: (k, years) => onProgress({ stage: 'SOLVING', fraction: 0.25 + (0.6 * k) / years }),
    });
    multiYear = solved.plan;
    laterYears = solved.results.slice(1).map((r, k) => yearSections(solved.regions[k + 1]!, standardSet, scenario, r.plan));
    result = solved.results[0]!;
    onProgress({ stage: 'CHECKING', fraction: 0.85, incumbent: result.objective });
    // Stored for every reader of the plan: teachers named by staff number only (no personal data).
    multiYearCheck = checkMultiYearPlan(region, standardSet, scenario, solved.plan, { plannedOn: solved.regions, teacherNames: false });
  } else {
    result = await solveRegion({ region, standardSet, scenario });
    onProgress({ stage: 'CHECKING', fraction: 0.85, incumbent: result.objective });
  }
  const standards = applyStandardOverrides(standardSet, scenario.overrides);
  const explanation = explainPlan(region, standardSet, scenario, result.plan);
  const outcome = planOutcome(region, standards, result.plan);
  const balanceBefore: IndicatorBalance[] = regionBalance(outcome.before, standards);
  const balanceAfter: IndicatorBalance[] = regionBalance(outcome.after, standards);
  const sections: SectionBeforeAfter[] = outcome.before.map((b, i) => ({
    schoolCode: b.schoolCode,
    level: b.level,
    before: slim(b),
    after: slim(outcome.after[i]!),
  }));
  return {
    plan: result.plan,
    ...(multiYear ? { multiYear, yearSections: laterYears } : {}),
    ...(multiYearCheck ? { multiYearCheck } : {}),
    // The rules it was computed under, before the scenario's own changes: which regional set, which version.
    standardSet: { id: standardSet.id, version: standardSet.version, name: standardSet.name },
    // The points rule (积分) that chose the rotating teachers, with the scenario's overrides: the plan page and
    // the documents use this one, even after the county changes its rule.
    rotationPoints: standards.rotationPoints,
    explanation,
    sections,
    balanceBefore,
    balanceAfter,
    solver: {
      backend: result.backend,
      strategy: result.strategy,
      status: result.status,
      objective: result.objective,
      bound: result.bound,
      gap: result.gap,
      stats: result.stats,
      timings: result.timings,
      infeasibility: result.infeasibility,
    },
  };
}
