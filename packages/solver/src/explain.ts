import {
  applyStandardOverrides,
  planOutcome,
  STAFFING_INDICATORS,
  type IndicatorCode,
  type Level,
  type Plan,
  type PlanCost,
  type RegionData,
  type ScenarioParameters,
  type ShortfallCause,
  type StandardSet,
} from '@junheng/domain';

export interface ExplainRow {
  schoolCode: string;
  schoolName: string;
  level: Level;
  indicator: IndicatorCode;
  before: number | null;
  after: number | null;
  threshold: number;
  passesBefore: boolean;
  passesAfter: boolean;
  /** Teachers still missing after the plan (Q1-Q3, R). */
  gapTeachers: number | null;
  cause: ShortfallCause | null;
  /** Yearly cost that would close the remaining gap, when known. */
  costToClose: number | null;
}

export interface PlanExplanation {
  rows: ExplainRow[];
  costByKind: PlanCost;
  sections: number;
  compliantBefore: number;
  compliantAfter: number;
  gapTeachersBefore: number;
  gapTeachersAfter: number;
  /** Sum of the cost to close every remaining gap, where known. */
  costToCloseAll: number;
}

/**
 * Per section and staffing indicator: value before and after the plan, threshold, remaining gap, why,
 * and what closing it would cost; cost by kind; totals. Recomputed from the teacher-level result.
 */
export function explainPlan(region: RegionData, standardSet: StandardSet, scenario: ScenarioParameters, plan: Plan): PlanExplanation {
  const standards = applyStandardOverrides(standardSet, scenario.overrides);
  const outcome = planOutcome(region, standards, plan);
  const names = new Map(region.schools.map((s) => [s.code, s.name]));
  const shortfalls = new Map(plan.shortfalls.map((s) => [`${s.schoolCode}:${s.level}:${s.indicator}`, s]));
  const rows: ExplainRow[] = [];
  let gapBefore = 0;
  let gapAfter = 0;
  let compliantBefore = 0;
  let compliantAfter = 0;
  outcome.after.forEach((after, i) => {
    const before = outcome.before[i]!;
    const staffing = (c: { indicator: IndicatorCode }) => (STAFFING_INDICATORS as readonly string[]).includes(c.indicator);
    if (before.checks.filter(staffing).every((c) => c.passes)) compliantBefore += 1;
    if (after.checks.filter(staffing).every((c) => c.passes)) compliantAfter += 1;
    for (const a of after.checks.filter(staffing)) {
      const b = before.checks.find((c) => c.indicator === a.indicator)!;
      gapBefore += b.gapTeachers ?? 0;
      gapAfter += a.gapTeachers ?? 0;
      const s = shortfalls.get(`${after.schoolCode}:${after.level}:${a.indicator}`);
      rows.push({
        schoolCode: after.schoolCode,
        schoolName: names.get(after.schoolCode) ?? after.schoolCode,
        level: after.level,
        indicator: a.indicator,
        before: b.value,
        after: a.value,
        threshold: a.threshold,
        passesBefore: b.passes,
        passesAfter: a.passes,
        gapTeachers: a.gapTeachers,
        cause: a.passes ? null : (s?.cause ?? 'OTHER'),
        costToClose: a.passes ? 0 : (s?.costToClose ?? null),
      });
    }
  });
  return {
    rows,
    costByKind: plan.cost,
    sections: outcome.after.length,
    compliantBefore,
    compliantAfter,
    gapTeachersBefore: gapBefore,
    gapTeachersAfter: gapAfter,
    costToCloseAll: plan.shortfalls.reduce((sum, s) => sum + (s.costToClose ?? 0), 0),
  };
}

/** Total teachers still missing over every section and staffing check (and the rotation quota) of a plan. */
export function totalShortfallTeachers(plan: Pick<Plan, 'shortfalls'>): number {
  return plan.shortfalls.reduce((sum, s) => sum + (s.gapTeachers ?? 0), 0);
}
