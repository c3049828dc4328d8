import { NATIONAL_STANDARD_SET } from '@junheng/domain';
import { describe, expect, it } from 'vitest';
import { withFixedFlows, withoutFixedFlows } from './aggregate-solution';
import { HighsBackend } from './backends/highs-backend';
import { maxViolation } from './backends/solver-backend';
import { generateCounty } from './generate-county';
import { buildModel } from './model-builder';
import { roundFlows } from './rounding';
import { scenarioFor } from './test-support/scenario';

/**
 * The repair step keeps the rows the second stage cannot mend (supply, donor caps, donor standards, the
 * teaching time of splits, budget), read from the model itself: with the flows fixed at its whole units,
 * the MIP over hires always finds a plan that satisfies every row of the model.
 */
describe('rounding checks the model rows', () => {
  for (const [label, over] of [
    ['a tight budget', { budgetCap: 400_000 }],
    ['no cap', { budgetCap: null }],
    ['a middling budget and a 30% quota', { budgetCap: 1_500_000, overrides: { rotation: { quotaShareOfEligible: 0.3 } } }],
  ] as const) {
    it(`whole flows with which the second stage finds a plan that satisfies every row (${label})`, async () => {
      const region = generateCounty({ schools: 40, seed: 4141 });
      const model = buildModel(region, NATIONAL_STANDARD_SET, scenarioFor(region, over));
      const backend = new HighsBackend();
      const lp = await backend.solve(model, { timeLimitSeconds: 60, mipGap: 0.005, relax: true });
      expect(lp.values).not.toBeNull();
      const units = roundFlows(model, lp.values!);
      expect(units.every((u) => Number.isInteger(u) && u >= 0)).toBe(true);
      const reduced = withoutFixedFlows(model, units);
      expect(reduced).not.toBeNull();
      const second = await backend.solve(reduced!.model, { timeLimitSeconds: 60, mipGap: 0.005 });
      expect(second.values).not.toBeNull();
      expect(maxViolation(withFixedFlows(model, units), reduced!.expand(second.values!))).toBeLessThan(1e-6);
      // Rotations happen.
      expect(units.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    });
  }
});
