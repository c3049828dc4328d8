import { describe, expect, it } from 'vitest';
import { checkPlan } from './plan-checker';
import type { Plan } from './plan';
import { DEFAULT_SCENARIO, type ScenarioParameters } from './scenario';
import { NATIONAL_STANDARD_SET } from './standard-set';
import type { RegionData, Teacher } from './types';

const facilities = { floorAreaM2: 1e6, sportsAreaM2: 1e6, equipmentYuan: 1e9, multimediaRooms: 1000 };

function teacher(staffNo: string, schoolCode: string, over: Partial<Teacher> = {}): Teacher {
  return {
    staffNo, name: staffNo, gender: 'M', birthDate: '1985-01-01', idNumber: '', schoolCode, level: 'PRIMARY', subject: '语文',
    education: 'BACHELOR', title: '一级', certificate: true, backbone: 'NONE', startedAtSchool: '2010-09', status: 'ACTIVE',
    annualCost: 100000, ...over,
  };
}

/**
 * Town school T (strong, 20 teachers, 200 students: everything passes) and rural school V 10 km away
 * (100 students, 4 teachers: Q1 needs 5, R needs 6, Q2 needs 1, Q3 needs 1).
 */
function region(): RegionData {
  const town: Teacher[] = Array.from({ length: 20 }, (_, i) =>
    teacher(`T${i}`, 'T', { backbone: i < 5 ? 'COUNTY' : 'NONE', subject: i < 4 ? '体育' : '语文', startedAtSchool: i < 10 ? '2010-09' : '2024-09' }),
  );
  const village: Teacher[] = Array.from({ length: 4 }, (_, i) => teacher(`V${i}`, 'V', { startedAtSchool: '2024-09' }));
  return {
    counties: [{ code: 'C1', name: 'County' }],
    schools: [
      { code: 'T', name: 'Town', countyCode: 'C1', township: 't', kind: 'PRIMARY', area: 'TOWN', weak: false, lat: 28, lon: 112, quota: 22, facilities },
      { code: 'V', name: 'Village', countyCode: 'C1', township: 'v', kind: 'PRIMARY', area: 'RURAL', weak: true, lat: 28.09, lon: 112, quota: 6, facilities },
    ],
    sections: [
      { schoolCode: 'T', level: 'PRIMARY', students: 200, classes: 5, classes56Plus: 0, classes66Plus: 0 },
      { schoolCode: 'V', level: 'PRIMARY', students: 100, classes: 3, classes56Plus: 0, classes66Plus: 0 },
    ],
    teachers: [...town, ...village],
    budgets: [],
    costTables: [{
      countyCode: 'C1',
      hire: [{ area: 'RURAL', education: 'BACHELOR', amount: 100000 }, { area: 'TOWN', education: 'BACHELOR', amount: 90000 }],
      rotationAllowance: 20000,
      transport: [{ minKm: 0, amount: 1000 }, { minKm: 20, amount: 3000 }],
      extraQuota: 50000,
    }],
  };
}

function scenario(over: Partial<ScenarioParameters> = {}): ScenarioParameters {
  return { ...DEFAULT_SCENARIO, countyCodes: ['C1'], year: 2027, ...over };
}

const rotation = (staffNo: string, over = {}) => ({ staffNo, fromSchool: 'T', toSchool: 'V', level: 'PRIMARY' as const, reason: 'Q2 at Village', startDate: '2027-09-01', termYears: 3, ...over });

/** Two backbone PE teachers rotate (Q2, Q3, 2 of R and Q1); two bachelor hires fill the rest. Meets everything. */
function goodPlan(): Plan {
  return {
    county: 'C1', year: 2027, backend: 'test', status: 'OPTIMAL', gap: 0,
    cost: { total: 242000, hires: 200000, rotation: 40000, transport: 2000, extraQuota: 0 },
    rotations: [rotation('T0'), rotation('T1')],
    hires: [{ schoolCode: 'V', level: 'PRIMARY', subjectGroup: 'CORE', education: 'BACHELOR', count: 2, annualCost: 200000 }],
    classSplits: [],
    shortfalls: [],
    check: { passes: true, violations: [] },
  };
}

const rules = (plan: Plan, s = scenario(), r = region()) => checkPlan(r, NATIONAL_STANDARD_SET, s, plan).violations.map((v) => (process.env.DEBUG_CHECK ? console.log(v.message) : 0, v.rule));

describe('checkPlan', () => {
  it('passes a plan that meets every rule, in both modes', () => {
    expect(rules(goodPlan())).toEqual([]);
    expect(rules(goodPlan(), scenario({ mode: 'CHEAPEST_FULL_COMPLIANCE' }))).toEqual([]);
  });

  it('finds teachers moving twice, unknown, locked, ineligible, wrong school and level', () => {
    const p = goodPlan();
    p.rotations.push(rotation('T0'), rotation('NOPE'), rotation('T12'), rotation('V0', { fromSchool: 'T' }), rotation('T2', { level: 'JUNIOR' }));
    const found = rules(p, scenario({ lockedStaffNos: ['T2'] }));
    for (const rule of ['TEACHER_MOVES_TWICE', 'UNKNOWN_TEACHER', 'NOT_ELIGIBLE', 'WRONG_FROM_SCHOOL', 'WRONG_LEVEL', 'LOCKED_OR_EXCLUDED']) expect(found).toContain(rule);
  });

  it('finds moves in a forbidden direction or beyond the distance limit', () => {
    const r = region();
    r.schools[1] = { ...r.schools[1]!, area: 'URBAN', weak: false, lat: 29 };
    const found = rules(goodPlan(), scenario(), r);
    expect(found).toContain('DIRECTION');
    expect(found).toContain('DISTANCE');
  });

  it('finds donors that lose too many teachers or their own standards', () => {
    const p = goodPlan();
    // 4 of 20 is above 15%; T's Q3 (4 PE teachers, 1.8 needed for 200 students) breaks when 3 PE teachers leave.
    p.rotations = ['T0', 'T1', 'T2', 'T3'].map((s) => rotation(s));
    p.cost = { total: 284000, hires: 200000, rotation: 80000, transport: 4000, extraQuota: 0 };
    const found = rules(p);
    expect(found).toContain('DONOR_LOSS');
    expect(found).toContain('DONOR_STANDARDS');
  });

  it('recomputes costs, the budget and vacancies', () => {
    const p = goodPlan();
    p.hires[0]!.annualCost = 1;
    expect(rules(p)).toContain('COST_MISMATCH');
    expect(rules(goodPlan(), scenario({ budgetCap: 100000 }))).toContain('BUDGET');
    const big = goodPlan();
    big.hires[0] = { ...big.hires[0]!, count: 3, annualCost: 300000 };
    big.cost = { total: 342000, hires: 300000, rotation: 40000, transport: 2000, extraQuota: 0 };
    expect(rules(big)).toContain('VACANCIES');
    big.cost = { total: 392000, hires: 300000, rotation: 40000, transport: 2000, extraQuota: 50000 };
    // With post transfers switched off, the third hire at V takes one post of extra quota (50,000).
    expect(rules(big, scenario({ extraQuotaPerSchool: 1, allowPostTransfers: false }))).toEqual([]);
    // With them on, T could have sent a vacant post (quota 22, 20 posts held, its 200 students need
    // ceil(200 / 19) = 11): extra quota before a transfer is refused.
    expect(rules(big, scenario({ extraQuotaPerSchool: 1 }))).toEqual(['EXTRA_QUOTA_BEFORE_TRANSFER']);
  });

  it('counts vacancies by the school holding the post: a teacher on rotation keeps theirs at home', () => {
    // T19 already teaches at V on rotation from T. V: quota 6, its own 4 teachers hold 4 posts -> 2
    // vacancies, the visitor takes none, so the two hires fit. T: quota 22, its 20 teachers (T19
    // included) hold 20 posts -> 2 vacancies, not 3: 3 hires need 1 extra post (50,000) the scenario lacks.
    const r = region();
    r.teachers = r.teachers.map((t) => (t.staffNo === 'T19' ? { ...t, schoolCode: 'V', homeSchoolCode: 'T', rotationEnd: '2029-09-01' } : t));
    expect(rules(goodPlan(), scenario(), r)).toEqual([]);
    const atTown = goodPlan();
    atTown.hires.push({ schoolCode: 'T', level: 'PRIMARY', subjectGroup: 'CORE', education: 'BACHELOR', count: 3, annualCost: 270000 });
    atTown.cost = { total: 562000, hires: 470000, rotation: 40000, transport: 2000, extraQuota: 50000 };
    expect(checkPlan(r, NATIONAL_STANDARD_SET, scenario(), atTown).violations).toEqual([
      expect.objectContaining({ rule: 'VACANCIES', schoolCode: 'T', message: expect.stringContaining('its 2 vacancies') }),
    ]);
  });

  it('a teacher still on rotation may not rotate again', () => {
    const r = region();
    r.teachers = r.teachers.map((t) => (t.staffNo === 'T0' ? { ...t, homeSchoolCode: 'V', rotationEnd: '2028-09-01' } : t));
    expect(rules(goodPlan(), scenario(), r)).toContain('NOT_ELIGIBLE');
  });

  it('checks class splits', () => {
    const p = goodPlan();
    p.classSplits = [{ schoolCode: 'V', level: 'PRIMARY', classesBefore: 3, classesAfter: 2 }];
    expect(rules(p)).toContain('CLASS_SPLIT');
  });

  it('demands the backbone share of rotations in full compliance, and its report otherwise', () => {
    const p = goodPlan();
    p.rotations = [rotation('T6'), rotation('T7')];
    const unreported = (plan: Plan) => checkPlan(region(), NATIONAL_STANDARD_SET, scenario(), plan).violations.filter((v) => v.rule === 'SHORTFALL_NOT_REPORTED' && v.message.includes('backbone'));
    expect(rules(p, scenario({ mode: 'CHEAPEST_FULL_COMPLIANCE' }))).toContain('BACKBONE_SHARE');
    expect(unreported(p)).toHaveLength(1);
    expect(rules(p)).not.toContain('BACKBONE_SHARE');
    p.shortfalls = [...p.shortfalls, { schoolCode: null, level: null, indicator: 'BACKBONE_SHARE', value: 0, threshold: 1, gapTeachers: 1, cause: 'DONOR_LIMIT' }];
    expect(unreported(p)).toEqual([]);
  });

  it('in full compliance every standard must hold; otherwise every miss must be reported', () => {
    const empty: Plan = { ...goodPlan(), rotations: [], hires: [], cost: { total: 0, hires: 0, rotation: 0, transport: 0, extraQuota: 0 } };
    expect(rules(empty, scenario({ mode: 'CHEAPEST_FULL_COMPLIANCE' }))).toEqual(expect.arrayContaining(['STANDARD_NOT_MET', 'ROTATION_QUOTA']));
    expect(rules(empty)).toContain('SHORTFALL_NOT_REPORTED');
    const reported: Plan = {
      ...empty,
      shortfalls: (['Q1', 'Q2', 'Q3', 'R'] as const).map((indicator) => ({ schoolCode: 'V', level: 'PRIMARY' as const, indicator, value: 0, threshold: 1, gapTeachers: 1, cause: 'BUDGET' as const }))
        .concat([{ schoolCode: null as never, level: null as never, indicator: 'ROTATION_QUOTA' as never, value: 0, threshold: 1, gapTeachers: 1, cause: 'BUDGET' }]),
    };
    expect(rules(reported)).toEqual([]);
  });
});
