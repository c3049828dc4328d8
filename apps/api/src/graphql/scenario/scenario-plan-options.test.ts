import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataFingerprint, PlanEntity, ScenarioEntity } from '@junheng/db';
import type { Plan } from '@junheng/domain';
import { COUNTY_A } from '../../test-support/fixture-region';
import { startTestApi, type TestApi } from '../../test-support/test-api';

let api: TestApi;
let planner: string;

const OPTIONS = 'id year allowHiresBelowMinimum levels budgetCategories';
const CREATE = `mutation($input: CreateScenarioInput!) { createScenario(input: $input) { ${OPTIONS} } }`;
const UPDATE = `mutation($id: ID!, $input: ScenarioParametersInput!) { updateScenario(id: $id, input: $input) { ${OPTIONS} } }`;
const PLAN = `query($id: ID!) { scenario(id: $id) { plan {
  cost { total hires classrooms }
  hires { schoolCode level education count belowMinimum reason indicator certificateRequired }
  classSplits { schoolCode level classesBefore classesAfter classroomsBuilt teachingPeriods teachersNeeded annualCost }
  shortfalls { indicator cause }
  spendingByLevel { level amount }
  spendingByLine { category amount }
} } }`;

beforeAll(async () => {
  api = await startTestApi();
  planner = await api.token('PLANNER', COUNTY_A);
});
afterAll(async () => api?.close());

async function storePlan(name: string, plan: Record<string, unknown>): Promise<string> {
  const ds = api.db.dataSource;
  const scenario = await ds.getRepository(ScenarioEntity).save({ countyCode: COUNTY_A, year: 2026, name, status: 'SOLVED', parameters: {} });
  await ds.getRepository(PlanEntity).save({ scenarioId: scenario.id, fingerprint: await dataFingerprint(ds, COUNTY_A), body: { plan } });
  return scenario.id;
}

describe('scenario options of lawful hires, levels and budget lines', () => {
  it('round-trip through create, read and update; default to every level and the cap alone', async () => {
    const plain = await api.post(CREATE, { input: { countyCode: COUNTY_A, name: '默认', year: 2026 } }, planner);
    expect(plain.body.errors).toBeUndefined();
    expect(plain.body.data!.createScenario).toMatchObject({ allowHiresBelowMinimum: false, levels: null, budgetCategories: null });

    const created = await api.post(CREATE, {
      input: { countyCode: COUNTY_A, name: '只做小学', year: 2026, allowHiresBelowMinimum: true, levels: ['JUNIOR', 'PRIMARY'], budgetCategories: ['交流轮岗补贴'] },
    }, planner);
    expect(created.body.errors).toBeUndefined();
    const s = created.body.data!.createScenario;
    // Levels come back in the order of schooling.
    expect(s).toMatchObject({ allowHiresBelowMinimum: true, levels: ['PRIMARY', 'JUNIOR'], budgetCategories: ['交流轮岗补贴'] });
    const read = await api.post(`query($id: ID!) { scenario(id: $id) { ${OPTIONS} } }`, { id: s.id }, planner);
    expect(read.body.errors).toBeUndefined();
    expect(read.body.data!.scenario).toEqual(s);

    const updated = await api.post(UPDATE, { id: s.id, input: { levels: null, budgetCategories: null } }, planner);
    expect(updated.body.errors).toBeUndefined();
    expect(updated.body.data!.updateScenario).toMatchObject({ allowHiresBelowMinimum: true, levels: null, budgetCategories: null });
  });

  it('refuses a budget line the county does not have that year, and an empty list of levels, changing nothing', async () => {
    const before = await api.db.dataSource.getRepository(ScenarioEntity).count();
    const line = await api.post(CREATE, { input: { countyCode: COUNTY_A, name: 'x', year: 2026, budgetCategories: ['不存在的科目'] } }, planner);
    expect(line.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'budgetCategories' });
    expect(line.body.errors![0]!.message).toContain('不存在的科目');
    const levels = await api.post(CREATE, { input: { countyCode: COUNTY_A, name: 'x', year: 2026, levels: [] } }, planner);
    expect(levels.body.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    const level = await api.post(CREATE, { input: { countyCode: COUNTY_A, name: 'x', year: 2026, levels: ['COLLEGE'] } }, planner);
    expect(level.body.errors).toBeDefined();
    expect(await api.db.dataSource.getRepository(ScenarioEntity).count()).toBe(before);
  });
});

describe('plan fields of hires, class splits and spending', () => {
  it('shows each hire\'s reason and flag, each split\'s classrooms, time and cost, and spending by level and line', async () => {
    const plan: Plan = {
      county: COUNTY_A, year: 2026, backend: 'test', status: 'OPTIMAL', gap: 0,
      cost: { total: 210_000, hires: 180_000, rotation: 0, transport: 0, extraQuota: 0, classrooms: 30_000 },
      rotations: [],
      hires: [
        { schoolCode: '4311010001', level: 'PRIMARY', subjectGroup: 'CORE', education: 'SECONDARY_VOCATIONAL', count: 1, annualCost: 80_000, extraQuota: 0,
          belowMinimum: true, reason: '改善生师比（R）：甲县第1学校', indicator: 'R', certificateRequired: false },
        { schoolCode: '4311010002', level: 'JUNIOR', subjectGroup: 'CORE', education: 'BACHELOR', count: 1, annualCost: 100_000, extraQuota: 0,
          belowMinimum: false, reason: '满足新增班级课时（C）：甲县第2学校', indicator: 'C', certificateRequired: false },
      ],
      classSplits: [{ schoolCode: '4311010002', level: 'JUNIOR', classesBefore: 6, classesAfter: 7, classroomsBuilt: 1, teachingPeriods: 34, teachersNeeded: 2.6, annualCost: 30_000 }],
      shortfalls: [{ schoolCode: '4311010003', level: 'PRIMARY', indicator: 'C', value: 48, threshold: 45, gapTeachers: null, cause: 'NO_CLASSROOM', costToClose: null }],
      check: { passes: true, violations: [] },
      spendingByLevel: [{ level: 'PRIMARY', amount: 80_000 }, { level: 'JUNIOR', amount: 130_000 }],
      spendingByLine: [{ category: '新增教师经费', amount: 180_000 }, { category: '基建', amount: 30_000 }],
    };
    const id = await storePlan('新字段', plan as unknown as Record<string, unknown>);
    const res = await api.post(PLAN, { id }, planner);
    expect(res.body.errors).toBeUndefined();
    const p = res.body.data!.scenario.plan;
    expect(p.cost).toEqual({ total: 210_000, hires: 180_000, classrooms: 30_000 });
    expect(p.hires[0]).toEqual({ schoolCode: '4311010001', level: 'PRIMARY', education: 'SECONDARY_VOCATIONAL', count: 1, belowMinimum: true, reason: '改善生师比（R）：甲县第1学校', indicator: 'R', certificateRequired: false });
    expect(p.classSplits).toEqual([{ schoolCode: '4311010002', level: 'JUNIOR', classesBefore: 6, classesAfter: 7, classroomsBuilt: 1, teachingPeriods: 34, teachersNeeded: 2.6, annualCost: 30_000 }]);
    expect(p.shortfalls).toEqual([{ indicator: 'C', cause: 'NO_CLASSROOM' }]);
    expect(p.spendingByLevel).toEqual(plan.spendingByLevel);
    expect(p.spendingByLine).toEqual(plan.spendingByLine);
  });

  it('reads a plan stored before these fields existed, with defaults and spending by line from its costs', async () => {
    const id = await storePlan('旧方案', {
      county: COUNTY_A, year: 2026, backend: 'test', status: 'OPTIMAL', gap: 0,
      cost: { total: 113_200, hires: 100_000, rotation: 12_000, transport: 1_200, extraQuota: 0 },
      rotations: [],
      hires: [{ schoolCode: '4311010001', level: 'PRIMARY', subjectGroup: 'CORE', education: 'BACHELOR', count: 1, annualCost: 100_000 }],
      classSplits: [{ schoolCode: '4311010001', level: 'PRIMARY', classesBefore: 5, classesAfter: 6 }],
      shortfalls: [], check: { passes: true, violations: [] },
    });
    const res = await api.post(PLAN, { id }, planner);
    expect(res.body.errors).toBeUndefined();
    const p = res.body.data!.scenario.plan;
    expect(p.cost.classrooms).toBe(0);
    expect(p.hires[0]).toMatchObject({ belowMinimum: false, reason: null, indicator: null, certificateRequired: false });
    expect(p.classSplits[0]).toMatchObject({ classroomsBuilt: 0, teachingPeriods: null, teachersNeeded: null, annualCost: 0 });
    expect(p.spendingByLevel).toEqual([]);
    expect(p.spendingByLine).toEqual([{ category: '新增教师经费', amount: 100_000 }, { category: '交流轮岗补贴', amount: 13_200 }]);
  });
});
