import type PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_COUNTY_CODE, generateDemoCounty, ScenarioEntity } from '@junheng/db';
import { enqueueCostCurve, enqueueScenarioRun, startJobQueue, startScenarioWorker } from '@junheng/jobs';
import { startTestApi, type TestApi } from '../../test-support/test-api';

const COUNTY = DEMO_COUNTY_CODE;
let api: TestApi;
let boss: PgBoss;
let stopWorker: () => Promise<void>;
let planner: string;

const CREATE = `mutation($input: CreateScenarioInput!) { createScenario(input: $input) { id years yearBudgetCaps budgetCap targets { kind minSize by } } }`;
const YEARS = `year cost carriedCost yearCost budgetCap rotations hires classSplits retirements returning students shortfallTeachers checkPasses`;

const CHECK = `multiYearCheck { passes problems { year code message schoolCode staffNo } }`;

/** Runs the scenario on the queue and answers its plan's `fields` once solved. */
async function solved(id: string, fields: string): Promise<Record<string, any>> {
  await api.post(`mutation($id: ID!) { runScenario(id: $id) { status } }`, { id }, planner);
  const deadline = Date.now() + 240_000;
  for (;;) {
    const res = await api.post(`query($id: ID!) { scenario(id: $id) { status error plan { ${fields} } } }`, { id }, planner);
    const sc = res.body.data!.scenario;
    if (sc.status === 'SOLVED' || sc.status === 'FAILED') {
      expect(sc.error).toBeNull();
      return sc.plan;
    }
    if (Date.now() > deadline) throw new Error(`scenario still ${sc.status}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

beforeAll(async () => {
  api = await startTestApi({
    data: generateDemoCounty({ seed: 3, schools: 30, year: 2027 }),
    env: { PLAN_YEAR: '2027' },
    jobs: {
      enqueueRun: async (id, timeLimit) => void (await enqueueScenarioRun(boss, id, timeLimit)),
      enqueueCostCurve: async (id, steps) => void (await enqueueCostCurve(boss, id, steps, 20)),
    },
  });
  boss = await startJobQueue({ connectionString: api.db.url, maintenanceIntervalSeconds: 1 });
  stopWorker = await startScenarioWorker(boss, api.db.dataSource, { pollingIntervalSeconds: 0.5 });
  planner = await api.token('PLANNER', COUNTY);
});

afterAll(async () => {
  await stopWorker();
  await boss.stop({ graceful: false, timeout: 2000 });
  await api.close();
});

describe('multi-year scenarios', () => {
  it('refuses years outside 1-5, caps of the wrong count and negative caps, naming the field, changing nothing', async () => {
    const before = await api.db.dataSource.getRepository(ScenarioEntity).count();
    const bad = async (input: Record<string, unknown>) => (await api.post(CREATE, { input: { countyCode: COUNTY, name: 'x', ...input } }, planner)).body.errors![0]!;
    expect((await bad({ years: 6 })).extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const count = await bad({ years: 3, yearBudgetCaps: [1, 2] });
    expect(count.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'yearBudgetCaps' });
    expect(count.message).toContain('逐年预算上限须有 3 个');
    const negative = await bad({ years: 2, yearBudgetCaps: [1, -5] });
    expect(negative.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'yearBudgetCaps' });
    expect(negative.message).toContain('第 2 年');
    const target = await bad({ years: 2, targets: [{ kind: 'NO_OVERSIZED_CLASS', minSize: 45, by: '2028-09' }] });
    expect(target.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'targets' });
    expect(target.message).toContain('第 1 个目标');
    expect(await api.db.dataSource.getRepository(ScenarioEntity).count()).toBe(before);
  });

  it('solves a 3-year scenario on the queue: the plan is the first year, yearPlans give every year within its cap, checked', async () => {
    const caps = [800_000, 900_000, null];
    const created = await api.post(CREATE, { input: {
      countyCode: COUNTY, name: '三年方案', years: 3, yearBudgetCaps: caps, timeLimitSeconds: 20,
      targets: [{ kind: 'NO_OVERSIZED_CLASS', minSize: 56, by: '2028-09' }, { kind: 'SIX_OF_SEVEN', by: '2029' }],
    } }, planner);
    expect(created.body.errors).toBeUndefined();
    const s = created.body.data!.createScenario;
    expect(s).toMatchObject({ years: 3, yearBudgetCaps: caps, targets: [{ kind: 'NO_OVERSIZED_CLASS', minSize: 56, by: '2028-09' }, { kind: 'SIX_OF_SEVEN', minSize: null, by: '2029' }] });
    const plan = await solved(s.id, `year cost { total } totalCost check { passes } yearPlans { ${YEARS} } targetResults { target { kind by } year inPlan met remaining unit } ${CHECK}`);
    const years = plan!.yearPlans as Array<Record<string, any>>;
    expect(years.map((y) => y.year)).toEqual([2027, 2028, 2029]);
    expect(plan!.year).toBe(2027);
    expect(years[0]!.cost).toBe(plan!.cost.total);
    expect(years[0]!.carriedCost).toBe(0);
    years.forEach((y, i) => {
      expect(y.budgetCap).toBe(caps[i]);
      if (caps[i] !== null) expect(y.yearCost).toBeLessThanOrEqual(caps[i]!);
      expect(y.yearCost).toBeCloseTo(y.cost + y.carriedCost, 2);
      expect(y.checkPasses).toBe(true);
    });
    const targets = plan!.targetResults as Array<Record<string, any>>;
    expect(targets.map((t) => [t.target.kind, t.year, t.inPlan, t.unit])).toEqual([['NO_OVERSIZED_CLASS', 2028, true, 'CLASSES'], ['SIX_OF_SEVEN', 2029, true, 'SECTIONS']]);
    for (const t of targets) expect(t.met).toBe(t.remaining === 0);
    expect(plan!.totalCost).toBeCloseTo(years.reduce((a, y) => a + y.yearCost, 0), 2);
    // The years checked together by the domain's multi-year checker, replayed from the region the plan was solved
    // from: each year's plan on its year, rotations, hires and retirements carried, carried costs, each year within its cap.
    expect(plan!.multiYearCheck).toEqual({ passes: true, problems: [] });
  }, 300_000);

  it('gives no multi-year check for a one-year plan', async () => {
    const created = await api.post(CREATE, { input: { countyCode: COUNTY, name: '一年方案', budgetCap: 800_000, timeLimitSeconds: 20 } }, planner);
    expect(created.body.errors).toBeUndefined();
    const plan = await solved(created.body.data!.createScenario.id, `year yearPlans { year } ${CHECK}`);
    expect(plan).toMatchObject({ year: 2027, yearPlans: [], multiYearCheck: null });
  }, 300_000);
  it('records the points rule (积分规则) the plan chose its rotating teachers by, with the scenario\'s overrides', async () => {
    const created = await api.post(CREATE, { input: { countyCode: COUNTY, name: '积分两倍', overrides: '{"rotationPoints":{"perYearAtSchool":2}}', timeLimitSeconds: 20 } }, planner);
    expect(created.body.errors).toBeUndefined();
    const id = created.body.data!.createScenario.id;
    await api.post(`mutation($id: ID!) { runScenario(id: $id) { status } }`, { id }, planner);
    const deadline = Date.now() + 240_000;
    let rule: string | null = null;
    for (;;) {
      const res = await api.post(`query($id: ID!) { scenario(id: $id) { status plan { rotationPointsRule } } }`, { id }, planner);
      const sc = res.body.data!.scenario;
      if (sc.status === 'SOLVED') {
        rule = sc.plan.rotationPointsRule;
        break;
      }
      if (sc.status === 'FAILED' || Date.now() > deadline) throw new Error(`scenario ${sc.status}`);
      await new Promise((r) => setTimeout(r, 500));
    }
    const current = (await api.post(`query($r: String!) { standardSet(regionCode: $r) { rotationPointsRule } }`, { r: COUNTY }, planner)).body.data!.standardSet.rotationPointsRule as string;
    // The county's rule gives 1 point a year beyond 6; this plan's, 2 (the rest as the county's).
    expect(current).toContain('每满1年计1分');
    expect(rule).toContain('每满1年计2分');
    expect(rule!.replace('计2分', '计1分')).toBe(current);
    // The county then publishes 3 points a year: its current rule changes, the plan's stays what chose its teachers.
    const admin = await api.token('ADMIN', COUNTY, 3);
    const save = `mutation($i: SaveStandardSetInput!) { saveStandardSet(input: $i) { version } }`;
    const saved = await api.post(save, { i: { regionCode: COUNTY, name: '道县标准', overrides: '{"rotationPoints":{"perYearAtSchool":3}}', expectedVersion: 0 } }, admin);
    expect(saved.body.errors).toBeUndefined();
    const now = (await api.post(`query($r: String!) { standardSet(regionCode: $r) { rotationPointsRule } }`, { r: COUNTY }, planner)).body.data!.standardSet.rotationPointsRule as string;
    expect(now).toContain('每满1年计3分');
    const again = (await api.post(`query($id: ID!) { scenario(id: $id) { plan { rotationPointsRule } } }`, { id }, planner)).body.data!.scenario.plan.rotationPointsRule;
    expect(again).toBe(rule);
  }, 300_000);
});

