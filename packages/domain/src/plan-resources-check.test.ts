import { describe, expect, it } from 'vitest';
import { checkPlan } from './plan-checker';
import type { Plan, PlanClassSplit, PlanHire } from './plan';
import { planSpending } from './plan-spending';
import { DEFAULT_SCENARIO, type ScenarioParameters } from './scenario';
import { NATIONAL_STANDARD_SET } from './standard-set';
import type { RegionData, Teacher } from './types';

const facilities = { floorAreaM2: 1e6, sportsAreaM2: 1e6, equipmentYuan: 1e9, multimediaRooms: 1000 };

function teacher(staffNo: string, over: Partial<Teacher> = {}): Teacher {
  return {
    staffNo, name: staffNo, gender: 'M', birthDate: '1985-01-01', idNumber: '', schoolCode: 'V', level: 'PRIMARY', subject: i18n(staffNo),
    education: 'BACHELOR', title: '一级', certificate: true, backbone: staffNo === 'V0' ? 'COUNTY' : 'NONE', startedAtSchool: '2024-09', status: 'ACTIVE',
    annualCost: 100000, ...over,
  };
}
function i18n(staffNo: string): string {
  return staffNo === 'V1' ? '体育' : '语文';
}

/**
 * Village V (rural): 100 students in 2 classes (C: 45 at most, so 3 are needed), 5 teachers (R needs 6),
 * 20 posts. Teaching time: 5 x 15 = 75 periods, 2 x 28 = 56
 * taken, 19 spare; a third class takes 28. Senior section at the same school: 120 students, 3 classes,
 * 10 teachers (R passes). The school records 6 classrooms for its 5 classes: 1 spare. Costs: rural 大专 80,000, 中专 70,000, 本科 90,000; a classroom 30,000 a year.
 */
function region(classrooms: number | null = 6): RegionData {
  return {
    counties: [{ code: 'C1', name: 'County' }],
    schools: [{ code: 'V', name: 'Village', countyCode: 'C1', township: 'v', kind: 'PRIMARY', area: 'RURAL', weak: true, lat: 28, lon: 112, quota: 20, facilities, classrooms }],
    sections: [
      { schoolCode: 'V', level: 'PRIMARY', students: 100, classes: 2, classes56Plus: 0, classes66Plus: 0 },
      { schoolCode: 'V', level: 'SENIOR', students: 120, classes: 3, classes56Plus: 0, classes66Plus: 0 },
    ],
    teachers: [...Array.from({ length: 5 }, (_, i) => teacher(`V${i}`)), ...Array.from({ length: 10 }, (_, i) => teacher(`S${i}`, { level: 'SENIOR' }))],
    budgets: [{ year: 2027, countyCode: 'C1', category: '新增教师经费', amount: 100_000, committed: 30_000 }],
    costTables: [{
      countyCode: 'C1',
      hire: [{ area: 'RURAL', education: 'ASSOCIATE', amount: 80000 }, { area: 'RURAL', education: 'SECONDARY_VOCATIONAL', amount: 70000 }, { area: 'RURAL', education: 'BACHELOR', amount: 90000 }],
      rotationAllowance: 20000,
      transport: [],
      extraQuota: 50000,
      classroom: 30_000,
    }],
  };
}

const scenario = (over: Partial<ScenarioParameters> = {}): ScenarioParameters => ({ ...DEFAULT_SCENARIO, countyCodes: ['C1'], year: 2027, ...over });

const hire = (over: Partial<PlanHire> = {}): PlanHire => ({ schoolCode: 'V', level: 'PRIMARY', subjectGroup: 'CORE', education: 'ASSOCIATE', count: 1, annualCost: 80000, extraQuota: 0, belowMinimum: false, ...over });
const split = (over: Partial<PlanClassSplit> = {}): PlanClassSplit => ({ schoolCode: 'V', level: 'PRIMARY', classesBefore: 2, classesAfter: 3, classroomsBuilt: 0, annualCost: 0, ...over });

function plan(hires: PlanHire[], classSplits: PlanClassSplit[], extra: Partial<Plan['cost']> = {}): Plan {
  const hiresCost = hires.reduce((s, h) => s + h.annualCost, 0);
  const classrooms = classSplits.reduce((s, x) => s + (x.annualCost ?? 0), 0);
  return {
    county: 'C1', year: 2027, backend: 'test', status: 'OPTIMAL', gap: 0,
    cost: { total: hiresCost + classrooms, hires: hiresCost, rotation: 0, transport: 0, extraQuota: 0, classrooms, ...extra },
    rotations: [], hires, classSplits, shortfalls: [], check: { passes: true, violations: [] },
  };
}

const rules = (p: Plan, s = scenario(), r = region()) => checkPlan(r, NATIONAL_STANDARD_SET, s, p).violations.map((v) => v.rule);

describe('checkPlan: hires, scope, class splits and budget lines', () => {
  it('passes a split with its spare room and a hire bringing the time', () => {
    expect(rules(plan([hire()], [split()]))).toEqual([]);
  });

  it('refuses a hire below the minimum unless allowed, and then only when flagged', () => {
    const low = hire({ education: 'SECONDARY_VOCATIONAL', annualCost: 70000 });
    expect(rules(plan([low], [split()]))).toContain('HIRE_BELOW_MINIMUM');
    expect(rules(plan([low], [split()]), scenario({ allowHiresBelowMinimum: true }))).toContain('HIRE_BELOW_MINIMUM');
    expect(rules(plan([{ ...low, belowMinimum: true }], [split()]), scenario({ allowHiresBelowMinimum: true }))).toEqual([]);
    // A senior 大专 hire is below the senior minimum (本科) even though 大专 is enough for primary.
    expect(rules(plan([hire(), hire({ level: 'SENIOR' })], [split()]))).toContain('HIRE_BELOW_MINIMUM');
  });

  it('refuses hires and splits in a level out of the scenario scope, and does not judge that level', () => {
    expect(rules(plan([hire()], [split()]), scenario({ levels: ['SENIOR'] }))).toEqual(expect.arrayContaining(['LEVEL_OUT_OF_SCOPE']));
    // Out of scope, the primary section's unmet R and C are not the plan's to report.
    expect(rules(plan([], []), scenario({ levels: ['SENIOR'] }))).toEqual([]);
    expect(rules(plan([], []))).toContain('SHORTFALL_NOT_REPORTED');
  });

  it('finds a split without a classroom or without teaching time', () => {
    // No classrooms recorded: none spare, and the split builds none.
    expect(rules(plan([hire()], [split()]), scenario(), region(null))).toContain('SPLIT_NO_CLASSROOM');
    // Built at 30,000: fine, when the plan pays for it.
    expect(rules(plan([hire()], [split({ classroomsBuilt: 1, annualCost: 30_000 })]), scenario(), region(null))).toEqual([]);
    expect(rules(plan([hire()], [split({ classroomsBuilt: 1, annualCost: 0 })]), scenario(), region(null))).toContain('COST_MISMATCH');
    // No hire: 19 spare periods, 28 needed.
    const noTime = rules(plan([], [split()]));
    expect(noTime).toContain('SPLIT_NO_TEACHING_TIME');
    expect(noTime).not.toContain('SPLIT_NO_CLASSROOM');
  });

  it('adds the classrooms into the total cost and the cap', () => {
    const p = plan([hire()], [split({ classroomsBuilt: 1, annualCost: 30_000 })]);
    expect(p.cost.total).toBe(110_000);
    expect(rules({ ...p, cost: { ...p.cost, total: 80_000, classrooms: 0 } }, scenario(), region(null))).toContain('COST_MISMATCH');
    expect(rules(p, scenario({ budgetCap: 100_000 }), region(null))).toContain('BUDGET');
  });

  it('keeps spending on a drawn budget line within its amount minus what is committed', () => {
    // 新增教师经费: 100,000 - 30,000 committed = 70,000 left; a hire costs 80,000.
    expect(rules(plan([hire()], [split()]), scenario({ budgetCategories: ['新增教师经费'] }))).toContain('BUDGET_LINE');
    expect(rules(plan([hire()], [split()]), scenario({ budgetCategories: null }))).toEqual([]);
  });

  it('adds up spending by level and by line', () => {
    const p = plan([hire(), hire({ level: 'SENIOR', education: 'BACHELOR', annualCost: 90000 })], [split({ classroomsBuilt: 1, annualCost: 30_000 })]);
    const s = planSpending(region(), p);
    expect(s.byLevel).toEqual([{ level: 'PRIMARY', amount: 110_000 }, { level: 'SENIOR', amount: 90_000 }]);
    expect(s.byLine).toEqual([{ category: '新增教师经费', amount: 170_000 }, { category: '基建', amount: 30_000 }]);
  });
});
