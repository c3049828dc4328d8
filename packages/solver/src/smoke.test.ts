import { NATIONAL_STANDARD_SET } from '@junheng/domain';
import { describe, expect, it } from 'vitest';
import { generateCounty } from './bench/generate-county';
import { HighsBackend } from './backends/highs-backend';
import { JslpBackend } from './backends/jslp-backend';
import { maxViolation } from './backends/solver-backend';
import { solveRegion } from './solve-region';
import { scenarioFor } from './test-support/scenario';

describe('smoke', () => {
  it('solves a generated county', async () => {
    for (const n of [8, 60]) {
      const region = generateCounty({ schools: n, seed: 3 });
      for (const budgetCap of [null, 2_000_000]) {
        for (const backend of [new HighsBackend(), new JslpBackend()]) {
          if (backend.name === 'jslp' && n > 10) continue;
          for (const strategy of ['exact', 'lp-round'] as const) {
          const r = await solveRegion({ region, standardSet: NATIONAL_STANDARD_SET, scenario: scenarioFor(region, { budgetCap }), options: { backend, strategy } });
          console.log(JSON.stringify({ n, budgetCap, b: backend.name, st: r.status, s: r.strategy, v: r.stats.variables, ms: Math.round(r.timings.totalMs), obj: r.objective, bound: r.bound, gap: r.gap, cost: r.plan.cost.total, rot: r.plan.rotations.length, hires: r.plan.hires.reduce((a, h) => a + h.count, 0), sf: r.plan.shortfalls.length, sfT: r.plan.shortfalls.reduce((a, s) => a + (s.gapTeachers ?? 0), 0), viol: r.plan.check.violations.slice(0, 3).map((v) => v.message) }));
          expect(r.plan.check.passes).toBe(true);
          }
        }
      }
    }
  });
});
