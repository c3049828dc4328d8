import fc from 'fast-check';
import { referenceDate, rotationEligibility, NATIONAL_STANDARD_SET, type RegionData, type ScenarioParameters } from '@junheng/domain';
import { generateCounty } from '../generate-county';
import { scenarioFor } from './scenario';

/** A tiny generated county (a town school with staff to spare and a few villages) from a seed. */
export function tinyCounty(seed: number, schools: number): RegionData {
  return generateCounty({ schools, seed, scale: 'tiny', code: 'T1' });
}

/** The tiny county with a cost table of three educations, so that brute force stays small. */
export function tinyCountyForEnumeration(seed: number, schools: number): RegionData {
  const region = tinyCounty(seed, schools);
  const table = region.costTables[0]!;
  return { ...region, costTables: [{ ...table, hire: table.hire.filter((h) => ['SECONDARY_VOCATIONAL', 'ASSOCIATE', 'BACHELOR'].includes(h.education)) }] };
}

/** Staff numbers of every eligible teacher except the first `keep` (by staff number), to lock. */
export function lockAllBut(region: RegionData, keep: number): string[] {
  const eligible = region.teachers
    .filter((t) => rotationEligibility(t, referenceDate(2027), NATIONAL_STANDARD_SET.rotation).eligible)
    .map((t) => t.staffNo)
    .sort();
  return eligible.slice(keep);
}

export interface TinyCase {
  region: RegionData;
  scenario: ScenarioParameters;
}

/** Random tiny counties and scenarios: budget, mode, directions, distance, locked teachers, quota share. */
export const tinyCase: fc.Arbitrary<TinyCase> = fc
  .record({
    seed: fc.integer({ min: 1, max: 1_000_000 }),
    schools: fc.integer({ min: 2, max: 6 }),
    budget: fc.option(fc.integer({ min: 0, max: 40 }).map((k) => k * 10_000), { nil: null }),
    full: fc.boolean(),
    any: fc.boolean(),
    distance: fc.integer({ min: 3, max: 50 }),
    lockShare: fc.integer({ min: 0, max: 3 }),
    quota: fc.constantFrom(0, 0.1, 0.3),
    extraQuota: fc.integer({ min: 0, max: 1 }),
    backend: fc.constantFrom('highs' as const, 'jslp' as const),
  })
  .map((p) => {
    const region = tinyCounty(p.seed, p.schools);
    const locked = region.teachers.filter((_, i) => i % 4 < p.lockShare).map((t) => t.staffNo);
    return {
      region,
      scenario: scenarioFor(region, {
        budgetCap: p.budget,
        mode: p.full ? 'CHEAPEST_FULL_COMPLIANCE' : 'BEST_WITHIN_BUDGET',
        directions: p.any ? { kind: 'ANY' } : { kind: 'DEFAULT' },
        distanceLimitKm: p.distance,
        lockedStaffNos: locked,
        extraQuotaPerSchool: p.extraQuota,
        overrides: { rotation: { quotaShareOfEligible: p.quota } },
        backend: p.backend,
      }),
    };
  });
