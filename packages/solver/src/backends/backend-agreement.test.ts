import { NATIONAL_STANDARD_SET } from '@junheng/domain';
import { describe, expect, it } from 'vitest';
import { generateCounty } from '../generate-county';
import { buildModel } from '../model-builder';
import { scenarioFor } from '../test-support/scenario';
import { HighsBackend } from './highs-backend';
import { JslpBackend } from './jslp-backend';
import { maxViolation, objectiveOf } from './solver-backend';

const highs = new HighsBackend();
const jslp = new JslpBackend();
const close = (a: number, b: number, rel: number) => Math.abs(a - b) <= rel * Math.max(1, Math.abs(a), Math.abs(b));

describe('backend agreement on generated counties', () => {
  for (const [schools, seed, budget] of [[10, 1, null], [14, 2, 600_000], [20, 3, null], [30, 4, 1_500_000]] as const) {
    it(`LP relaxation: same objective on ${schools} schools (seed ${seed}, budget ${budget})`, async () => {
      const region = generateCounty({ schools, seed });
      const model = buildModel(region, NATIONAL_STANDARD_SET, scenarioFor(region, { budgetCap: budget }));
      const a = await highs.solve(model, { relax: true, mipGap: 0, timeLimitSeconds: 30 });
      const b = await jslp.solve(model, { relax: true, mipGap: 0, timeLimitSeconds: 30 });
      expect(a.status).toBe('OPTIMAL');
      expect(b.status).toBe('OPTIMAL');
      expect(close(a.objective!, b.objective!, 1e-7)).toBe(true);
      // Each answer satisfies every row and bound of the model, rebuilt independently of the backend.
      expect(maxViolation(model, a.values!)).toBeLessThan(1e-6);
      expect(maxViolation(model, b.values!)).toBeLessThan(1e-6);
      expect(close(objectiveOf(model, a.values!), a.objective!, 1e-9)).toBe(true);
    });
  }

  // (8 schools, seed 12) left: since the backbone share no longer caps the rotation, javascript-lp-solver's
  // branch and bound does not prove that instance's optimum within 30 s; 7 schools, seed 16 it does. (10
  // schools, seed 13) left when recalls and post transfers joined the model (no proof in 120 s); 9 schools,
  // seed 13 it proves in about 4 s.
  for (const [schools, seed] of [[6, 11], [7, 16], [9, 13]] as const) {
    it(`MIP with integer flows: same optimum on ${schools} schools (seed ${seed})`, async () => {
      const region = generateCounty({ schools, seed });
      const model = buildModel(region, NATIONAL_STANDARD_SET, scenarioFor(region, { budgetCap: 400_000 }), { integerFlows: true });
      // A generous limit: on a loaded 2-core machine javascript-lp-solver needs more than 30 s for 10 schools,
      // and an optimum cut short by the clock is not a disagreement.
      const a = await highs.solve(model, { mipGap: 0, timeLimitSeconds: 120 });
      const b = await jslp.solve(model, { mipGap: 0, timeLimitSeconds: 120 });
      expect([a.status, b.status]).toEqual(['OPTIMAL', 'OPTIMAL']);
      expect(close(a.objective!, b.objective!, 1e-7)).toBe(true);
      for (const r of [a, b]) {
        expect(maxViolation(model, r.values!)).toBeLessThan(1e-6);
        model.variables.forEach((v, i) => v.integer && expect(Math.abs(r.values![i]! - Math.round(r.values![i]!))).toBeLessThan(1e-6));
      }
    }, 300_000);
  }
});
