import { loadRegionData, replaceRegionData, ScenarioEntity } from '@junheng/db';
import { AREA_TYPES, EDUCATIONS, postsHeldBySchool, vacancies, type Plan } from '@junheng/domain';
import { runScenarioJob } from '@junheng/jobs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COUNTY_A, fixtureRegion } from '../../test-support/fixture-region';
import { planRotation, storeSolvedPlan } from '../../test-support/stored-plan';
import { startTestApi, type TestApi } from '../../test-support/test-api';
import { closeForApply } from '../../test-support/walk-to-closed';

// Rural primary school 1 of 甲县 (quota 6 + 2 = 8; 5 counted teachers: 3 vacancies) receives the hires;
// urban school 2 sends a rotation to school 3.
const [S1, S2, S3] = ['4311010001', '4311010002', '4311010003'];
const data = () => {
  const region = fixtureRegion();
  region.budgets = region.budgets.map((b) => (b.category === '新增教师' ? { ...b, category: '新增教师经费' } : b));
  region.costTables = [{
    countyCode: COUNTY_A, rotationAllowance: 30_000, transport: [{ minKm: 0, amount: 5_000 }], extraQuota: 20_000,
    hire: AREA_TYPES.flatMap((area) => EDUCATIONS.map((education) => ({ area, education, amount: 90_000 }))),
  }];
  return region;
};
const T2 = data().teachers.find((t) => t.schoolCode === S2 && t.status === 'ACTIVE' && t.level === 'PRIMARY')!.staffNo;

const BUDGETS = 'query { budgets(countyCode: "431101", year: 2026) { category amount committed remaining } }';
const VACANCIES = 'query($code: String!) { school(code: $code) { vacancies } }';
const SCENARIOS = 'query { scenarios(countyCode: "431101") { id status } }';
const APPLY = 'mutation($id: ID!) { applyScenario(id: $id) { status } }';

// Plan A: 3 hires at S1 (all its vacancies), 280,000 yuan; one rotation S2 -> S3 (30,000 + 5,000);
// S1's primary section split from 6 to 7 classes.
const PLAN_A: Partial<Plan> = {
  cost: { total: 315_000, hires: 280_000, rotation: 30_000, transport: 5_000, extraQuota: 0 },
  hires: [{ schoolCode: S1, level: 'PRIMARY', subjectGroup: 'PE_ARTS', education: 'BACHELOR', count: 3, annualCost: 280_000 }],
  classSplits: [{ schoolCode: S1, level: 'PRIMARY', classesBefore: 4, classesAfter: 7 }],
};

let api: TestApi;
let hr: string;
let planner: string;

async function ok(query: string, variables: Record<string, unknown> = {}, token = hr) {
  const res = await api.post(query, variables, token);
  expect(res.body.errors).toBeUndefined();
  return res.body.data!;
}
const statusOf = async (id: string) => ((await ok(SCENARIOS)).scenarios as Array<{ id: string; status: string }>).find((s) => s.id === id)!.status;
const committed = async () => Object.fromEntries(((await ok(BUDGETS)).budgets as Array<{ category: string; committed: number }>).map((b) => [b.category, b.committed]));

beforeAll(async () => {
  api = await startTestApi({ data: data() });
  hr = await api.token('HR', COUNTY_A);
  planner = await api.token('PLANNER', COUNTY_A);
});
afterAll(async () => api?.close());

describe('an applied plan carries into the year', () => {
  let applied: string;

  it('refuses a plan that would overrun a budget line with BUDGET_OVERRUN, changing nothing', async () => {
    // 交流轮岗补贴 2026: 1,000,000. 40 rotations' allowances of 1,200,000 would overrun it by 200,000.
    const id = await storeSolvedPlan(api.db.dataSource, COUNTY_A, '超预算', [planRotation(T2, S2, S3)], {
      plan: { cost: { total: 1_200_000, hires: 0, rotation: 1_000_000, transport: 200_000, extraQuota: 0 } },
    });
    await closeForApply(api, id, COUNTY_A);
    const before = await loadRegionData(api.db.dataSource, [COUNTY_A]);
    const res = await api.post(APPLY, { id }, hr);
    expect(res.body.errors![0]!.extensions).toEqual({
      code: 'BUDGET_OVERRUN',
      details: [{ year: 2026, category: '交流轮岗补贴', amount: 1_000_000, committed: 0, draw: 1_200_000, over: 200_000 }],
    });
    expect(res.body.errors![0]!.message).toMatch(/2026年「交流轮岗补贴」额度 1,000,000 元，已承诺 0 元，本方案需 1,200,000 元，超出 200,000 元/);
    expect(await loadRegionData(api.db.dataSource, [COUNTY_A])).toEqual(before);
    expect(await statusOf(id)).toBe('CLOSED');
    await api.db.dataSource.getRepository(ScenarioEntity).delete({ id });
  });

  it('commits the cost, earmarks the hired posts, saves the planned classes and records the term; another solved scenario turns STALE', async () => {
    const other = await storeSolvedPlan(api.db.dataSource, COUNTY_A, '另一方案', []);
    expect((await ok(VACANCIES, { code: S1 })).school.vacancies).toBe(3);
    expect(await committed()).toEqual({ 交流轮岗补贴: 0, 新增教师经费: 0 });
    applied = await storeSolvedPlan(api.db.dataSource, COUNTY_A, '方案A', [planRotation(T2, S2, S3)], { plan: PLAN_A });
    await closeForApply(api, applied, COUNTY_A);
    expect((await ok(APPLY, { id: applied })).applyScenario.status).toBe('APPLIED');

    expect(await committed()).toEqual({ 交流轮岗补贴: 35_000, 新增教师经费: 280_000 });
    expect((await ok(VACANCIES, { code: S1 })).school.vacancies).toBe(0);
    expect(await api.db.dataSource.query('SELECT school_code, level, year, classes_before, classes FROM planned_class')).toEqual([
      { school_code: S1, level: 'PRIMARY', year: 2026, classes_before: 4, classes: 7 },
    ]);
    expect(await api.db.dataSource.query('SELECT school_code, home_school_code, rotation_end FROM teacher WHERE staff_no = $1', [T2]))
      .toEqual([{ school_code: S3, home_school_code: S2, rotation_end: '2029-09-01' }]);
    expect(await statusOf(other)).toBe('STALE');
  });

  it('a second scenario sees the earmarks: its solve\'s region data has no vacancy left at S1, so it hires nobody there', async () => {
    const region = await loadRegionData(api.db.dataSource, [COUNTY_A]);
    const s1 = region.schools.find((s) => s.code === S1)!;
    expect(s1.earmarkedPosts).toBe(3);
    expect(vacancies(s1, postsHeldBySchool(region.teachers))).toBe(0);
    const created = await ok('mutation { createScenario(input: { countyCode: "431101", name: "第二方案", timeLimitSeconds: 10 }) { id } }', {}, planner);
    const id = created.createScenario.id as string;
    await api.db.dataSource.query(`UPDATE scenario SET status = 'QUEUED' WHERE id = $1`, [id]);
    const result = await runScenarioJob(api.db.dataSource, id, { attempt: 1 });
    expect([result, (await api.db.dataSource.query("SELECT error FROM scenario WHERE id = $1", [id]))[0].error]).toEqual(["STORED", null]);
    const [{ body }] = await api.db.dataSource.query('SELECT body FROM plan WHERE scenario_id = $1', [id]);
    const plan = (body as { plan: Plan }).plan;
    expect(plan.hires.filter((h) => h.schoolCode === S1).reduce((n, h) => n + h.count, 0)).toBe(0);
    // It does hire where posts are open.
    expect(plan.hires.reduce((n, h) => n + h.count, 0)).toBeGreaterThan(0);
    expect(await statusOf(id)).toBe('SOLVED');
  });

  it('a roster import adding a hired teacher releases one earmark, and the solved scenario turns STALE in the list at once', async () => {
    const second = ((await ok(SCENARIOS)).scenarios as Array<{ id: string; status: string }>).filter((s) => s.status === 'SOLVED');
    expect(second).toHaveLength(1);
    const roster = await loadRegionData(api.db.dataSource, [COUNTY_A]);
    const model = roster.teachers.find((t) => t.schoolCode === S1 && t.level === 'PRIMARY')!;
    roster.teachers.push({ ...model, staffNo: 'H000001', name: '新聘教师', status: 'ACTIVE', homeSchoolCode: null, rotationEnd: null });
    const result = await replaceRegionData(api.db.dataSource, roster, { countyCodes: [COUNTY_A] });
    expect(result.earmarksReleased).toBe(1);
    // Quota 8, now 6 counted teachers, 2 earmarks left: still no vacancy; the commitments survive the import.
    expect((await ok(VACANCIES, { code: S1 })).school.vacancies).toBe(0);
    expect((await loadRegionData(api.db.dataSource, [COUNTY_A])).schools.find((s) => s.code === S1)!.earmarkedPosts).toBe(2);
    expect(await committed()).toEqual({ 交流轮岗补贴: 35_000, 新增教师经费: 280_000 });
    expect(await statusOf(second[0]!.id)).toBe('STALE');
  });

  it('rollover: HR previews, then returns the teacher whose term ended; planners may not', async () => {
    const preview = await ok('query { rolloverPreview(countyCode: "431101", year: 2029) { date applied returns { staffNo fromSchoolCode toSchoolCode rotationEnd } } }');
    expect(preview.rolloverPreview).toEqual({ date: '2029-09-01', applied: false, returns: [{ staffNo: T2, fromSchoolCode: S3, toSchoolCode: S2, rotationEnd: '2029-09-01' }] });
    expect((await ok('query { rolloverPreview(countyCode: "431101", year: 2028) { returns { staffNo } } }')).rolloverPreview.returns).toEqual([]);
    const denied = await api.post('mutation { rollover(countyCode: "431101", year: 2029) { applied } }', {}, planner);
    expect(denied.body.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const version = async () => (await api.db.dataSource.query(`SELECT data_version FROM region WHERE code = $1`, [COUNTY_A]))[0].data_version as number;
    const v = await version();
    const done = await ok('mutation { rollover(countyCode: "431101", year: 2029) { applied returns { staffNo } } }');
    expect(done.rollover).toEqual({ applied: true, returns: [{ staffNo: T2 }] });
    expect(await version()).toBe(v + 1);
    expect(await api.db.dataSource.query('SELECT school_code, home_school_code, rotation_end FROM teacher WHERE staff_no = $1', [T2]))
      .toEqual([{ school_code: S2, home_school_code: null, rotation_end: null }]);
    expect(await api.db.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'ROLLOVER'`)).toEqual([{ n: 1 }]);
  });
});
