import { NATIONAL_STANDARD_SET } from '@junheng/domain';
import { describe, expect, it } from 'vitest';
import { HighsBackend } from './backends/highs-backend';
import { generateCounty } from './generate-county';
import { costCurveHeadline } from './cost-curve';
import { lpDuals, marginalCosts } from './duals';
import { nextBudgetStep } from './next-budget-step';
import { solveRegion } from './solve-region';
import { region, school, section, staff } from './test-support/hand-made';
import { scenarioFor } from './test-support/scenario';

const highs = new HighsBackend();

/**
 * Two villages, nobody eligible to rotate. V1 (120 students, 6 teachers) and V2 (100 students, 5 teachers)
 * each miss R by one (ceil(120/19) = 7, ceil(100/19) = 6); a rural secondary-vocational
 * hire for R would cost 82,000, but a primary hire must hold at least 大专 (the standard set's hire
 * minimum): 80,000 + 12,000 rural = 92,000. A budget of 100,000 buys one, for V1 (more students).
 * In the LP relaxation the remaining 8,000 buy 0.09 of V2's hire, so the budget binds with shadow price
 * λ = penalty(V2,R) / 92,000 - 1 and V2's R row dual is its penalty: the marginal cost of V2's gap is
 * penalty / (1 + λ) = 92,000 a teacher.
 */
function twoFixesOneBudget() {
  const teachers = [
    ...staff('A', 'V1', 6, (i) => ({ backbone: i < 2 ? 'COUNTY' : 'NONE', subject: i >= 4 ? '体育' : '语文' })),
    ...staff('B', 'V2', 5, (i) => ({ backbone: i === 0 ? 'COUNTY' : 'NONE', subject: i === 1 ? '美术' : '语文' })),
  ];
  return region([school('V1', 'RURAL', 0, 8), school('V2', 'RURAL', 20, 8)], [section('V1', 120, 3), section('V2', 100, 3)], teachers);
}

describe('marginal costs from the model', () => {
  it('costToClose comes from the LP duals and a re-solve with that much more money closes the gap, one yuan less does not', async () => {
    const data = twoFixesOneBudget();
    const scenario = scenarioFor(data, { budgetCap: 100_000, mipGap: 0 });
    const r = await solveRegion({ region: data, standardSet: NATIONAL_STANDARD_SET, scenario, options: { backend: highs } });
    const duals = await lpDuals(r.model, 30);
    const m = marginalCosts(r.model, duals!);
    expect(m.budgetShadow).toBeGreaterThan(0);
    expect(m.perTeacher.get('V2:PRIMARY:R')).toBeCloseTo(92_000, 3);
    expect(r.plan.shortfalls).toEqual([expect.objectContaining({ schoolCode: 'V2', indicator: 'R', gapTeachers: 1, cause: 'BUDGET', costToClose: 92_000 })]);
    const spent = r.plan.cost.total;
    const enough = await solveRegion({ region: data, standardSet: NATIONAL_STANDARD_SET, scenario: { ...scenario, budgetCap: spent + 92_000 }, options: { backend: highs } });
    expect(enough.plan.shortfalls).toEqual([]);
    const short = await solveRegion({ region: data, standardSet: NATIONAL_STANDARD_SET, scenario: { ...scenario, budgetCap: spent + 92_000 - 1 }, options: { backend: highs } });
    expect(short.plan.shortfalls.map((s) => s.schoolCode)).toEqual(['V2']);
  });

  it('says what the next 100,000 yuan buy, by re-solving', async () => {
    const data = twoFixesOneBudget();
    const step = await nextBudgetStep(data, NATIONAL_STANDARD_SET, scenarioFor(data, { budgetCap: 100_000, mipGap: 0 }), 100_000, { backend: highs });
    expect(step).toMatchObject({ budgetBefore: 100_000, budgetAfter: 200_000, costBefore: 92_000, costAfter: 184_000, shortfallTeachersBefore: 1, shortfallTeachersAfter: 0 });
    expect(step!.closed).toEqual([{ schoolCode: 'V2', level: 'PRIMARY', indicator: 'R', teachers: 1 }]);
    expect(await nextBudgetStep(data, NATIONAL_STANDARD_SET, scenarioFor(data, { budgetCap: null }))).toBeNull();
  });

  it('the headline is the cheapest full-compliance cost when reachable, otherwise what stays short and why', async () => {
    const data = twoFixesOneBudget();
    const reachable = await costCurveHeadline(data, NATIONAL_STANDARD_SET, scenarioFor(data, { mipGap: 0 }), { backend: highs });
    expect(reachable).toMatchObject({ reachable: true, cheapestFullComplianceCost: 184_000, stillShort: [] });
    // V2 has no vacancy (quota 5 = its 5 teachers) and no donor: its R gap stays whatever the budget
    // (with post transfers off; V1's vacant posts could otherwise move there).
    const stuck = { ...data, schools: data.schools.map((s) => (s.code === 'V2' ? { ...s, quota: 5 } : s)) };
    const h = await costCurveHeadline(stuck, NATIONAL_STANDARD_SET, scenarioFor(stuck, { mipGap: 0, allowPostTransfers: false }), { backend: highs });
    expect(h).toMatchObject({ reachable: false, cheapestFullComplianceCost: null, stillShort: [{ indicator: 'R', cause: 'POSTS_HELD_BY_RULES', teachers: 1, places: 1 }] });
    expect(h.text).toContain('R 缺 1 名');
  });

  it('on a generated county every budget-bound gap has a positive marginal cost', async () => {
    const g = generateCounty({ schools: 15, seed: 6 });
    const r = await solveRegion({ region: g, standardSet: NATIONAL_STANDARD_SET, scenario: scenarioFor(g, { budgetCap: 500_000 }), options: { backend: highs } });
    const budgetBound = r.plan.shortfalls.filter((s) => s.cause === 'BUDGET');
    expect(budgetBound.length).toBeGreaterThan(0);
    for (const s of budgetBound) expect(s.costToClose).toBeGreaterThan(0);
  });
});
