import { describe, expect, it } from 'vitest';
import { multiYearCaps, MultiYearParameterError, newSpendingCap } from './multi-year-plan';
import { nextPlanYear, regionAfterPlan } from './plan-year-forward';
import { school, section, teacher } from './test-support/fixtures';
import { flatRetirementSchedule, NATIONAL_STANDARD_SET, type Plan, type RegionData } from './index';

describe('multiYearCaps', () => {
  it('defaults to one year at the budget cap, repeats the cap, or takes one cap per year', () => {
    expect(multiYearCaps({ budgetCap: 5 })).toEqual([5]);
    expect(multiYearCaps({ budgetCap: null, years: 3 })).toEqual([null, null, null]);
    expect(multiYearCaps({ budgetCap: 5, years: 2, yearBudgetCaps: [1, null] })).toEqual([1, null]);
  });
  it('refuses years outside 1-5, caps of the wrong count and negative caps, naming them', () => {
    expect(() => multiYearCaps({ budgetCap: null, years: 6 })).toThrow(MultiYearParameterError);
    expect(() => multiYearCaps({ budgetCap: null, years: 0 })).toThrow('规划年数须为 1 到 5 的整数（收到 0）');
    expect(() => multiYearCaps({ budgetCap: null, years: 2, yearBudgetCaps: [1] })).toThrow('逐年预算上限须有 2 个');
    expect(() => multiYearCaps({ budgetCap: null, years: 2, yearBudgetCaps: [1, -3] })).toThrow('第 2 年的预算上限须为非负数（收到 -3）');
  });
});

describe('carrying a plan into the next year', () => {
  it('hires teach and hold their posts, rotations run their term and return, retirements leave, students are the forecast', () => {
    const region: RegionData = {
      counties: [{ code: 'C', name: 'C' }], budgets: [], costTables: [],
      schools: [school('S1', { countyCode: 'C', quota: 10, earmarkedPosts: 1 }), school('S2', { countyCode: 'C', quota: 10 })],
      sections: [section('S1', 'PRIMARY', 100, 2), section('S2', 'PRIMARY', 100, 2)],
      teachers: [
        teacher({ staffNo: 'R1', schoolCode: 'S1' }),
        teacher({ staffNo: 'OLD', schoolCode: 'S2', gender: 'M', birthDate: '1968-05-01' }),
      ],
    };
    const plan = {
      county: 'C', year: 2027, cost: { total: 0, hires: 0, rotation: 0, transport: 0, extraQuota: 0 },
      rotations: [{ staffNo: 'R1', fromSchool: 'S1', toSchool: 'S2', level: 'PRIMARY', reason: '', startDate: '2027-09-01', termYears: 3 }],
      hires: [{ schoolCode: 'S1', level: 'PRIMARY', subjectGroup: 'CORE', education: 'BACHELOR', count: 2, annualCost: 180000 }],
      classSplits: [],
    } as Pick<Plan, 'county' | 'year' | 'rotations' | 'hires' | 'classSplits' | 'cost'> as Plan;
    const after = regionAfterPlan(region, plan, 56);
    const hired = after.teachers.filter((t) => t.staffNo.startsWith('NEW2027-'));
    expect(hired.map((t) => [t.schoolCode, t.annualCost])).toEqual([['S1', 90000], ['S1', 90000]]);
    // The earmark the hires made is taken back: they hold their posts as teachers now.
    expect(after.schools.find((s) => s.code === 'S1')!.earmarkedPosts).toBe(1);
    const rules = { oversizedClassMin: 56, retirement: NATIONAL_STANDARD_SET.rotation.retirement };
    // OLD, a man born 1968-05-01: months since 1965-01 = 3*12+4 = 40 -> floor(40/4)+1 = 11 -> 60y11m -> retires
    // 2029-04-01. 2028: still teaching (at a fixed 60 he would have left on 2028-05-01); R1 still rotating; S1 grows to 130.
    const y2028 = nextPlanYear(after, 2028, new Map([['S1:PRIMARY', 130]]), rules);
    expect(y2028.retirements).toEqual([]);
    expect(nextPlanYear(after, 2028, new Map(), { ...rules, retirement: { ...rules.retirement, M: flatRetirementSchedule(60) } }).retirements.map((r) => r.staffNo)).toEqual(['OLD']);
    expect(y2028.returning).toEqual([]);
    expect(y2028.region.sections.map((s) => s.students)).toEqual([130, 100]);
    expect(y2028.region.teachers.find((t) => t.staffNo === 'R1')).toMatchObject({ schoolCode: 'S2', homeSchoolCode: 'S1', rotationEnd: '2030-09-01' });
    // 2030: the three-year term has ended: R1 is home again.
    // 2029: OLD's retirement date 2029-04-01 is before 2029-09-01: he leaves.
    const y2029 = nextPlanYear(y2028.region, 2029, new Map(), rules);
    expect(y2029.retirements.map((r) => [r.staffNo, r.schoolCode])).toEqual([['OLD', 'S2']]);
    const y2030 = nextPlanYear(y2029.region, 2030, new Map(), rules);
    expect(y2030.returning.map((r) => [r.staffNo, r.toSchool])).toEqual([['R1', 'S1']]);
    expect(y2030.region.teachers.find((t) => t.staffNo === 'R1')).toMatchObject({ schoolCode: 'S1', homeSchoolCode: null });
  });
});

describe('newSpendingCap', () => {
  it('is the least room any year from k on leaves after what earlier years carry into it', () => {
    // Caps 100, 50, none, 80; earlier plans carry 10 into year 1, 30 into year 2 and 3.
    const carried = [0, 10, 30, 30];
    const caps = [100, 50, null, 80];
    expect(newSpendingCap(caps, 0, (j) => carried[j]!)).toBe(40); // min(100, 50-10, 80-30)
    expect(newSpendingCap(caps, 2, (j) => carried[j]!)).toBe(50); // year 2 has no cap; year 3: 80-30
    expect(newSpendingCap([null, null], 0, () => 0)).toBeNull();
    expect(newSpendingCap([5, 100], 1, () => 200)).toBe(0); // never below zero
  });
});
