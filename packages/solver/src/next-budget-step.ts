import type { Level, PlanShortfall, RegionData, ScenarioParameters, StandardSet } from '@junheng/domain';
import { totalShortfallTeachers } from './explain';
import { solveRegion, type SolveRegionOptions } from './solve-region';

export interface NextBudgetStep {
  step: number;
  budgetBefore: number;
  budgetAfter: number;
  costBefore: number;
  costAfter: number;
  shortfallTeachersBefore: number;
  shortfallTeachersAfter: number;
  /** Gaps the extra money closes or narrows, in teachers. */
  closed: Array<{ schoolCode: string | null; level: Level | null; indicator: PlanShortfall['indicator']; teachers: number }>;
}

/**
 * "What the next `step` yuan buy": the plan at the scenario's cap and a re-solve at cap + step, compared
 * gap by gap. Null without a cap (money is not what limits the plan).
 */
export async function nextBudgetStep(region: RegionData, standardSet: StandardSet, scenario: ScenarioParameters, step = 100_000, options: SolveRegionOptions = {}): Promise<NextBudgetStep | null> {
  if (scenario.budgetCap === null) return null;
  if (!(step > 0)) throw new RangeError('step must be a positive number of yuan');
  const before = await solveRegion({ region, standardSet, scenario, options });
  const after = await solveRegion({ region, standardSet, scenario: { ...scenario, budgetCap: scenario.budgetCap + step }, options });
  const key = (s: PlanShortfall) => `${s.schoolCode}:${s.level}:${s.indicator}`;
  const left = new Map(after.plan.shortfalls.map((s) => [key(s), s.gapTeachers ?? 0]));
  const closed: NextBudgetStep['closed'] = [];
  for (const s of before.plan.shortfalls) {
    const teachers = (s.gapTeachers ?? 0) - (left.get(key(s)) ?? 0);
    if (teachers > 0) closed.push({ schoolCode: s.schoolCode, level: s.level, indicator: s.indicator, teachers });
  }
  return {
    step,
    budgetBefore: scenario.budgetCap,
    budgetAfter: scenario.budgetCap + step,
    costBefore: before.plan.cost.total,
    costAfter: after.plan.cost.total,
    shortfallTeachersBefore: totalShortfallTeachers(before.plan),
    shortfallTeachersAfter: totalShortfallTeachers(after.plan),
    closed,
  };
}
