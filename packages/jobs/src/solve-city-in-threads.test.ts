import { NATIONAL_STANDARD_SET, DEFAULT_SCENARIO } from '@junheng/domain';
import { generateCity, solveCity } from '@junheng/solver';
import { describe, expect, it } from 'vitest';
import { solveCityInThreads } from './solve-city-in-threads';

describe('solveCityInThreads', () => {
  it('solves each county of a city in a worker thread, with the same plans as in this thread', async () => {
    const regions = generateCity(3, 8, 5);
    const scenario = { ...DEFAULT_SCENARIO, countyCodes: regions.map((r) => r.counties[0]!.code), year: 2027, budgetCap: 300_000 };
    const threaded = await solveCityInThreads({ regions, standardSet: NATIONAL_STANDARD_SET, scenario, workers: 2 });
    const here = await solveCity({ regions, standardSet: NATIONAL_STANDARD_SET, scenario });
    expect(threaded.workers).toBe(2);
    expect(threaded.counties.map((c) => c.plan.county)).toEqual(regions.map((r) => r.counties[0]!.code));
    for (const [i, c] of threaded.counties.entries()) {
      expect(c.plan.check.passes).toBe(true);
      expect(c.plan.cost.total).toBeLessThanOrEqual(300_000);
      expect(c.plan.rotations).toEqual(here.counties[i]!.plan.rotations);
      expect(c.objective).toBeCloseTo(here.counties[i]!.objective!, 3);
    }
  }, 120_000);

  it('a cancelled city stops with the cancel error', async () => {
    const regions = generateCity(2, 8, 7);
    const controller = new AbortController();
    controller.abort();
    const scenario = { ...DEFAULT_SCENARIO, countyCodes: regions.map((r) => r.counties[0]!.code), year: 2027 };
    await expect(solveCityInThreads({ regions, standardSet: NATIONAL_STANDARD_SET, scenario, signal: controller.signal })).rejects.toMatchObject({ code: 'CANCELLED' });
  });
});
