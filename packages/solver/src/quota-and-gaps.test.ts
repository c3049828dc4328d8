import { backboneRotationsNeeded, hireCost, NATIONAL_STANDARD_SET } from '@junheng/domain';
import { describe, expect, it } from 'vitest';
import { HighsBackend } from './backends/highs-backend';
import { solveRegion } from './solve-region';
import { region, school, section, staff } from './test-support/hand-made';
import { scenarioFor } from './test-support/scenario';

/**
 * A hand-made county where the rotation quota and a staffing gap compete for money:
 * - H (urban, 800 students, 76 teachers): 60 core teachers eligible to rotate (at the school since 2015),
 *   8 backbone and 8 PE teachers who are not; it passes every check with room to spare.
 * - V2, V3 (rural, 5 and 7 km away, 100 students, 8 teachers, no vacancy): they pass R, so a rotation
 *   into them serves only the county quota (10% of the 60 eligible: 6 teachers).
 * - V1 (rural, 200 km away, beyond the 30 km limit, 100 students, 4 teachers, quota 6): R needs
 *   ceil(100 / 19) = 6 teachers, 2 short, and only a hire can close it (2 vacancies).
 */
function county() {
  const started = (i: number) => ({ startedAtSchool: i < 60 ? '2015-09' : '2024-09', backbone: i >= 60 && i < 68 ? ('COUNTY' as const) : ('NONE' as const), subject: i >= 68 ? '体育' : '语文' });
  const village = (i: number) => ({ backbone: i === 0 ? ('COUNTY' as const) : ('NONE' as const), subject: i === 1 ? '体育' : '语文' });
  return region(
    [school('H', 'URBAN', 0, 76), school('V2', 'RURAL', 5, 8), school('V3', 'RURAL', 7, 8), school('V1', 'RURAL', 200, 6)],
    [section('H', 800, 20), section('V2', 100, 4), section('V3', 100, 4), section('V1', 100, 4)],
    [...staff('h', 'H', 76, started), ...staff('a', 'V2', 8, village), ...staff('b', 'V3', 8, village), ...staff('c', 'V1', 4, village)],
  );
}

describe('the rotation quota and the staffing gaps share the money', () => {
  it('with money for one hire, the hire that closes a gap comes before quota-only rotations', async () => {
    const r0 = county();
    const oneHire = hireCost(r0.costTables[0]!, 'RURAL', 'ASSOCIATE');
    // Enough for one hire (which closes one teacher of V1's R gap and its Q1 gap), or for the six
    // quota-only rotations (12,000 + 1,200 each), not both. Priced at a teacher short each, the quota's
    // six teachers outweighed the hire's two indicators; now a yuan buys more in the gaps.
    const budget = oneHire + 5_000;
    const scenario = scenarioFor(r0, { budgetCap: budget, distanceLimitKm: 30 });
    const r = await solveRegion({ region: r0, standardSet: NATIONAL_STANDARD_SET, scenario, options: { backend: new HighsBackend() } });
    expect(r.plan.check.passes).toBe(true);
    expect(r.plan.hires.map((h) => [h.schoolCode, h.count])).toEqual([['V1', 1]]);
    expect(r.plan.rotations).toEqual([]);
    // The quota is reported short by the 6 teachers it misses.
    expect(r.plan.shortfalls.find((s) => s.indicator === 'ROTATION_QUOTA')).toMatchObject({ gapTeachers: 6 });
    expect(r.plan.shortfalls.find((s) => s.schoolCode === 'V1' && s.indicator === 'R')).toMatchObject({ gapTeachers: 1 });
  });

  it('with money for both, the quota is met, spread over the receiving schools, and the gap is closed', async () => {
    const r0 = county();
    const scenario = scenarioFor(r0, { budgetCap: null, distanceLimitKm: 30 });
    const r = await solveRegion({ region: r0, standardSet: NATIONAL_STANDARD_SET, scenario, options: { backend: new HighsBackend() } });
    expect(r.plan.check.passes).toBe(true);
    expect(r.plan.hires.map((h) => [h.schoolCode, h.count])).toEqual([['V1', 2]]);
    expect(r.plan.rotations).toHaveLength(6);
    expect(r.plan.shortfalls.find((s) => s.indicator === 'ROTATION_QUOTA')).toBeUndefined();
    // No backbone teacher may move: the share's gap is reported in teachers, the rotation does not shrink.
    expect(r.plan.shortfalls.find((s) => s.indicator === 'BACKBONE_SHARE')).toMatchObject({ gapTeachers: backboneRotationsNeeded(6, 0.2) });
    // Neither receiving school needs them: each takes one free of the spread price, and the price grows
    // with the pile (V2 is nearer, but five there and one at V3 would cost more than three each).
    const per = new Map<string, number>();
    for (const x of r.plan.rotations) per.set(x.toSchool, (per.get(x.toSchool) ?? 0) + 1);
    expect(Object.fromEntries(per)).toEqual({ V2: 3, V3: 3 });
  });
});
