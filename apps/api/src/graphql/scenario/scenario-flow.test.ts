import ExcelJS from 'exceljs';
import type PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditLogEntity, DEMO_COUNTY_CODE, generateDemoCounty, ScenarioEntity, TeacherEntity } from '@junheng/db';
import { enqueueCostCurve, enqueueScenarioRun, startJobQueue, startScenarioWorker } from '@junheng/jobs';
import { startTestApi, type TestApi } from '../../test-support/test-api';
import { closeForApply } from '../../test-support/walk-to-closed';

const COUNTY = DEMO_COUNTY_CODE;
let api: TestApi;
let boss: PgBoss;
let stopWorker: () => Promise<void>;
let planner: string;
let hr: string;

const SCENARIO_FIELDS = `id name status countyCode budgetCap progress { stage fraction } error`;
const PLAN_FIELDS = `
  status backend gap fingerprint shortfallTeachers compliantSectionsBefore compliantSectionsAfter
  cost { total hires rotation transport extraQuota classrooms }
  spendingByLine { category amount }
  rotations { staffNo reason startDate termYears level teacher { staffNo name idNumber } fromSchool { code name } toSchool { code name } }
  hires { schoolCode level subjectGroup education count annualCost }
  classSplits { schoolCode level classesBefore classesAfter }
  shortfalls { schoolCode schoolName level indicator value threshold gapTeachers cause }
  check { passes violations { rule message } }
  sections { schoolCode level before { compliant } after { compliant checks { indicator passes } } }
  balanceBefore { level indicator cv passes }
  balanceAfter { level indicator cv passes }
`;

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
  hr = await api.token('HR', COUNTY);
});

afterAll(async () => {
  await stopWorker();
  await boss.stop({ graceful: false, timeout: 2000 });
  await api.close();
});

async function gql(query: string, variables: Record<string, unknown>, token: string) {
  const res = await api.post(query, variables, token);
  return res.body;
}

async function createAndRun(name: string, budgetCap: number | null): Promise<string> {
  const created = await gql(`mutation($input: CreateScenarioInput!) { createScenario(input: $input) { ${SCENARIO_FIELDS} } }`,
    // Without a cap the plan may spend more than a budget line holds: allowed here, so that either plan can be applied.
    { input: { countyCode: COUNTY, name, budgetCap, timeLimitSeconds: 20, allowBudgetOverrun: budgetCap === null } }, planner);
  expect(created.errors).toBeUndefined();
  const id = created.data!.createScenario.id as string;
  expect(created.data!.createScenario.status).toBe('DRAFT');
  const run = await gql(`mutation($id: ID!) { runScenario(id: $id) { status } }`, { id }, planner);
  expect(run.data!.runScenario.status).toBe('QUEUED');
  return id;
}

async function waitSolved(id: string): Promise<Record<string, any>> {
  const deadline = Date.now() + 90_000;
  for (;;) {
    const res = await gql(`query($id: ID!) { scenario(id: $id) { ${SCENARIO_FIELDS} } }`, { id }, planner);
    const s = res.data!.scenario;
    if (s.status === 'SOLVED' || s.status === 'FAILED') {
      expect(s.error).toBeNull();
      expect(s.status).toBe('SOLVED');
      return s;
    }
    if (Date.now() > deadline) throw new Error(`scenario still ${s.status}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function readPlan(id: string, token = planner): Promise<Record<string, any>> {
  const res = await gql(`query($id: ID!) { scenario(id: $id) { status plan { ${PLAN_FIELDS} } } }`, { id }, token);
  expect(res.errors).toBeUndefined();
  return res.data!.scenario.plan;
}

describe('scenarios end to end', () => {
  let tight: string;
  let loose: string;

  it('creates, runs on the queue and reads a plan whose check passes, within the budget cap', async () => {
    tight = await createAndRun('预算50万', 500_000);
    loose = await createAndRun('不设上限', null);
    const solved = await waitSolved(tight);
    expect(solved.progress).toMatchObject({ stage: 'DONE', fraction: 1 });
    await waitSolved(loose);
    const plan = await readPlan(tight);
    expect(plan.check).toEqual({ passes: true, violations: [] });
    expect(plan.cost.total).toBeLessThanOrEqual(500_000);
    expect(plan.cost.total).toBeCloseTo(plan.cost.hires + plan.cost.rotation + plan.cost.transport + plan.cost.extraQuota + plan.cost.classrooms, 2);
    // Every yuan is on a budget line.
    expect(plan.spendingByLine.reduce((sum: number, l: { amount: number }) => sum + l.amount, 0)).toBeCloseTo(plan.cost.total, 2);
    expect(plan.sections.length).toBeGreaterThan(0);
    expect(plan.balanceBefore.length).toBe(plan.balanceAfter.length);
    for (const r of plan.rotations) {
      expect(r.teacher.staffNo).toBe(r.staffNo);
      expect(r.teacher.name).toBeNull(); // a planner sees no names
      expect(r.teacher.idNumber).toMatch(/^\d{4}\*{10}[\dX]{4}$/);
      expect(r.fromSchool.code).not.toBe(r.toSchool.code);
      expect(r.startDate).toBe('2027-09-01');
    }
    const free = await readPlan(loose);
    // More money never leaves more teachers missing.
    expect(free.shortfallTeachers).toBeLessThanOrEqual(plan.shortfallTeachers);
    expect(free.compliantSectionsAfter).toBeGreaterThanOrEqual(plan.compliantSectionsAfter);
  });

  it('compares scenarios side by side', async () => {
    const res = await gql(`query($ids: [ID!]!) { compareScenarios(ids: $ids) {
      columns { scenario { id name } cost shortfallTeachers compliantSectionsAfter rotations hires balanceAfter { level indicator cv } }
      differentRotations { staffNo fromSchool toSchools } } }`, { ids: [tight, loose] }, planner);
    expect(res.errors).toBeUndefined();
    const cmp = res.data!.compareScenarios;
    expect(cmp.columns.map((c: any) => c.scenario.id)).toEqual([tight, loose]);
    for (const d of cmp.differentRotations) expect(new Set(d.toSchools).size).toBeGreaterThan(1);
  });

  it('keeps viewers and other counties out', async () => {
    const viewer = await api.token('VIEWER', COUNTY);
    const denied = await gql(`{ scenarios { id } }`, {}, viewer);
    expect(denied.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const other = await api.token('PLANNER', '431101');
    const hidden = await gql(`query($id: ID!) { scenario(id: $id) { id } }`, { id: tight }, other);
    expect(hidden.data!.scenario).toBeNull();
    const run = await gql(`mutation($id: ID!) { runScenario(id: $id) { id } }`, { id: tight }, other);
    expect(run.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const hrRun = await gql(`mutation($id: ID!) { runScenario(id: $id) { id } }`, { id: tight }, hr);
    expect(hrRun.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('rejects bad input naming the field, changing nothing', async () => {
    const before = await api.db.dataSource.getRepository(ScenarioEntity).count();
    const bad = await gql(`mutation($input: CreateScenarioInput!) { createScenario(input: $input) { id } }`,
      { input: { countyCode: COUNTY, lockedStaffNos: ['NO-SUCH-TEACHER'] } }, planner);
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lockedStaffNos' });
    const badJson = await gql(`mutation($input: CreateScenarioInput!) { createScenario(input: $input) { id } }`,
      { input: { countyCode: COUNTY, overrides: '{"levels":{"PRIMARY":{"nope":1}}}' } }, planner);
    expect(badJson.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'overrides' });
    expect(await api.db.dataSource.getRepository(ScenarioEntity).count()).toBe(before);
  });

  it('exports the rotation list as XLSX and CSV for HR, without ID numbers, and audits it', async () => {
    const plan = await readPlan(loose, hr);
    const base = api.url.replace('/graphql', '');
    const xlsx = await fetch(`${base}/exports/scenarios/${loose}/rotations.xlsx`, { headers: { authorization: `Bearer ${hr}` } });
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(2).values).toEqual([undefined, '工号', '姓名', '任教学科', '骨干等级', '积分', '原学校', '交流学校', '起始日期', '交流期限(年)', '交流原因']);
    expect(sheet.rowCount - 2).toBe(plan.rotations.length);
    const staffNos = new Set(plan.rotations.map((r: any) => r.staffNo));
    for (let i = 3; i <= sheet.rowCount; i += 1) expect(staffNos.has(String(sheet.getRow(i).getCell(1).value))).toBe(true);
    const csv = await fetch(`${base}/exports/scenarios/${loose}/hires.csv`, { headers: { authorization: `Bearer ${hr}` } });
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const ids = (await api.db.dataSource.getRepository(TeacherEntity).find({ select: { idNumber: true } })).map((t) => t.idNumber);
    const text = new TextDecoder().decode(bytes);
    expect(ids.some((id) => text.includes(id))).toBe(false);
    const plannerTry = await fetch(`${base}/exports/scenarios/${loose}/rotations.csv`, { headers: { authorization: `Bearer ${planner}` } });
    expect(plannerTry.status).toBe(403);
    expect(await api.db.dataSource.getRepository(AuditLogEntity).countBy({ action: 'EXPORT_LIST', target: loose })).toBe(2);
  });

  it('of two concurrent applies for the county exactly one succeeds; then the other plans are stale', async () => {
    // Each walks the bureau's path first: submitted, approved, published (window 0), closed.
    await closeForApply(api, tight, COUNTY);
    await closeForApply(api, loose, COUNTY);
    const [a, b] = await Promise.all([
      gql(`mutation($id: ID!) { applyScenario(id: $id) { status } }`, { id: tight }, hr),
      gql(`mutation($id: ID!) { applyScenario(id: $id) { status } }`, { id: loose }, hr),
    ]);
    const outcomes = [a, b].map((r) => r.data?.applyScenario?.status ?? r.errors![0]!.extensions!.code);
    expect(outcomes.filter((o) => o === 'APPLIED')).toHaveLength(1);
    const appliedId = outcomes[0] === 'APPLIED' ? tight : loose;
    const other = appliedId === tight ? loose : tight;
    const plan = await readPlan(appliedId, hr);
    const teachers = await api.db.dataSource.getRepository(TeacherEntity).findBy({ countyCode: COUNTY });
    const byStaffNo = new Map(teachers.map((t) => [t.staffNo, t]));
    for (const r of plan.rotations) {
      expect(byStaffNo.get(r.staffNo)!.schoolCode).toBe(r.toSchool.code);
      expect(byStaffNo.get(r.staffNo)!.homeSchoolCode).toBe(r.fromSchool.code);
    }
    // The other plan was computed from data the first apply changed: refused as stale, then marked STALE.
    expect([...outcomes].sort()).toEqual(['APPLIED', 'STALE_PLAN']);
    const status = await gql(`query($id: ID!) { scenario(id: $id) { status } }`, { id: other }, hr);
    expect(status.data!.scenario.status).toBe('STALE');
    const again = await gql(`mutation($id: ID!) { applyScenario(id: $id) { status } }`, { id: appliedId }, hr);
    expect(again.errors![0]!.extensions!.code).toBe('CONFLICT');
    expect(await api.db.dataSource.getRepository(AuditLogEntity).countBy({ action: 'APPLY_PLAN' })).toBe(1);
  });

  it('refuses a stale plan when the roster changed since the run, changing nothing', async () => {
    const id = await createAndRun('名单变化', 800_000);
    await waitSolved(id);
    await closeForApply(api, id, COUNTY);
    await api.db.dataSource.query(`UPDATE teacher SET status = 'LEAVE' WHERE id = (SELECT min(id) FROM teacher WHERE status = 'ACTIVE')`);
    const before = await api.db.dataSource.query(`SELECT staff_no, school_code FROM teacher ORDER BY staff_no`);
    const res = await gql(`mutation($id: ID!) { applyScenario(id: $id) { status } }`, { id }, hr);
    expect(res.errors![0]!.extensions!.code).toBe('STALE_PLAN');
    expect(await api.db.dataSource.query(`SELECT staff_no, school_code FROM teacher ORDER BY staff_no`)).toEqual(before);
  });

  it('cancels a queued scenario, duplicates and deletes', async () => {
    const id = await createAndRun('取消测试', null);
    const cancelled = await gql(`mutation($id: ID!) { cancelScenario(id: $id) { status } }`, { id }, planner);
    // The worker may already have finished it; then cancelling is refused with ILLEGAL_TRANSITION.
    const outcome = cancelled.data?.cancelScenario?.status ?? cancelled.errors![0]!.extensions!.code;
    expect(['CANCELLED', 'ILLEGAL_TRANSITION']).toContain(outcome);
    const copy = await gql(`mutation($id: ID!) { duplicateScenario(id: $id, name: "副本") { id name status budgetCap } }`, { id }, planner);
    expect(copy.data!.duplicateScenario).toMatchObject({ name: '副本', status: 'DRAFT', budgetCap: null });
    const del = await gql(`mutation($id: ID!) { deleteScenario(id: $id) }`, { id: copy.data!.duplicateScenario.id }, planner);
    expect(del.data!.deleteScenario).toBe(true);
  });

  it('computes the cost curve as a job', async () => {
    const id = await createAndRun('成本曲线', 300_000);
    await waitSolved(id);
    const first = await gql(`mutation($id: ID!) { costCurve(scenarioId: $id, steps: 2) { points { budget } } }`, { id }, planner);
    expect(first.errors).toBeUndefined();
    const deadline = Date.now() + 90_000;
    let curve = first.data!.costCurve;
    while (!curve && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 500));
      const res = await gql(`query($id: ID!) { scenario(id: $id) { plan { costCurve { fullComplianceCost points { budget shortfallTeachers cost } } } } }`, { id }, planner);
      curve = res.data!.scenario.plan.costCurve;
    }
    expect(curve.points).toHaveLength(3);
    const shortfalls = curve.points.map((p: any) => p.shortfallTeachers);
    // Shortfall never grows with the budget.
    expect([...shortfalls].sort((x: number, y: number) => y - x)).toEqual(shortfalls);
  });
});
