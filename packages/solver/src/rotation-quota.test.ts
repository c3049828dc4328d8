import { backboneRotationsNeeded, isBackbone, NATIONAL_STANDARD_SET, rotationQuotaNeeded, type RegionData } from '@junheng/domain';
import { describe, expect, it } from 'vitest';
import { HighsBackend } from './backends/highs-backend';
import { generateCounty } from './generate-county';
import { buildRegionIndex } from './region-index';
import { solveRegion } from './solve-region';
import { scenarioFor } from './test-support/scenario';

/** A generated county where only `keep` backbone teachers are eligible to rotate (the others lose the title). */
function fewMovableBackbone(schools: number, seed: number, keep: number): RegionData {
  const region = generateCounty({ schools, seed });
  const eligible = new Set(buildRegionIndex(region, NATIONAL_STANDARD_SET, scenarioFor(region)).sections.flatMap((s) => s.movable.flat().map((t) => t.staffNo)));
  let kept = 0;
  return { ...region, teachers: region.teachers.map((t) => (eligible.has(t.staffNo) && isBackbone(t.backbone) && kept++ >= keep ? { ...t, backbone: 'NONE' } : t)) };
}

describe('rotation quota and backbone share as targets', () => {
  it('meets the 10% quota on a generated county with few movable backbone teachers and reports the backbone gap in teachers', async () => {
    const region = fewMovableBackbone(60, 6007, 2);
    const scenario = scenarioFor(region, { budgetCap: null, mipGap: 0.005 });
    const index = buildRegionIndex(region, NATIONAL_STANDARD_SET, scenario);
    const quota = rotationQuotaNeeded(index.eligibleByCounty.get(index.counties[0]!)!, 0.1);
    const movableBackbone = index.sections.reduce((a, s) => a + s.movable.flat().filter((t) => isBackbone(t.backbone)).length, 0);
    expect(movableBackbone).toBe(2);
    const r = await solveRegion({ region, standardSet: NATIONAL_STANDARD_SET, scenario, options: { backend: new HighsBackend() } });
    expect(r.plan.check).toEqual({ passes: true, violations: [] });
    const n = r.plan.rotations.length;
    const quotaShort = r.plan.shortfalls.find((s) => s.indicator === 'ROTATION_QUOTA');
    // The quota is met, or every teacher it misses is held back by a donor limit the plan names.
    if (quotaShort) {
      expect(quotaShort.cause).toBe('DONOR_LIMIT');
      expect(quotaShort.note).toMatch(/交流上限|不达标|接收学校/);
    } else {
      expect(n).toBeGreaterThanOrEqual(quota);
    }
    expect(n).toBeGreaterThan(5 * movableBackbone);
    // The backbone share does not shrink the rotation: its gap is reported in teachers.
    const backbone = r.plan.rotations.filter((x) => isBackbone(region.teachers.find((t) => t.staffNo === x.staffNo)!.backbone)).length;
    expect(backbone).toBeLessThanOrEqual(2);
    const gap = r.plan.shortfalls.find((s) => s.indicator === 'BACKBONE_SHARE');
    expect(gap).toMatchObject({ value: backbone, threshold: backboneRotationsNeeded(n, 0.2), gapTeachers: backboneRotationsNeeded(n, 0.2) - backbone });
    // Either both movable backbone teachers rotate, or the plan names what keeps the others home.
    if (backbone === 2) expect(gap!.cause).toBe('NO_ELIGIBLE_DONOR');
    else expect(gap).toMatchObject({ cause: 'DONOR_LIMIT', note: expect.stringMatching(/交流上限|不达标|接收学校/) });
    // Quota-fill rotations spread over the receiving schools.
    const perReceiver = new Map<string, number>();
    for (const x of r.plan.rotations) perReceiver.set(x.toSchool, (perReceiver.get(x.toSchool) ?? 0) + 1);
    expect(perReceiver.size).toBeGreaterThanOrEqual(Math.ceil(n / 4));
  });

  it('in full compliance both are hard: with too few backbone teachers to move the plan is infeasible and says why', async () => {
    const region = fewMovableBackbone(30, 3003, 0);
    const r = await solveRegion({ region, standardSet: NATIONAL_STANDARD_SET, scenario: scenarioFor(region, { mode: 'CHEAPEST_FULL_COMPLIANCE' }), options: { backend: new HighsBackend() } });
    expect(r.status).toBe('INFEASIBLE');
    expect(r.infeasibility.map((i) => i.indicator)).toContain('BACKBONE_SHARE');
  });
});
