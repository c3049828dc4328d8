import { checkPlan, NATIONAL_STANDARD_SET, planOutcome, type Plan } from '@junheng/domain';
import { describe, expect, it } from 'vitest';
import { HighsBackend } from './backends/highs-backend';
import { solveRegion } from './solve-region';
import { region, school, section, staff } from './test-support/hand-made';
import { scenarioFor } from './test-support/scenario';

/**
 * Three rural primary schools, nobody eligible to rotate (everyone arrived in 2024), hire room at each.
 * Primary thresholds: Q1 >= 4.2, Q2 >= 1.0, Q3 >= 0.9 per 100 students, R <= 19; six of seven with the
 * seventh at >= 85% of its threshold.
 *
 * A: 100 students, 6 teachers (R needs ceil(100/19) = 6: passes). 4 qualified: Q1 = 4.0 < 4.2, short by
 *    one (ceil(4.2) = 5), but 4.0 >= 0.85 x 4.2 = 3.57. Q2 = 1 backbone = 1.0, Q3 = 1 PE = 1.0: pass. F1-F4
 *    pass (ample facilities). Six of seven pass, Q1 at 95%: A meets the rule as it stands.
 * B: as A, but its sports ground is 675 m² for 100 students: F2 = 6.75 < 7.5 (90% of it). With Q1 short
 *    too, two of seven fail: B needs Q1, one qualified teacher.
 * C: 1000 students, 53 teachers (R needs ceil(1000/19) = 53: passes), 41 qualified (Q1 = 4.1, short by 1:
 *    ceil(42) = 42; 4.1 >= 3.57), 10 backbone (Q2 = 1.0), 8 PE (Q3 = 0.8 < 0.9, short by 1: ceil(9) = 9;
 *    0.8 >= 0.85 x 0.9 = 0.765). Two staffing indicators fail, both above 85%: one of them must be closed,
 *    either will do (the model's binary choice), with one hire.
 * ALL_CHECKS needs A's and B's qualified teacher and C's two (one qualified PE teacher closes both):
 * 3 hires at least. SIX_OF_SEVEN needs B's and one at C: 2 hires.
 */
function county() {
  const sections = [section('A', 100, 4), section('B', 100, 4), section('C', 1000, 25)];
  const teachers = [
    ...staff('A', 'A', 6, (i) => ({ education: i < 4 ? 'BACHELOR' : 'SECONDARY_VOCATIONAL', backbone: i === 0 ? 'COUNTY' : 'NONE', subject: i === 5 ? '体育' : '语文' })),
    ...staff('B', 'B', 6, (i) => ({ education: i < 4 ? 'BACHELOR' : 'SECONDARY_VOCATIONAL', backbone: i === 0 ? 'COUNTY' : 'NONE', subject: i === 5 ? '体育' : '语文' })),
    ...staff('C', 'C', 53, (i) => ({ education: i < 41 ? 'BACHELOR' : 'SECONDARY_VOCATIONAL', backbone: i < 10 ? 'COUNTY' : 'NONE', subject: i >= 45 ? '音乐' : '语文' })),
  ];
  const b = school('B', 'RURAL', 3, 8);
  return region([school('A', 'RURAL', 1, 8), { ...b, facilities: { ...b.facilities, sportsAreaM2: 675 } }, school('C', 'RURAL', 5, 56)], sections, teachers);
}

const emptyPlan = (): Plan => ({
  county: 'C1', year: 2027, backend: 'none', status: 'OPTIMAL', gap: 0, cost: { total: 0, hires: 0, rotation: 0, transport: 0, extraQuota: 0 },
  rotations: [], hires: [], classSplits: [], shortfalls: [], check: { passes: true, violations: [] },
});

describe('the six-of-seven target', () => {
  const data = county();

  it('the checker judges the hand-made county as computed by hand before any plan', () => {
    const before = planOutcome(data, NATIONAL_STANDARD_SET, emptyPlan()).before;
    const verdict = Object.fromEntries(before.map((s) => [s.schoolCode, s.sixOfSeven]));
    expect(verdict.A).toEqual({ meets: true, passing: 6, failing: ['Q1'] });
    expect(verdict.B).toEqual({ meets: false, passing: 5, failing: ['Q1', 'F2'] });
    expect(verdict.C).toEqual({ meets: false, passing: 5, failing: ['Q1', 'Q3'] });
    const full = (target: 'SIX_OF_SEVEN' | 'ALL_CHECKS') => checkPlan(data, NATIONAL_STANDARD_SET, scenarioFor(data, { mode: 'CHEAPEST_FULL_COMPLIANCE', target }), emptyPlan());
    const flagged = (target: 'SIX_OF_SEVEN' | 'ALL_CHECKS') => full(target).violations.filter((v) => v.rule === 'STANDARD_NOT_MET').map((v) => v.schoolCode);
    expect(flagged('SIX_OF_SEVEN').sort()).toEqual(['B', 'C', 'C']);
    expect(flagged('ALL_CHECKS').sort()).toEqual(['A', 'B', 'C', 'C']);
  });

  it('with SIX_OF_SEVEN the solver closes exactly what the rule needs and the checker agrees', async () => {
    const scenario = scenarioFor(data, { mode: 'CHEAPEST_FULL_COMPLIANCE', target: 'SIX_OF_SEVEN', mipGap: 0 });
    const r = await solveRegion({ region: data, standardSet: NATIONAL_STANDARD_SET, scenario, options: { backend: new HighsBackend() } });
    expect(r.status).toBe('OPTIMAL');
    expect(r.plan.check).toEqual({ passes: true, violations: [] });
    const hires = (code: string) => r.plan.hires.filter((h) => h.schoolCode === code).reduce((a, h) => a + h.count, 0);
    expect([hires('A'), hires('B'), hires('C')]).toEqual([0, 1, 1]);
    const after = planOutcome(data, NATIONAL_STANDARD_SET, r.plan).after;
    for (const s of after) expect(s.sixOfSeven.meets).toBe(true);
    // C keeps one staffing indicator short, above 85%: the rule's allowance, not a shortfall.
    expect(after.find((s) => s.schoolCode === 'C')!.sixOfSeven.failing).toHaveLength(1);
    expect(r.plan.shortfalls).toEqual([]);
  });

  it('with ALL_CHECKS the same county needs more, and best-within-budget reports only what the rule counts', async () => {
    const all = await solveRegion({ region: data, standardSet: NATIONAL_STANDARD_SET, scenario: scenarioFor(data, { mode: 'CHEAPEST_FULL_COMPLIANCE', mipGap: 0 }), options: { backend: new HighsBackend() } });
    const six = await solveRegion({ region: data, standardSet: NATIONAL_STANDARD_SET, scenario: scenarioFor(data, { mode: 'CHEAPEST_FULL_COMPLIANCE', target: 'SIX_OF_SEVEN', mipGap: 0 }), options: { backend: new HighsBackend() } });
    expect(all.plan.check.passes).toBe(true);
    expect(all.plan.hires.reduce((a, h) => a + h.count, 0)).toBe(3);
    expect(six.plan.cost.total).toBeLessThan(all.plan.cost.total);
    // No money: nothing is hired; under SIX_OF_SEVEN A's Q1 (allowed) is no shortfall, B's Q1 and C's two are.
    const broke = await solveRegion({ region: data, standardSet: NATIONAL_STANDARD_SET, scenario: scenarioFor(data, { budgetCap: 0, target: 'SIX_OF_SEVEN' }), options: { backend: new HighsBackend() } });
    expect(broke.plan.check).toEqual({ passes: true, violations: [] });
    expect(broke.plan.shortfalls.map((s) => `${s.schoolCode}:${s.indicator}`).sort()).toEqual(['B:Q1', 'C:Q1', 'C:Q3']);
  });
});
