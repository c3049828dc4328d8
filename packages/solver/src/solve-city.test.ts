import { NATIONAL_STANDARD_SET } from '@junheng/domain';
import { describe, expect, it } from 'vitest';
import { generateCity, mergeRegions } from './generate-county';
import { solveCity, splitByCounty } from './solve-city';
import { scenarioFor } from './test-support/scenario';

describe('solveCity', () => {
  it('solves each county of a city on its own, every plan checked', async () => {
    const regions = generateCity(3, 8, 5);
    const city = mergeRegions(regions);
    expect(splitByCounty(city).map((r) => r.schools.length)).toEqual([8, 8, 8]);
    const r = await solveCity({ regions: city, standardSet: NATIONAL_STANDARD_SET, scenario: scenarioFor(city, { budgetCap: 300_000 }) });
    expect(r.counties.map((c) => c.plan.county)).toEqual(regions.map((g) => g.counties[0]!.code));
    for (const c of r.counties) {
      expect(c.plan.check.passes).toBe(true);
      expect(c.plan.cost.total).toBeLessThanOrEqual(300_000);
      for (const rot of c.plan.rotations) expect(rot.fromSchool.slice(0, 6)).toBe(c.plan.county);
    }
  });
});
