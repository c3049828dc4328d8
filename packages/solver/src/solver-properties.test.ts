import fc from 'fast-check';
import { NATIONAL_STANDARD_SET } from '@junheng/domain';
import { describe, expect, it } from 'vitest';
import { solveRegion } from './solve-region';
import { cheapestCompliantPlan } from './test-support/enumerate-plans';
import { scenarioFor } from './test-support/scenario';
import { lockAllBut, tinyCase, tinyCountyForEnumeration } from './test-support/tiny-county';

describe('solver properties on random small counties', () => {
  it('every plan it returns passes the independent checker', async () => {
    await fc.assert(
      fc.asyncProperty(tinyCase, async ({ region, scenario }) => {
        const r = await solveRegion({ region, standardSet: NATIONAL_STANDARD_SET, scenario });
        if (r.status === 'INFEASIBLE') {
          // Full compliance cannot be had: the plan is the best soft one, and only standards fail.
          expect(scenario.mode).toBe('CHEAPEST_FULL_COMPLIANCE');
          expect(r.infeasibility.length).toBeGreaterThan(0);
          for (const v of r.plan.check.violations) expect(['STANDARD_NOT_MET', 'ROTATION_QUOTA', 'BACKBONE_SHARE']).toContain(v.rule);
        } else {
          expect(r.plan.check.violations).toEqual([]);
        }
        if (scenario.budgetCap !== null) expect(r.plan.cost.total).toBeLessThanOrEqual(scenario.budgetCap);
      }),
      { numRuns: 40, seed: 20270901 },
    );
  });

  it('no compliant plan is cheaper than the solver optimum on instances small enough to enumerate', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({ seed: fc.integer({ min: 1, max: 1_000_000 }), schools: fc.integer({ min: 2, max: 3 }), movable: fc.integer({ min: 0, max: 2 }), quota: fc.constantFrom(0, 0.1), any: fc.boolean() }),
        async (p) => {
          const region = tinyCountyForEnumeration(p.seed, p.schools);
          const scenario = scenarioFor(region, {
            mode: 'CHEAPEST_FULL_COMPLIANCE',
            mipGap: 0,
            weights: { shortfall: 1e7, cost: 1, distance: 0 },
            lockedStaffNos: lockAllBut(region, p.movable),
            overrides: { rotation: { quotaShareOfEligible: p.quota } },
            directions: p.any ? { kind: 'ANY' } : { kind: 'DEFAULT' },
          });
          const brute = cheapestCompliantPlan(region, NATIONAL_STANDARD_SET, scenario);
          const r = await solveRegion({ region, standardSet: NATIONAL_STANDARD_SET, scenario, options: { strategy: 'exact' } });
          if (brute === null) {
            // Either truly infeasible, or feasible only with more than one hire per section (outside the enumeration).
            if (r.status !== 'INFEASIBLE') expect(r.plan.hires.some((h) => h.count > 1)).toBe(true);
          } else {
            expect(r.status).toBe('OPTIMAL');
            expect(r.plan.check.passes).toBe(true);
            expect(r.plan.cost.total).toBeLessThanOrEqual(brute.cost + 1e-6);
          }
        },
      ),
      { numRuns: 14, seed: 4242 },
    );
  });
});
