import { applyStandardOverrides, planOutcome, regionBalance, type IndicatorBalance, type Plan, type RegionData, type ScenarioParameters, type SectionEvaluation, type StandardSet } from '@junheng/domain';

type SectionState = Pick<SectionEvaluation, 'indicators' | 'checks' | 'compliant' | 'teachers'>;

export interface SectionBeforeAfter {
  schoolCode: string;
  level: SectionEvaluation['level'];
  before: SectionState;
  after: SectionState;
}

/** The indicators of every section before and after one year's plan, and the county balance before and after. */
export interface YearSections {
  year: number;
  sections: SectionBeforeAfter[];
  balanceBefore: IndicatorBalance[];
  balanceAfter: IndicatorBalance[];
}

function slim(e: SectionEvaluation): SectionState {
  return { indicators: e.indicators, checks: e.checks, compliant: e.compliant, teachers: e.teachers };
}

/** Sections before and after `plan` on `region` (the region the plan was made for), under the scenario's standards. */
export function yearSections(region: RegionData, standardSet: StandardSet, scenario: Pick<ScenarioParameters, 'overrides'>, plan: Plan): YearSections {
  const standards = applyStandardOverrides(standardSet, scenario.overrides);
  const outcome = planOutcome(region, standards, plan);
  return {
    year: plan.year,
    sections: outcome.before.map((b, i) => ({ schoolCode: b.schoolCode, level: b.level, before: slim(b), after: slim(outcome.after[i]!) })),
    balanceBefore: regionBalance(outcome.before, standards),
    balanceAfter: regionBalance(outcome.after, standards),
  };
}
