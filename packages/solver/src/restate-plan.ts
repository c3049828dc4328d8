import { checkPlan, planOutcome, type Plan, type RegionData, type ScenarioParameters, type StandardSet } from '@junheng/domain';
import { buildModelFromIndex } from './model-builder';
import { planBalance } from './plan-balance';
import { buildRegionIndex } from './region-index';
import { reportShortfalls } from './shortfall-causes';

/**
 * A plan solved on one region (e.g. with next year's students) restated against another with the same
 * schools and teachers (the year as it is): shortfalls and their causes, the county balance and the
 * checker's verdict are those of `region`. The rows and the cost stay. Pure apart from building the model.
 */
export function restatePlan(region: RegionData, standardSet: StandardSet, scenario: ScenarioParameters, plan: Plan): Plan {
  const index = buildRegionIndex(region, standardSet, scenario);
  const model = buildModelFromIndex(index);
  const outcome = planOutcome(region, index.standards, plan);
  const solved = new Map(plan.shortfalls.map((s) => [`${s.schoolCode}:${s.level}:${s.indicator}`, s]));
  const shortfalls = reportShortfalls(model, outcome.after, plan, plan.status).map((s) => {
    // The marginal cost to close a gap comes from the solve; keep it where the same gap was reported.
    const same = solved.get(`${s.schoolCode}:${s.level}:${s.indicator}`);
    return same && same.costToClose !== undefined && s.costToClose === undefined ? { ...s, costToClose: same.costToClose } : s;
  });
  const restated: Plan = { ...plan, shortfalls, balance: planBalance(index, outcome.before, outcome.after) };
  return { ...restated, check: checkPlan(region, standardSet, scenario, restated) };
}
