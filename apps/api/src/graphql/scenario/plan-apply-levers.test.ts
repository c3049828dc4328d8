import { loadRegionData, ScenarioEntity } from '@junheng/db';
import type { Plan, PlanPostTransfer, PlanRecall } from '@junheng/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COUNTY_A, fixtureRegion } from '../../test-support/fixture-region';
import { storeSolvedPlan } from '../../test-support/stored-plan';
import { startTestApi, type TestApi } from '../../test-support/test-api';
import { closeForApply } from '../../test-support/walk-to-closed';

// 甲县: school 1 (primary, quota 8), school 2 (nine-year, quota 14), schools 3 and 4 (primary, quota 8).
// Each section's last teacher is on loan (借调).
const [S1, S2, S3, S4] = ['4311010001', '4311010002', '4311010003', '4311010004'];
const onLoan = (school: string, level = 'PRIMARY') => fixtureRegion().teachers.find((t) => t.schoolCode === school && t.level === level && t.status === 'ON_LOAN')!.staffNo;
const active = (school: string) => fixtureRegion().teachers.find((t) => t.schoolCode === school && t.status === 'ACTIVE')!.staffNo;
const L1 = onLoan(S1);
const L2 = onLoan(S2, 'JUNIOR');

const transfer = (fromSchool: string, toSchool: string, posts: number): PlanPostTransfer =>
  ({ fromSchool, toSchool, posts, reason: `调入空编 ${posts} 个，用于补足教职工编制缺口：${toSchool}`, annualCost: 0 });
const recall = (staffNo: string, schoolCode: string, level: 'PRIMARY' | 'JUNIOR' = 'PRIMARY'): PlanRecall =>
  ({ staffNo, schoolCode, level, reason: `借调返校，补足教职工（Q1）：${schoolCode}`, indicator: 'Q1', startDate: '2026-09-01', annualCost: 0 });

// 2 transfers (S2 gives 3 of its 4 vacant posts, the fourth holds its recalled teacher; S4 gives 1 of its 8) and 2 recalls.
const PLAN: Partial<Plan> = {
  cost: { total: 0, hires: 0, rotation: 0, transport: 0, extraQuota: 0, postTransfers: 0, recalls: 0 },
  postTransfers: [transfer(S2, S1, 3), transfer(S4, S3, 1)],
  recalls: [recall(L1, S1), recall(L2, S2, 'JUNIOR')],
};

const APPLY = 'mutation($id: ID!) { applyScenario(id: $id) { status } }';
const HISTORY = 'query($code: String!) { school(code: $code) { quota quotaHistory { postsBefore postsAfter change source scenarioName otherSchoolCode otherSchoolName username reason } } }';

let api: TestApi;
let hr: string;
let planner: string;

beforeAll(async () => {
  api = await startTestApi({ data: fixtureRegion() });
  hr = await api.token('HR', COUNTY_A);
  planner = await api.token('PLANNER', COUNTY_A);
});
afterAll(async () => api?.close());

async function ok(query: string, variables: Record<string, unknown> = {}, token = hr) {
  const res = await api.post(query, variables, token);
  expect(res.body.errors).toBeUndefined();
  return res.body.data!;
}
const quotas = async () => Object.fromEntries((await api.db.dataSource.query<Array<{ school_code: string; posts: number }>>(
  `SELECT school_code, posts FROM staffing_quota WHERE school_code LIKE '431101%' ORDER BY 1`)).map((r) => [r.school_code, r.posts]));
const statuses = async (...staffNos: string[]) => Object.fromEntries((await api.db.dataSource.query<Array<{ staff_no: string; status: string }>>(
  `SELECT staff_no, status FROM teacher WHERE county_code = $1 AND staff_no = ANY($2)`, [COUNTY_A, staffNos])).map((r) => [r.staff_no, r.status]));
const count = async (sql: string) => (await api.db.dataSource.query<Array<{ n: number }>>(sql))[0]!.n;

describe('applying a plan with post transfers and recalls', () => {
  it('shows them on the plan with school names and their cost parts', async () => {
    const id = await storeSolvedPlan(api.db.dataSource, COUNTY_A, '调剂方案预览', [], { plan: { ...PLAN, cost: { ...PLAN.cost!, postTransfers: 1500, recalls: 0 } } });
    const plan = (await ok(`query($id: ID!) { scenario(id: $id) { plan {
      cost { postTransfers recalls }
      postTransfers { fromSchoolCode toSchoolCode fromSchool { name } toSchool { name } posts reason annualCost }
      recalls { staffNo schoolCode school { name } teacher { name status } level reason indicator startDate annualCost }
    } } }`, { id }, planner)).scenario.plan;
    expect(plan.cost).toEqual({ postTransfers: 1500, recalls: 0 });
    expect(plan.postTransfers[0]).toEqual({
      fromSchoolCode: S2, toSchoolCode: S1, fromSchool: { name: '甲县第2学校' }, toSchool: { name: '甲县第1学校' }, posts: 3,
      reason: `调入空编 3 个，用于补足教职工编制缺口：${S1}`, annualCost: 0,
    });
    expect(plan.recalls.map((r: { staffNo: string; school: { name: string }; teacher: { status: string } }) => [r.staffNo, r.school.name, r.teacher.status]))
      .toEqual([[L1, '甲县第1学校', 'ON_LOAN'], [L2, '甲县第2学校', 'ON_LOAN']]);
    await api.db.dataSource.getRepository(ScenarioEntity).delete({ id });
  });

  it('refuses a recall of a teacher who is not on loan with STALE_PLAN naming them, and writes nothing', async () => {
    const notOnLoan = active(S3);
    const id = await storeSolvedPlan(api.db.dataSource, COUNTY_A, '过期方案', [], { plan: { ...PLAN, recalls: [recall(L1, S1), recall(notOnLoan, S3)] } });
    await closeForApply(api, id, COUNTY_A);
    const before = await loadRegionData(api.db.dataSource, [COUNTY_A]);
    const res = await api.post(APPLY, { id }, hr);
    // The apply rules (domain applyPlan) refuse it before anything is written; the database writer refuses it too (db tests).
    expect(res.body.errors![0]!.extensions).toEqual({ code: 'STALE_PLAN', details: { reason: 'PLAN_DOES_NOT_FIT', problems: [`借调返校：教师 ${notOnLoan} 当前不是借调状态`] } });
    expect(res.body.errors![0]!.message).toContain(`借调返校：教师 ${notOnLoan} 当前不是借调状态`);
    expect(await loadRegionData(api.db.dataSource, [COUNTY_A])).toEqual(before);
    expect(await count('SELECT count(*)::int AS n FROM quota_change')).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM audit_log WHERE action IN ('APPLY_PLAN', 'RECALL_FROM_LOAN')`)).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'APPLY_REFUSED_STALE'`)).toBe(1);
    expect((await ok('query($id: ID!) { scenario(id: $id) { status } }', { id })).scenario.status).toBe('STALE');
  });

  it('refuses a transfer of more posts than a school has vacant with STALE_PLAN, and writes nothing', async () => {
    const id = await storeSolvedPlan(api.db.dataSource, COUNTY_A, '超调方案', [], { plan: { ...PLAN, postTransfers: [transfer(S2, S1, 3), transfer(S4, S1, 9)] } });
    await closeForApply(api, id, COUNTY_A);
    const before = await quotas();
    const res = await api.post(APPLY, { id }, hr);
    expect(res.body.errors![0]!.extensions).toMatchObject({ code: 'STALE_PLAN', details: { reason: 'PLAN_DOES_NOT_FIT' } });
    expect(res.body.errors![0]!.message).toContain('甲县第4学校 调出 9 个编制，超出其空编');
    expect(await quotas()).toEqual(before);
    expect(await statuses(L1, L2)).toEqual({ [L1]: 'ON_LOAN', [L2]: 'ON_LOAN' });
    expect(await count('SELECT count(*)::int AS n FROM quota_change')).toBe(0);
  });

  it('moves the quotas and recalls the teachers in one transaction, with history and audit rows', async () => {
    expect(await quotas()).toEqual({ [S1]: 8, [S2]: 14, [S3]: 8, [S4]: 8 });
    const id = await storeSolvedPlan(api.db.dataSource, COUNTY_A, '统筹编制方案', [], { plan: PLAN });
    await closeForApply(api, id, COUNTY_A);
    expect((await ok(APPLY, { id })).applyScenario.status).toBe('APPLIED');

    // S2: 14 − 3 = 11; S1: 8 + 3; S3: 8 + 1; S4: 8 − 1. The county's total (38) is unchanged.
    expect(await quotas()).toEqual({ [S1]: 11, [S2]: 11, [S3]: 9, [S4]: 7 });
    expect(await statuses(L1, L2)).toEqual({ [L1]: 'ACTIVE', [L2]: 'ACTIVE' });
    expect(await count(`SELECT count(*)::int AS n FROM quota_change WHERE source = 'PLAN_TRANSFER' AND scenario_id = '${id}'`)).toBe(4);

    // School 2's history: gave 3 to school 1.
    const s2 = (await ok(HISTORY, { code: S2 })).school;
    expect(s2.quota).toBe(11);
    expect(s2.quotaHistory).toEqual([
      { postsBefore: 14, postsAfter: 11, change: -3, source: 'PLAN_TRANSFER', scenarioName: '统筹编制方案', otherSchoolCode: S1, otherSchoolName: '甲县第1学校', username: `hr-${COUNTY_A}`, reason: `调入空编 3 个，用于补足教职工编制缺口：${S1}` },
    ]);
    const s3 = (await ok(HISTORY, { code: S3 })).school.quotaHistory as Array<{ postsBefore: number; postsAfter: number; otherSchoolCode: string }>;
    expect(s3.map((h) => [h.postsBefore, h.postsAfter, h.otherSchoolCode])).toEqual([[8, 9, S4]]);
    // A viewer sees the history, not who made it.
    const viewer = await api.token('VIEWER', COUNTY_A, 7);
    expect(((await ok(HISTORY, { code: S1 }, viewer)).school.quotaHistory as Array<{ username: string | null; change: number }>)).toEqual([
      expect.objectContaining({ username: null, change: 3 }),
    ]);

    const audit = await api.db.dataSource.query<Array<{ action: string; target: string; details: Record<string, unknown> }>>(
      `SELECT action, target, details FROM audit_log WHERE action IN ('APPLY_PLAN', 'RECALL_FROM_LOAN') ORDER BY id`);
    expect(audit.map((a) => [a.action, a.target])).toEqual([['APPLY_PLAN', id], ['RECALL_FROM_LOAN', L1], ['RECALL_FROM_LOAN', L2]]);
    expect(audit[0]!.details).toMatchObject({
      postTransfers: [{ from: S2, to: S1, posts: 3 }, { from: S4, to: S3, posts: 1 }], quotaChanges: 4, recalls: [L1, L2],
    });
    expect(audit[1]!.details).toMatchObject({ schoolCode: S1, startDate: '2026-09-01' });
  });
});

describe('scenario parameters of the levers', () => {
  // S3's teacher on loan (the first describe recalled L3 and L2).
  const L3 = onLoan(S3);
  const CREATE = 'mutation($input: CreateScenarioInput!) { createScenario(input: $input) { id allowPostTransfers recalls { kind staffNos } } }';

  it('default to transfers on and every recall; store LISTED recalls and switched-off transfers', async () => {
    const plain = (await ok(CREATE, { input: { countyCode: COUNTY_A, name: '默认' } }, planner)).createScenario;
    expect([plain.allowPostTransfers, plain.recalls]).toEqual([true, { kind: 'ALL', staffNos: [] }]);
    const listed = (await ok(CREATE, { input: { countyCode: COUNTY_A, name: '指定召回', allowPostTransfers: false, recalls: { kind: 'LISTED', staffNos: [L3, ` ${L3} `] } } }, planner)).createScenario;
    expect([listed.allowPostTransfers, listed.recalls]).toEqual([false, { kind: 'LISTED', staffNos: [L3] }]);
    const updated = (await ok('mutation($id: ID!) { updateScenario(id: $id, input: { recalls: { kind: NONE } }) { allowPostTransfers recalls { kind staffNos } } }', { id: listed.id }, planner)).updateScenario;
    expect(updated).toEqual({ allowPostTransfers: false, recalls: { kind: 'NONE', staffNos: [] } });
  });

  it('refuses unknown staff numbers, teachers not on loan and an empty list, naming them', async () => {
    const refused = async (recalls: unknown) => {
      const res = await api.post(CREATE, { input: { countyCode: COUNTY_A, name: '错', recalls } }, planner);
      return { ...res.body.errors![0]!.extensions, message: res.body.errors![0]!.message };
    };
    expect(await refused({ kind: 'LISTED', staffNos: [L3, 'X404', 'X405'] })).toEqual({
      code: 'BAD_USER_INPUT', field: 'recalls.staffNos', message: 'Unknown staff numbers in county 431101 (本县无此工号): X404, X405',
    });
    expect(await refused({ kind: 'LISTED', staffNos: [active(S1)] })).toMatchObject({ field: 'recalls.staffNos', message: expect.stringContaining(`(不是借调教师): ${active(S1)}`) });
    expect(await refused({ kind: 'LISTED', staffNos: [] })).toMatchObject({ field: 'recalls.staffNos', message: expect.stringContaining('请至少选择一名借调教师') });
    expect(await refused({ kind: 'ALL', staffNos: [L3] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'recalls.staffNos' });
  });
});
