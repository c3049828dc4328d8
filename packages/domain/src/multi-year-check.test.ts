import { describe, expect, it } from 'vitest';
import { checkMultiYearPlan } from './multi-year-check';
import type { MultiYearPlan, PlanYear } from './multi-year-plan';
import { advancePlanYear, multiYearForecastStudents, planYearRules } from './multi-year-replay';
import type { Plan, PlanRotation } from './plan';
import { nextPlanYear, regionAfterPlan } from './plan-year-forward';
import { DEFAULT_SCENARIO, type ScenarioParameters } from './scenario';
import { NATIONAL_STANDARD_SET } from './standard-set';
import type { RegionData, Teacher } from './types';

const facilities = { floorAreaM2: 1e6, sportsAreaM2: 1e6, equipmentYuan: 1e9, multimediaRooms: 1000 };

function teacher(staffNo: string, schoolCode: string, over: Partial<Teacher> = {}): Teacher {
  return {
    staffNo, name: `教师${staffNo}`, gender: 'M', birthDate: '1985-01-01', idNumber: '', schoolCode, level: 'PRIMARY', subject: '语文',
    education: 'BACHELOR', title: '一级', certificate: true, backbone: 'NONE', startedAtSchool: '2010-09', status: 'ACTIVE',
    annualCost: 100000, ...over,
  };
}

/**
 * Town school T (strong, 21 teachers, 198 students in 5 classes, quota 22) and weak rural school V 10 km
 * away (96 students in 3 classes, 4 teachers, quota 6: short of Q1, Q2, Q3 and R).
 * T0-T4 are county backbone teachers, T0-T3 teach PE; T0-T9 started in 2010 (eligible to rotate), T10-T19
 * in 2024. OLD (man, born 1967-09-01; the gradual rise: months since 1965-01 = 2*12+8 = 32 -> floor(32/4)+1 = 9
 * -> retires at 60 years 9 months, on 2028-06-01): too near retirement to rotate in 2027, retired by 2028-09-01. No 年级 sheet: the forecast is coarse (each section's students spread evenly over its
 * grades, 33 and 16 a grade; the intake repeats the first grade), so the totals stay 198 and 96 every year.
 * Cost table: a bachelor costs 100,000 a year rural, 90,000 in town; a rotation 20,000 a year plus 1,000
 * transport (under 20 km).
 */
function county(): RegionData {
  const town: Teacher[] = Array.from({ length: 20 }, (_, i) =>
    teacher(`T${i}`, 'T', { backbone: i < 5 ? 'COUNTY' : 'NONE', subject: i < 4 ? '体育' : '语文', startedAtSchool: i < 10 ? '2010-09' : '2024-09' }),
  );
  return {
    counties: [{ code: 'C1', name: '某县' }],
    schools: [
      { code: 'T', name: '城关小学', countyCode: 'C1', township: 't', kind: 'PRIMARY', area: 'TOWN', weak: false, lat: 28, lon: 112, quota: 22, facilities },
      { code: 'V', name: '东源村小学', countyCode: 'C1', township: 'v', kind: 'PRIMARY', area: 'RURAL', weak: true, lat: 28.09, lon: 112, quota: 6, facilities },
    ],
    sections: [
      { schoolCode: 'T', level: 'PRIMARY', students: 198, classes: 5, classes56Plus: 0, classes66Plus: 0 },
      { schoolCode: 'V', level: 'PRIMARY', students: 96, classes: 3, classes56Plus: 0, classes66Plus: 0 },
    ],
    teachers: [...town, teacher('OLD', 'T', { birthDate: '1967-09-01' }), ...Array.from({ length: 4 }, (_, i) => teacher(`V${i}`, 'V', { startedAtSchool: '2024-09' }))],
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

const CAPS = [300000, 300000, 400000];

function scenario(over: Partial<ScenarioParameters> = {}): ScenarioParameters {
  return { ...DEFAULT_SCENARIO, countyCodes: ['C1'], year: 2027, years: 3, yearBudgetCaps: CAPS, ...over };
}

const rotation = (staffNo: string, year: number, over: Partial<PlanRotation> = {}): PlanRotation => ({
  staffNo, fromSchool: 'T', toSchool: 'V', level: 'PRIMARY', reason: '补足骨干教师（Q2）：东源村小学', startDate: `${year}-09-01`, termYears: 3, ...over,
});

function yearPlan(year: number, rows: Partial<Plan>): Plan {
  return {
    county: 'C1', year, backend: 'hand', status: 'OPTIMAL', gap: 0, cost: { total: 0, hires: 0, rotation: 0, transport: 0, extraQuota: 0 },
    rotations: [], hires: [], classSplits: [], shortfalls: [], check: { passes: true, violations: [] }, ...rows,
  };
}

/**
 * The valid 3-year plan, every figure by hand:
 * - 2027: T0 and T1 (backbone PE) rotate T -> V for 3 years (2 x 21,000); V hires 2 bachelors (2 x 100,000).
 *   V then has 8 teachers and meets Q1-Q3 and R; T keeps 2 backbone and 2 PE of 19. 2 of 10 eligible rotate.
 *   Cost 242,000 (cap 300,000); nothing carried.
 * - 2028: OLD retired (on 2028-06-01). Eligible: T2-T9 (8): one must rotate and T keeps 2 backbone only
 *   if it is T4 (backbone, not PE). T4 rotates T -> V: 21,000. Carried: 200,000 hires + 42,000 rotations of
 *   2027 (until 2030) = 242,000, leaving 58,000 of the cap; year cost 263,000.
 * - 2029: eligible T2, T3, T5-T9 (7): a backbone leaving would break T's Q2, a non-backbone the backbone
 *   share: no rotation, the quota reported short. T hires a bachelor (90,000; T holds 20 of its 22 posts).
 *   Carried: 242,000 + T4's 21,000 (until 2031) = 263,000, leaving 137,000; year cost 353,000.
 * Total 242,000 + 263,000 + 353,000 = 858,000.
 */
function validPlan(): MultiYearPlan {
  const y2027 = yearPlan(2027, {
    rotations: [rotation('T0', 2027), rotation('T1', 2027)],
    hires: [{ schoolCode: 'V', level: 'PRIMARY', subjectGroup: 'CORE', education: 'BACHELOR', count: 2, annualCost: 200000 }],
    cost: { total: 242000, hires: 200000, rotation: 40000, transport: 2000, extraQuota: 0 },
  });
  const y2028 = yearPlan(2028, {
    rotations: [rotation('T4', 2028)],
    cost: { total: 21000, hires: 0, rotation: 20000, transport: 1000, extraQuota: 0 },
  });
  const y2029 = yearPlan(2029, {
    hires: [{ schoolCode: 'T', level: 'PRIMARY', subjectGroup: 'CORE', education: 'BACHELOR', count: 1, annualCost: 90000 }],
    cost: { total: 90000, hires: 90000, rotation: 0, transport: 0, extraQuota: 0 },
    shortfalls: [{ schoolCode: null, level: null, indicator: 'ROTATION_QUOTA', value: 0, threshold: 0.1, gapTeachers: 1, cause: 'NO_ELIGIBLE_DONOR' }],
  });
  const year = (plan: Plan, carriedCost: number, budgetCap: number, over: Partial<PlanYear> = {}): PlanYear => ({
    year: plan.year, plan, carriedCost, budgetCap, newSpendingCap: budgetCap - carriedCost, yearCost: carriedCost + plan.cost.total,
    retirements: [], returning: [], students: 294, shortfallTeachers: 0, ...over,
  });
  return {
    baseYear: 2027, lookahead: true, targets: [], totalCost: 858000,
    years: [
      year(y2027, 0, 300000),
      year(y2028, 242000, 300000, { retirements: [{ staffNo: 'OLD', name: '教师OLD', schoolCode: 'T', level: 'PRIMARY' }] }),
      year(y2029, 263000, 400000, { shortfallTeachers: 1 }),
    ],
  };
}

/**
 * The valid plan with a fourth year, 2030: T0 and T1's terms end on 2030-09-01 and they are home (returning), so
 * 2027's rotations no longer cost. T2 (backbone PE; T keeps 3 backbone and 3 PE) rotates T -> V (V would have no
 * PE teacher left): 21,000. T10-T19 have 6 years at T by now: 1 of 23 eligible rotates, the quota (3) reported short. Carried: 200,000 (2027 hires) + 21,000 (T4
 * until 2031) + 90,000 (2029 hire) = 311,000, leaving 89,000 of 400,000; year cost 332,000; total 1,190,000.
 */
function fourYearPlan(): MultiYearPlan {
  const plan = validPlan();
  const y2030 = yearPlan(2030, {
    rotations: [rotation('T2', 2030)], cost: { total: 21000, hires: 0, rotation: 20000, transport: 1000, extraQuota: 0 },
    shortfalls: [{ schoolCode: null, level: null, indicator: 'ROTATION_QUOTA', value: 1 / 23, threshold: 0.1, gapTeachers: 2, cause: 'DONOR_LIMIT' }],
  });
  const back = (staffNo: string) => ({ staffNo, name: `教师${staffNo}`, level: 'PRIMARY' as const, subject: '体育', fromSchool: 'V', toSchool: 'T', rotationEnd: '2030-09-01' });
  plan.years.push({
    year: 2030, plan: y2030, carriedCost: 311000, budgetCap: 400000, newSpendingCap: 89000, yearCost: 332000,
    retirements: [], returning: [back('T0'), back('T1')], students: 294, shortfallTeachers: 0,
  });
  plan.totalCost = 1190000;
  return plan;
}
const FOUR_YEARS = { years: 4, yearBudgetCaps: [...CAPS, 400000] };

const check = (plan: MultiYearPlan, s = scenario(), options = {}) => checkMultiYearPlan(county(), NATIONAL_STANDARD_SET, s, plan, options);
const codes = (plan: MultiYearPlan, s = scenario(), options = {}) => check(plan, s, options).problems.map((p) => (process.env.DEBUG_CHECK ? console.log(p.code, p.message) : 0, `${p.year}:${p.code}`));

/** The regions each year is planned on, replayed with the domain's year-forward functions. */
function replayedRegions(plan: MultiYearPlan): RegionData[] {
  const standards = NATIONAL_STANDARD_SET;
  const rules = planYearRules(standards);
  const forecast = multiYearForecastStudents(county(), standards, 2027, 3);
  const out = [county()];
  for (let k = 1; k < 3; k++) out.push(advancePlanYear(out[k - 1]!, plan.years[k - 1]!.plan, 2027 + k, forecast[k - 1]!, rules).region);
  return out;
}

describe('the year-forward functions the solver and the checker share', () => {
  it('forecast the coarse county flat and advance a year as regionAfterPlan then nextPlanYear', () => {
    const forecast = multiYearForecastStudents(county(), NATIONAL_STANDARD_SET, 2027, 3);
    expect(forecast.map((m) => [m.get('T:PRIMARY'), m.get('V:PRIMARY')])).toEqual([[198, 96], [198, 96]]);
    expect(multiYearForecastStudents(county(), NATIONAL_STANDARD_SET, 2027, 1)).toEqual([]);
    const plan = validPlan().years[0]!.plan;
    const rules = planYearRules(NATIONAL_STANDARD_SET);
    expect(rules).toEqual({ oversizedClassMin: 56, retirement: NATIONAL_STANDARD_SET.rotation.retirement });
    const advanced = advancePlanYear(county(), plan, 2028, forecast[0]!, rules);
    expect(advanced).toEqual(nextPlanYear(regionAfterPlan(county(), plan, 56), 2028, forecast[0]!, rules));
    expect(advanced.retirements.map((r) => r.staffNo)).toEqual(['OLD']);
  });
});

describe('checkMultiYearPlan', () => {
  it('passes the valid 3-year plan: every year checked on its replayed region, carried and within its cap', () => {
    const result = check(validPlan());
    expect(result.problems).toEqual([]);
    expect(result.passes).toBe(true);
    expect(result.years.map((y) => y.year)).toEqual([2027, 2028, 2029]);
    // The regions the plan was made on, when given, carry the years too.
    expect(check(validPlan(), scenario(), { plannedOn: replayedRegions(validPlan()) }).problems).toEqual([]);
  });

  it('finds a rotated teacher back home before the term ends: a short term, or rotated back by a later plan', () => {
    const short = validPlan();
    short.years[0]!.plan.rotations[0] = rotation('T0', 2027, { termYears: 1 });
    const found = codes(short);
    expect(found).toContain('2027:ROTATION_TERM');
    expect(found).toContain('2028:ROTATION_ENDED_EARLY');
    expect(found).toContain('2028:RETURNING');
    const message = check(short).problems.find((p) => p.code === 'ROTATION_ENDED_EARLY')!.message;
    expect(message).toContain('教师T0（T0）');
    expect(message).toContain('东源村小学');
    expect(message).toContain('2030-09-01');

    const back = validPlan();
    back.years[1]!.plan.rotations.push(rotation('T0', 2028, { fromSchool: 'V', toSchool: 'T' }));
    back.years[1]!.plan.cost = { total: 42000, hires: 0, rotation: 40000, transport: 2000, extraQuota: 0 };
    const again = codes(back);
    expect(again).toContain('2028:ROTATING_TEACHER_MOVED');
    expect(again).toContain('2029:ROTATION_ENDED_EARLY');
  });

  it('brings rotating teachers home when the term ends, and their costs stop', () => {
    expect(check(fourYearPlan(), scenario(FOUR_YEARS)).problems).toEqual([]);
    // The region 2030 was planned on still has T0 at V: not returned.
    const plan = fourYearPlan();
    const regions = replayedRegions(plan);
    const standards = NATIONAL_STANDARD_SET;
    regions.push(advancePlanYear(regions[2]!, plan.years[2]!.plan, 2030, multiYearForecastStudents(county(), standards, 2027, 4)[2]!, planYearRules(standards)).region);
    expect(regions[3]!.teachers.find((t) => t.staffNo === 'T0')).toMatchObject({ schoolCode: 'T', homeSchoolCode: null });
    regions[3] = { ...regions[3]!, teachers: regions[3]!.teachers.map((t) => (t.staffNo === 'T0' ? { ...t, schoolCode: 'V', homeSchoolCode: 'T', rotationEnd: '2030-09-01' } : t)) };
    const found = check(plan, scenario(FOUR_YEARS), { plannedOn: regions }).problems;
    expect(found.map((p) => `${p.year}:${p.code}`)).toEqual(['2030:ROTATION_NOT_RETURNED']);
    expect(found[0]!.message).toBe('2030 年求解所用的名册中 教师T0（T0） 在 东源村小学，但其 2027 年起赴 东源村小学 的交流期已于 2030-09-01 届满，应已回到 城关小学');
    // Still paying 2027's rotations in 2030 (42,000 more) is a wrong carried cost.
    const paying = fourYearPlan();
    Object.assign(paying.years[3]!, { carriedCost: 353000, newSpendingCap: 47000, yearCost: 374000 });
    paying.totalCost = 1232000;
    expect(codes(paying, scenario(FOUR_YEARS))).toEqual(['2030:CARRIED_COST', '2030:YEAR_COST', '2030:BUDGET_CAP']);
  });

  it('finds a hire missing from a later year: in the region the year was planned on, or planned as if it were missing', () => {
    const plan = validPlan();
    const regions = replayedRegions(plan);
    regions[2] = { ...regions[2]!, teachers: regions[2]!.teachers.filter((t) => !t.staffNo.startsWith('NEW2027-')) };
    const found = check(plan, scenario(), { plannedOn: regions }).problems;
    expect(found.map((p) => `${p.year}:${p.code}`)).toEqual(['2029:HIRE_NOT_CARRIED']);
    expect(found[0]!.message).toContain('东源村小学 PRIMARY 只有 0 名 2027 年新招聘的教师，方案当年招聘 2 名');
    // Planned without V's two hires, 2029 would report V short of teachers it has.
    const blind = validPlan();
    blind.years[2]!.plan.shortfalls.push({ schoolCode: 'V', level: 'PRIMARY', indicator: 'R', value: 96 / 4, threshold: 19, gapTeachers: 2, cause: 'BUDGET' });
    expect(codes(blind)).toEqual(['2029:SHORTFALLS']);
  });

  it('finds a retired teacher rotated in year 2, and one still in the roster a year was planned on', () => {
    const plan = validPlan();
    plan.years[1]!.plan.rotations.push(rotation('OLD', 2028));
    const found = codes(plan);
    expect(found).toContain('2028:RETIRED_TEACHER_IN_PLAN');
    expect(check(plan).problems.find((p) => p.code === 'RETIRED_TEACHER_IN_PLAN')!.message).toBe('2028 年方案安排 教师OLD（OLD） 交流轮岗，但该教师已于 2028 年退休');
    // Without personal data (as stored for every reader of a plan): the staff number alone.
    expect(check(plan, scenario(), { teacherNames: false }).problems.find((p) => p.code === 'RETIRED_TEACHER_IN_PLAN')).toMatchObject({
      staffNo: 'OLD', message: '2028 年方案安排 教师 OLD 交流轮岗，但该教师已于 2028 年退休',
    });
    const regions = replayedRegions(validPlan());
    regions[1] = { ...regions[1]!, teachers: [...regions[1]!.teachers, county().teachers.find((t) => t.staffNo === 'OLD')!] };
    expect(codes(validPlan(), scenario(), { plannedOn: regions })).toEqual(['2028:RETIRED_STILL_PRESENT']);
  });

  it('finds a wrong retirements list and a wrong returning list', () => {
    const plan = validPlan();
    plan.years[2]!.retirements = plan.years[1]!.retirements;
    plan.years[1]!.retirements = [];
    plan.years[2]!.returning = [{ staffNo: 'T0', name: '教师T0', level: 'PRIMARY', subject: '体育', fromSchool: 'V', toSchool: 'T', rotationEnd: '2029-09-01' }];
    expect(codes(plan)).toEqual(['2028:RETIREMENTS', '2029:RETIREMENTS', '2029:RETURNING']);
    expect(check(plan).problems[0]!.message).toBe('2028 年退休名单缺少 教师OLD（OLD）：按退休规定该教师在 2028-09-01 前已到退休年龄');
  });

  it('finds the carried cost understated: a rotation whose term still runs left out', () => {
    const plan = validPlan();
    const y = plan.years[2]!;
    Object.assign(y, { carriedCost: 242000, newSpendingCap: 158000, yearCost: 332000 });
    plan.totalCost = 837000;
    const found = check(plan).problems;
    expect(found.map((p) => `${p.year}:${p.code}`)).toEqual(['2029:CARRIED_COST', '2029:YEAR_COST', '2029:BUDGET_CAP']);
    expect(found[0]!.message).toContain('2029 年延续成本写为 242,000 元，按前几年方案应为 263,000 元');
    expect(found[0]!.message).toContain('2028 年交流轮岗补贴和交通补贴（至 2031 年） 21,000 元');
  });

  it('finds a year over its cap', () => {
    const caps = [300000, 250000, 400000];
    const plan = validPlan();
    Object.assign(plan.years[1]!, { budgetCap: 250000, newSpendingCap: 8000 });
    const found = codes(plan, scenario({ yearBudgetCaps: caps }));
    expect(found).toContain('2028:OVER_CAP');
    // The year's new spending (21,000) is over what the carried cost leaves (8,000): the year's own check says so too.
    expect(found).toContain('2028:YEAR_CHECK');
    expect(check(plan, scenario({ yearBudgetCaps: caps })).problems.find((p) => p.code === 'OVER_CAP')!.message)
      .toBe('2028 年成本 263,000 元（延续 242,000 元，新增 21,000 元）超出当年预算上限 250,000 元');
  });

  it('finds years that are not consecutive or not as many as the scenario, and a wrong total', () => {
    const plan = validPlan();
    plan.years[2] = { ...plan.years[2]!, year: 2030 };
    expect(codes(plan)).toContain('2029:YEARS');
    expect(codes(validPlan(), scenario({ years: 2, yearBudgetCaps: [300000, 300000] }))).toContain('null:YEARS');
    const total = validPlan();
    total.totalCost = 1;
    expect(codes(total)).toEqual(['null:YEAR_COST']);
  });

  it('finds a plan made on a region that does not follow from the previous year', () => {
    // 2028's plan made as if T0 were still at T: it rotates T0 (on its term at V) instead of T4.
    const plan = validPlan();
    plan.years[1]!.plan.rotations = [rotation('T0', 2028)];
    const found = codes(plan);
    expect(found).toContain('2028:YEAR_CHECK');
    expect(found).toContain('2028:ROTATING_TEACHER_MOVED');
    // Students of another forecast.
    const students = validPlan();
    students.years[1]!.students = 320;
    expect(codes(students)).toEqual(['2028:STUDENTS']);
    const regions = replayedRegions(validPlan());
    regions[1] = { ...regions[1]!, sections: regions[1]!.sections.map((s) => (s.schoolCode === 'V' ? { ...s, students: 120 } : s)) };
    expect(codes(validPlan(), scenario(), { plannedOn: regions })).toEqual(['2028:REGION_MISMATCH']);
  });
});
