import { meetsHireMinimum, NATIONAL_STANDARD_SET, type RegionData } from '@junheng/domain';
import { describe, expect, it } from 'vitest';
import { generateCounty } from './generate-county';
import { solveRegion } from './solve-region';
import { region, school, section, staff } from './test-support/hand-made';
import { scenarioFor } from './test-support/scenario';

/**
 * A county seat with a complete secondary school (完全中学) whose senior section is far short of R
 * (1,200 students, 60 teachers: 12.5 a teacher needs 96, so 36 short) and whose junior section passes,
 * as 道县第一中学 in the demo county; and a village primary short of R by one. Everyone arrived in 2024:
 * no rotation, only hires. The cheapest hire in the cost table is secondary vocational (中专), below
 * every level's minimum.
 */
function countyWithSenior(): RegionData {
  const teachers = [
    ...staff('S', 'H', 60, (i) => ({ level: 'SENIOR', subject: i < 6 ? '体育' : '数学' })),
    ...staff('J', 'H', 40, (i) => ({ level: 'JUNIOR', backbone: i < 6 ? 'COUNTY' : 'NONE', subject: i < 6 ? '音乐' : '语文' })),
    ...staff('V', 'V', 5, (i) => ({ backbone: i === 0 ? 'COUNTY' : 'NONE', subject: i === 1 ? '美术' : '语文' })),
  ];
  return region(
    [school('H', 'URBAN', 0, 150, { kind: 'COMPLETE_SECONDARY', name: '县第一中学' }), school('V', 'RURAL', 8, 8, { name: '东源村小学' })],
    [section('H', 1200, 24, { level: 'SENIOR' }), section('H', 500, 10, { level: 'JUNIOR' }), section('V', 100, 3)],
    teachers,
  );
}

describe('lawful hires', () => {
  it('never hires below a level minimum; senior hires are 本科 with the senior-high certificate', async () => {
    const data = countyWithSenior();
    const r = await solveRegion({ region: data, standardSet: NATIONAL_STANDARD_SET, scenario: scenarioFor(data, { budgetCap: 3_000_000 }) });
    expect(r.plan.check).toEqual({ passes: true, violations: [] });
    const senior = r.plan.hires.filter((h) => h.level === 'SENIOR');
    expect(senior.reduce((n, h) => n + h.count, 0)).toBeGreaterThan(0);
    for (const h of senior) expect(h).toMatchObject({ education: 'BACHELOR', belowMinimum: false, certificateRequired: true, indicator: 'R', reason: '改善生师比（R）：县第一中学' });
    // 3,000,000 buys 31 senior 本科 hires at 95,000 (the section weighs 1,200 students), not 36 中专 ones.
    expect(senior.reduce((n, h) => n + h.count, 0)).toBe(31);
    expect(r.plan.shortfalls).toEqual(expect.arrayContaining([expect.objectContaining({ schoolCode: 'H', level: 'SENIOR', indicator: 'R', gapTeachers: 5, cause: 'BUDGET' })]));
    for (const h of r.plan.hires) expect(meetsHireMinimum(h.education, h.level, NATIONAL_STANDARD_SET)).toBe(true);
  });

  it('hires below the minimum only when the scenario allows it, and flags each such hire', async () => {
    const data = countyWithSenior();
    const r = await solveRegion({ region: data, standardSet: NATIONAL_STANDARD_SET, scenario: scenarioFor(data, { budgetCap: 3_000_000, allowHiresBelowMinimum: true }) });
    expect(r.plan.check).toEqual({ passes: true, violations: [] });
    const below = r.plan.hires.filter((h) => h.belowMinimum);
    // R only needs heads: the cheapest (中专) hire serves it, flagged.
    expect(below.length).toBeGreaterThan(0);
    for (const h of below) expect(meetsHireMinimum(h.education, h.level, NATIONAL_STANDARD_SET)).toBe(false);
    for (const h of r.plan.hires.filter((x) => !x.belowMinimum)) expect(meetsHireMinimum(h.education, h.level, NATIONAL_STANDARD_SET)).toBe(true);
  });

  it('plans the senior section only when SENIOR is in scope, and reports spending by level and line', async () => {
    const data = countyWithSenior();
    const compulsory = await solveRegion({ region: data, standardSet: NATIONAL_STANDARD_SET, scenario: scenarioFor(data, { levels: ['PRIMARY', 'JUNIOR'] }) });
    expect(compulsory.plan.check).toEqual({ passes: true, violations: [] });
    expect(compulsory.plan.hires.map((h) => h.level)).toEqual(['PRIMARY']);
    expect(compulsory.plan.shortfalls.filter((s) => s.level === 'SENIOR')).toEqual([]);
    expect(compulsory.plan.spendingByLevel).toEqual([{ level: 'PRIMARY', amount: 92_000 }]);
    expect(compulsory.plan.spendingByLine).toEqual([{ category: '新增教师经费', amount: 92_000 }]);
    const all = await solveRegion({ region: data, standardSet: NATIONAL_STANDARD_SET, scenario: scenarioFor(data) });
    const seniorHires = all.plan.hires.filter((h) => h.level === 'SENIOR').reduce((n, h) => n + h.count, 0);
    // 36 short of R, 150 - 100 = 50 posts open at H: all 36 hired at 95,000 (urban 本科).
    expect(seniorHires).toBe(36);
    expect(all.plan.spendingByLevel).toEqual([{ level: 'PRIMARY', amount: 92_000 }, { level: 'SENIOR', amount: 36 * 95_000 }]);
  });

  it('draws on the budget lines the scenario lists, within what is left on each', async () => {
    const data = countyWithSenior();
    data.budgets = [{ year: 2027, countyCode: 'C1', category: '新增教师经费', amount: 1_000_000, committed: 600_000 }];
    const r = await solveRegion({ region: data, standardSet: NATIONAL_STANDARD_SET, scenario: scenarioFor(data, { budgetCategories: ['新增教师经费'] }) });
    expect(r.plan.check).toEqual({ passes: true, violations: [] });
    // 400,000 left buys four hires at most (92,000 village, 95,000 urban).
    expect(r.plan.cost.total).toBeLessThanOrEqual(400_000);
    expect(r.plan.hires.reduce((n, h) => n + h.count, 0)).toBe(4);
    expect(r.plan.spendingByLine).toEqual([{ category: '新增教师经费', amount: r.plan.cost.total }]);
  });

  it('no plan of the generated counties hires below a level minimum, whatever the budget', async () => {
    for (const [schools, seed, budgetCap] of [[40, 3, 3_000_000], [60, 5, null], [25, 9, 500_000]] as const) {
      const data = generateCounty({ schools, seed });
      const r = await solveRegion({ region: data, standardSet: NATIONAL_STANDARD_SET, scenario: scenarioFor(data, { budgetCap }) });
      expect(r.plan.check.violations).toEqual([]);
      for (const h of r.plan.hires) {
        expect(meetsHireMinimum(h.education, h.level, NATIONAL_STANDARD_SET)).toBe(true);
        expect(h.belowMinimum).toBe(false);
        expect(h.reason).toMatch(/：/);
      }
    }
  });
});

/**
 * Village V: 100 students in 2 classes (C needs 3), 5 teachers (R needs 6), 8 posts (3 open). A third class
 * takes 28 periods; V's teachers have 5 x 15 - 2 x 28 = 19 to spare, so it needs a teacher's 15 more.
 */
function villageWithBigClasses(classroom: number | null, classrooms: number | null): RegionData {
  const data = region([school('V', 'RURAL', 0, 8, { classrooms })], [section('V', 100, 2)], staff('V', 'V', 5, (i) => ({ backbone: i === 0 ? 'COUNTY' : 'NONE', subject: i === 1 ? '美术' : '语文' })));
  data.costTables = [{ ...data.costTables[0]!, classroom }];
  return data;
}

describe('class splits that cost what they cost', () => {
  it('builds the classroom and hires the teaching time in the same plan, and pays for both', async () => {
    const data = villageWithBigClasses(40_000, null);
    const r = await solveRegion({ region: data, standardSet: NATIONAL_STANDARD_SET, scenario: scenarioFor(data) });
    expect(r.plan.check).toEqual({ passes: true, violations: [] });
    expect(r.plan.classSplits).toEqual([{ schoolCode: 'V', level: 'PRIMARY', classesBefore: 2, classesAfter: 3, classroomsBuilt: 1, teachingPeriods: 28, teachersNeeded: 1.9, annualCost: 40_000 }]);
    expect(r.plan.hires.reduce((n, h) => n + h.count, 0)).toBe(1);
    expect(r.plan.cost).toMatchObject({ hires: 92_000, classrooms: 40_000, total: 132_000 });
    expect(r.plan.spendingByLine).toEqual([{ category: '新增教师经费', amount: 92_000 }, { category: '基建', amount: 40_000 }]);
    expect(r.plan.shortfalls).toEqual([]);
  });

  it('uses a spare classroom for nothing, and then needs only the teaching time', async () => {
    const data = villageWithBigClasses(null, 3);
    const r = await solveRegion({ region: data, standardSet: NATIONAL_STANDARD_SET, scenario: scenarioFor(data) });
    expect(r.plan.classSplits).toEqual([expect.objectContaining({ classesAfter: 3, classroomsBuilt: 0, annualCost: 0 })]);
    expect(r.plan.cost.total).toBe(92_000);
  });

  it('with a budget of 0 proposes no split that lacks its room or its time, and says why', async () => {
    const noMoney = villageWithBigClasses(40_000, null);
    const r = await solveRegion({ region: noMoney, standardSet: NATIONAL_STANDARD_SET, scenario: scenarioFor(noMoney, { budgetCap: 0 }) });
    expect(r.plan.check).toEqual({ passes: true, violations: [] });
    expect(r.plan.classSplits).toEqual([]);
    expect(r.plan.cost.total).toBe(0);
    expect(r.plan.shortfalls).toEqual(expect.arrayContaining([expect.objectContaining({ schoolCode: 'V', indicator: 'C', cause: 'BUDGET', costToClose: 40_000 + 92_000 })]));
    // No room can be had at any price: the cause is the classroom.
    const noRoom = villageWithBigClasses(null, null);
    const r2 = await solveRegion({ region: noRoom, standardSet: NATIONAL_STANDARD_SET, scenario: scenarioFor(noRoom) });
    expect(r2.plan.classSplits).toEqual([]);
    expect(r2.plan.shortfalls).toEqual(expect.arrayContaining([expect.objectContaining({ indicator: 'C', cause: 'NO_CLASSROOM', costToClose: null })]));
    // A room but no post to hire into and no one to rotate: the cause is the teaching time.
    const noPost = villageWithBigClasses(null, 3);
    noPost.schools[0] = { ...noPost.schools[0]!, quota: 5 };
    const r3 = await solveRegion({ region: noPost, standardSet: NATIONAL_STANDARD_SET, scenario: scenarioFor(noPost) });
    expect(r3.plan.classSplits).toEqual([]);
    expect(r3.plan.shortfalls).toEqual(expect.arrayContaining([expect.objectContaining({ indicator: 'C', cause: 'NO_TEACHING_TIME' })]));
  });

  it('on a generated county with a budget of 0, no split is free', async () => {
    const data = generateCounty({ schools: 40, seed: 3 });
    const r = await solveRegion({ region: data, standardSet: NATIONAL_STANDARD_SET, scenario: scenarioFor(data, { budgetCap: 0 }) });
    expect(r.plan.check.violations).toEqual([]);
    expect(r.plan.cost.total).toBe(0);
    for (const s of r.plan.classSplits) expect(s.classroomsBuilt).toBe(0);
    // Every urban section with oversized classes stays short, for want of a classroom.
    expect(r.plan.shortfalls.some((s) => (s.indicator === 'C' || s.indicator === 'B') && s.cause === 'BUDGET')).toBe(true);
  });
});
