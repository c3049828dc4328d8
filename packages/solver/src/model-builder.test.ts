import { NATIONAL_STANDARD_SET } from '@junheng/domain';
import { describe, expect, it } from 'vitest';
import { generateCounty } from './generate-county';
import { buildModel } from './model-builder';
import { scenarioFor } from './test-support/scenario';

describe('buildModel', () => {
  it('never mutates its input and names every row systematically', () => {
    const region = generateCounty({ schools: 25, seed: 9 });
    const before = JSON.stringify(region);
    const model = buildModel(region, NATIONAL_STANDARD_SET, scenarioFor(region, { budgetCap: 1e6 }));
    expect(JSON.stringify(region)).toBe(before);
    const families = new Set(model.constraints.map((c) => c.family));
    for (const f of ['q1_min', 'r_min', 'supply', 'vacancy', 'rotation_quota', 'backbone_share', 'budget']) expect(families).toContain(f);
    for (const c of model.constraints) expect(c.name).toMatch(/^[a-z0-9_]+\[[^\]]+\]$/);
    expect(new Set(model.variables.map((v) => v.name)).size).toBe(model.variables.length);
  });

  it('makes standards hard in full-compliance mode (no shortfall variables)', () => {
    const region = generateCounty({ schools: 10, seed: 2 });
    const hard = buildModel(region, NATIONAL_STANDARD_SET, scenarioFor(region, { mode: 'CHEAPEST_FULL_COMPLIANCE' }));
    expect(hard.shortfalls).toEqual([]);
    expect(hard.variables.some((v) => v.name.startsWith('shortfall'))).toBe(false);
  });

  it('keeps only allowed, near arcs: direction, distance, county, K nearest', () => {
    const region = generateCounty({ schools: 40, seed: 4 });
    const model = buildModel(region, NATIONAL_STANDARD_SET, scenarioFor(region, { distanceLimitKm: 20 }), { arcsPerReceiver: 3 });
    const perReceiver = new Map<string, number>();
    for (const a of model.arcs) {
      expect(a.km).toBeLessThanOrEqual(20);
      expect(a.donor.section.level).toBe(a.receiver.section.level);
      expect(a.donor.school.area === 'RURAL' && a.receiver.school.area === 'RURAL' && !(a.receiver.school.weak && !a.donor.school.weak)).toBe(false);
      perReceiver.set(a.receiver.key, (perReceiver.get(a.receiver.key) ?? 0) + 1);
    }
    expect(Math.max(...perReceiver.values())).toBeLessThanOrEqual(3);
  });
});
