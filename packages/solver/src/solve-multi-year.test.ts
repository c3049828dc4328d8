import { checkMultiYearPlan, checkPlan, NATIONAL_STANDARD_SET, type RegionData } from '@junheng/domain';
import { describe, expect, it } from 'vitest';
import { HighsBackend } from './backends/highs-backend';
import { solveMultiYear } from './solve-multi-year';
import { region, school, section, staff } from './test-support/hand-made';
import { scenarioFor } from './test-support/scenario';

/**
 * Village V (rural, 100 students, 5 teachers) misses R by one teacher (needs ceil(100/19) = 6) every year.
 * Two urban schools of 200 students and 14 teachers (R needs 11) could each send one: U2, 5 km from V
 * (rotation 12,000 + 1,200 transport = 13,200), and U1, 30 km away (12,000 + 4,800 = 16,800). Each has
 * two eligible backbone teachers (at the school since 2010), so the county's rotation quota is one.
 * U2's 2028 intake is 93 (入学预测) where its cohorts are 33-34: in 2028 it has 33 x 4 + 34 + 93 = 259
 * students and needs ceil(259/19) = 14 teachers, all it has. A budget of 20,000 a year.
 * Alone, 2027 takes the cheaper teacher from U2; in 2028 U2 is one short, the rotation's 13,200 runs on
 * and the 6,800 left buys no hire (at least 80,000): one teacher short.
 * (In 2028 neither can meet the rotation quota again: every eligible teacher's school would fall below its standards.) Seeing 2028, the 2027 plan
 * leaves U2 alone and takes U1's teacher (16,800): no school short in either year.
 */
function growingDonor(): RegionData {
  const urban = (prefix: string, code: string) =>
    staff(prefix, code, 14, (i) => ({ backbone: i < 5 ? 'COUNTY' : 'NONE', subject: i >= 10 ? '体育' : '语文', startedAtSchool: i < 2 ? '2010-09' : '2024-09' }));
  const data = region(
    [school('U1', 'URBAN', 35, 14, { weak: false }), school('U2', 'URBAN', 10, 14, { weak: false }), school('V', 'RURAL', 5, 7)],
    [section('U1', 200, 6), section('U2', 200, 6), section('V', 100, 3)],
    [...urban('A', 'U1'), ...urban('B', 'U2'), ...staff('V', 'V', 5, (i) => ({ backbone: i === 0 ? 'COUNTY' : 'NONE', subject: i === 1 ? '音乐' : '语文' }))],
  );
  return { ...data, intake: [{ countyCode: 'C1', schoolCode: 'U2', township: null, level: 'PRIMARY', year: 2028, students: 93 }] };
}

describe('solveMultiYear', () => {
  it('beats planning each year alone when a donor grows next year (fewer teachers short at the same budgets)', async () => {
    const data = growingDonor();
    const scenario = scenarioFor(data, { years: 2, budgetCap: 20000, mipGap: 0 });
    const options = { backend: new HighsBackend() };
    const alone = await solveMultiYear({ region: data, standardSet: NATIONAL_STANDARD_SET, scenario, options, lookahead: false });
    const ahead = await solveMultiYear({ region: data, standardSet: NATIONAL_STANDARD_SET, scenario, options });

    expect(alone.plan.years.map((y) => y.plan.rotations.map((r) => r.fromSchool))).toEqual([['U2'], []]);
    // Both leave 2028's rotation quota unmet (every donor would fall below its standards); alone also leaves U2 short of R.
    const gaps = (r: typeof alone) => r.plan.years.map((y) => y.plan.shortfalls.map((s) => `${s.schoolCode ?? '县'}:${s.indicator}:${s.gapTeachers}`));
    expect(gaps(alone)).toEqual([[], ['U2:R:1', '县:ROTATION_QUOTA:1']]);
    expect(alone.plan.years.map((y) => y.shortfallTeachers)).toEqual([0, 2]);
    expect(ahead.plan.years.map((y) => y.plan.rotations.map((r) => `${r.fromSchool}->${r.toSchool}`))).toEqual([['U1->V'], []]);
    expect(gaps(ahead)).toEqual([[], ['县:ROTATION_QUOTA:1']]);
    expect(ahead.plan.years.map((y) => y.shortfallTeachers)).toEqual([0, 1]);
    expect(ahead.plan.years.map((y) => y.carriedCost)).toEqual([0, 16800]);
    expect(ahead.plan.totalCost).toBe(33600);
    for (const y of [...alone.plan.years, ...ahead.plan.years]) {
      expect(y.yearCost).toBeLessThanOrEqual(20000);
      expect(y.plan.check.passes).toBe(true);
    }
    // The second year's region is the forecast: U2 has 259 students; the rotated teacher teaches at V.
    const second = ahead.regions[1]!;
    expect(second.sections.find((s) => s.schoolCode === 'U2')!.students).toBe(259);
    const rotated = ahead.plan.years[0]!.plan.rotations[0]!.staffNo;
    expect(second.teachers.find((t) => t.staffNo === rotated)).toMatchObject({ schoolCode: 'V', homeSchoolCode: 'U1', rotationEnd: '2030-09-01' });
    expect(checkPlan(second, NATIONAL_STANDARD_SET, { ...scenario, year: 2028, budgetCap: 20000 - 16800 }, ahead.plan.years[1]!.plan).passes).toBe(true);
  });

  it('keeps what a year starts within every later year\'s cap: 20,000 then 10,000 leaves 2027 only 10,000, no rotation', async () => {
    // Every lever of 2027 keeps costing in 2028 (the rotation for its 3-year term), so 2027 may newly spend
    // min(20,000, 10,000) = 10,000: the cheapest rotation (13,200) does not fit, V stays one short of R.
    // Spending 2027's whole 20,000 would carry 13,200 or 16,800 into 2028, above its 10,000.
    const data = growingDonor();
    const scenario = scenarioFor(data, { years: 2, yearBudgetCaps: [20000, 10000], mipGap: 0 });
    const r = await solveMultiYear({ region: data, standardSet: NATIONAL_STANDARD_SET, scenario, options: { backend: new HighsBackend() } });
    expect(r.plan.years.map((y) => [y.budgetCap, y.newSpendingCap])).toEqual([[20000, 10000], [10000, 10000]]);
    expect(r.plan.years[0]!.plan.rotations).toEqual([]);
    expect(r.plan.years[0]!.plan.shortfalls.map((s) => `${s.schoolCode ?? '县'}:${s.indicator}:${s.gapTeachers}`)).toContain('V:R:1');
    r.plan.years.forEach((y, k) => expect(y.yearCost).toBeLessThanOrEqual([20000, 10000][k]!));
    expect(checkMultiYearPlan(data, NATIONAL_STANDARD_SET, scenario, r.plan, { plannedOn: r.regions })).toMatchObject({ passes: true, problems: [] });
  });

  it('reports each dated target in its year: met or not, and what remains', async () => {
    const data = growingDonor();
    // 2028: V at ceil(100/3) = 34 a class; U2's 259 in 6 classes of 43-44: no class of 56 or more.
    // Six of seven: facilities are ample and Q1-Q3 pass everywhere (V fails only R, which the rule does not judge).
    const scenario = scenarioFor(data, {
      years: 2, budgetCap: 20000, mipGap: 0,
      targets: [{ kind: 'NO_OVERSIZED_CLASS', minSize: 56, by: '2028-09' }, { kind: 'SIX_OF_SEVEN', by: 2031 }],
    });
    const r = await solveMultiYear({ region: data, standardSet: NATIONAL_STANDARD_SET, scenario, options: { backend: new HighsBackend() } });
    expect(r.plan.targets.map(({ year, met, inPlan, remaining, unit }) => ({ year, met, inPlan, remaining, unit }))).toEqual([
      { year: 2028, met: true, inPlan: true, remaining: 0, unit: 'CLASSES' },
      { year: 2028, met: true, inPlan: false, remaining: 0, unit: 'SECTIONS' },
    ]);
    await expect(solveMultiYear({ region: data, standardSet: NATIONAL_STANDARD_SET, scenario: { ...scenario, targets: [{ kind: 'NO_OVERSIZED_CLASS', minSize: 40, by: 2028 }] } }))
      .rejects.toThrow('第 1 个目标');
  });
});
