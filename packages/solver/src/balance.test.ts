import { NATIONAL_STANDARD_SET } from '@junheng/domain';
import { describe, expect, it } from 'vitest';
import { HighsBackend } from './backends/highs-backend';
import { solveRegion } from './solve-region';
import { region, school, section, staff } from './test-support/hand-made';
import { scenarioFor } from './test-support/scenario';

/**
 * Urban U (1000 students, 60 teachers, 10 PE, 15 backbone) and rural V (100 students, 6 teachers, 1 PE,
 * 1 backbone) 5 km away and W (400 students, 24 teachers, 4 PE, 4 backbone) 12 km away; everyone is
 * qualified and passes every check. U's ten PE teachers are backbone and have been there since 2010, so
 * the county must rotate ceil(10% of 10) = 1 of them (U may spare one: Q3 9/1000 = 0.9 still passes).
 * Q3 per 100 before: 1.0 everywhere, so its CV is 0.
 * To V (transport 1,200): U 0.9, V 2.0, W 1.0; mean (9+2+4)/1500 x 100 = 1.0;
 *   S² = (1000·0.01 + 100·1 + 400·0)/1500 = 0.0733, CV = 0.271.
 * To W (transport 2,400): U 0.9, V 1.0, W 1.25; S² = (1000·0.01 + 0 + 400·0.0625)/1500 = 0.0233, CV = 0.153.
 * Q2 (1.5, 1.0, 1.0 before: CV 0.177) stays under 0.2 either way (0.187 to V, 0.083 to W); Q1 (6.0 everywhere)
 * moves to 0.045 at most. With the primary CV threshold set to 0.2 the cheaper move (to V) turns a passing
 * Q3 balance into a failing one; the plan must send the teacher to W instead.
 */
function county() {
  const teachers = [
    ...staff('U', 'U', 60, (i) => ({ subject: i < 10 ? '体育' : '语文', backbone: i < 15 ? 'COUNTY' : 'NONE', startedAtSchool: i < 10 ? '2010-09' : '2024-09' })),
    ...staff('V', 'V', 6, (i) => ({ subject: i === 0 ? '体育' : '语文', backbone: i === 1 ? 'COUNTY' : 'NONE' })),
    ...staff('W', 'W', 24, (i) => ({ subject: i < 4 ? '体育' : '语文', backbone: i >= 4 && i < 8 ? 'COUNTY' : 'NONE' })),
  ];
  return region([school('U', 'URBAN', 0, 60), school('V', 'RURAL', 5, 6), school('W', 'RURAL', 12, 24)], [section('U', 1000, 25), section('V', 100, 4), section('W', 400, 10)], teachers);
}

describe('county balance (差异系数) as a target', () => {
  const data = county();
  const tight = { levels: { PRIMARY: { cvMax: 0.2 } } };

  it('a passing CV stays passing: the teacher goes to the dearer school that keeps Q3 balanced', async () => {
    const r = await solveRegion({ region: data, standardSet: NATIONAL_STANDARD_SET, scenario: scenarioFor(data, { overrides: tight, mipGap: 0 }), options: { backend: new HighsBackend() } });
    expect(r.plan.check).toEqual({ passes: true, violations: [] });
    expect(r.plan.rotations.map((x) => [x.fromSchool, x.toSchool])).toEqual([['U', 'W']]);
    const q3 = r.plan.balance!.find((b) => b.level === 'PRIMARY' && b.indicator === 'Q3')!;
    expect(q3).toMatchObject({ county: 'C1', cvBefore: 0, threshold: 0.2, passesBefore: true, passesAfter: true });
    expect(q3.cvAfter).toBeCloseTo(0.153, 3);
    // Every indicator is reported before and after (Q1-Q3 and the facilities F1-F4).
    expect(r.plan.balance!.map((b) => b.indicator)).toEqual(['Q1', 'Q2', 'Q3', 'F1', 'F2', 'F3', 'F4']);
    for (const b of r.plan.balance!.filter((x) => x.passesBefore && x.indicator.startsWith('Q'))) expect(b.passesAfter).toBe(true);
  });

  it('where the CV threshold leaves room, the cheaper move stands (CV reported either way)', async () => {
    const r = await solveRegion({ region: data, standardSet: NATIONAL_STANDARD_SET, scenario: scenarioFor(data, { mipGap: 0 }), options: { backend: new HighsBackend() } });
    expect(r.plan.rotations.map((x) => [x.fromSchool, x.toSchool])).toEqual([['U', 'V']]);
    const q3 = r.plan.balance!.find((b) => b.level === 'PRIMARY' && b.indicator === 'Q3')!;
    expect(q3.cvAfter).toBeCloseTo(0.271, 3);
    expect(q3.passesAfter).toBe(true);
  });

  it('where money allows, a failing CV is brought under its threshold; without money it is reported as it stands', async () => {
    // U 1000 students, 60 qualified (Q1 6.0); V 100 students, 5 of 6 qualified (5.0); W 400 students, 17 of 24
    // qualified (4.25, passes 4.2). Q2 and Q3 are 1.0 everywhere (CV 0). Q1: mean (60+5+17)/1500 x 100 = 5.467,
    // S² = (1000·0.533² + 100·0.467² + 400·1.217²)/1500 = 0.599, CV = 0.142: above a threshold of 0.1.
    // Four qualified hires at W (5.25) give mean 5.733, S² = 0.1455, CV = 0.067: a plan can fix it.
    const teachers = [
      ...staff('U', 'U', 60, (i) => ({ subject: i < 10 ? '体育' : '语文', backbone: i >= 10 && i < 20 ? 'COUNTY' : 'NONE' })),
      ...staff('V', 'V', 6, (i) => ({ subject: i === 0 ? '体育' : '语文', backbone: i === 1 ? 'COUNTY' : 'NONE', education: i === 5 ? 'SECONDARY_VOCATIONAL' : 'BACHELOR' })),
      ...staff('W', 'W', 24, (i) => ({ subject: i < 4 ? '体育' : '语文', backbone: i >= 4 && i < 8 ? 'COUNTY' : 'NONE', education: i < 17 ? 'BACHELOR' : 'SECONDARY_VOCATIONAL' })),
    ];
    const d = region([school('U', 'URBAN', 0, 60), school('V', 'RURAL', 5, 8), school('W', 'RURAL', 12, 30)], [section('U', 1000, 25), section('V', 100, 4), section('W', 400, 10)], teachers);
    const overrides = { levels: { PRIMARY: { cvMax: 0.1 } } };
    const r = await solveRegion({ region: d, standardSet: NATIONAL_STANDARD_SET, scenario: scenarioFor(d, { overrides, mipGap: 0 }), options: { backend: new HighsBackend() } });
    expect(r.plan.check).toEqual({ passes: true, violations: [] });
    const q1 = r.plan.balance!.find((b) => b.level === 'PRIMARY' && b.indicator === 'Q1')!;
    expect(q1.cvBefore).toBeCloseTo(0.1416, 3);
    expect(q1).toMatchObject({ passesBefore: false, passesAfter: true });
    expect(r.plan.hires.reduce((a, h) => a + h.count, 0)).toBeGreaterThan(0);
    for (const b of r.plan.balance!.filter((x) => x.indicator === 'Q2' || x.indicator === 'Q3')) expect(b.passesAfter).toBe(true);
    const broke = await solveRegion({ region: d, standardSet: NATIONAL_STANDARD_SET, scenario: scenarioFor(d, { overrides, budgetCap: 0, mipGap: 0 }), options: { backend: new HighsBackend() } });
    expect(broke.plan.hires).toEqual([]);
    expect(broke.plan.balance!.find((b) => b.level === 'PRIMARY' && b.indicator === 'Q1')).toMatchObject({ passesBefore: false, passesAfter: false });
  });
});
