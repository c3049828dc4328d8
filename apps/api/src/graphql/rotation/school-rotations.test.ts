import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COUNTY_A, COUNTY_B, fixtureRegion } from '../../test-support/fixture-region';
import { planRotation, storeSolvedPlan } from '../../test-support/stored-plan';
import { startTestApi, type TestApi } from '../../test-support/test-api';
import { closeForApply } from '../../test-support/walk-to-closed';

const [S1, S2, S3, S4] = ['4311010001', '4311010002', '4311010003', '4311010004'];
const B1 = '4311020001';

/** ACTIVE primary teachers of a school in the fixture, by staff number. */
function activeAt(school: string): string[] {
  return fixtureRegion().teachers.filter((t) => t.schoolCode === school && t.status === 'ACTIVE' && t.level === 'PRIMARY').map((t) => t.staffNo);
}
const T1 = activeAt(S1)[0]!; // S1 -> S3 by the applied plan
const T2 = activeAt(S2)[0]!; // S2 -> S1 by the applied plan
const T3 = activeAt(S4)[0]!; // S4 -> S1 by hand (no plan records it)
const T4 = activeAt(S1)[1]!; // S1 -> S4 proposed by a plan not applied

let api: TestApi;
let hr: string;
let planner: string;
let proposed: string;
let unsolved: string;

const ROTATIONS = /* GraphQL */ `
  query($code: String!, $first: Int, $after: String, $direction: RotationDirection) {
    school(code: $code) {
      rotations(first: $first, after: $after, direction: $direction) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes { direction staffNo level startDate endDate termYears reason indicator distanceKm teacher { staffNo name subject backbone school { code } } otherSchool { code name } }
      }
    }
  }
`;
const PLANNED = /* GraphQL */ `
  query($code: String!, $scenarioId: ID!, $direction: RotationDirection) {
    school(code: $code) {
      plannedRotations(scenarioId: $scenarioId, direction: $direction) {
        totalCount
        nodes { direction staffNo startDate endDate termYears reason teacher { staffNo name } otherSchool { code } }
      }
    }
  }
`;

beforeAll(async () => {
  api = await startTestApi();
  hr = await api.token('HR', COUNTY_A);
  planner = await api.token('PLANNER', COUNTY_A);
  const ds = api.db.dataSource;
  const applied = await storeSolvedPlan(ds, COUNTY_A, '已执行方案', [planRotation(T1, S1, S3), planRotation(T2, S2, S1, { indicator: 'Q3', reason: `Q3 at ${S1}` })]);
  await closeForApply(api, applied, COUNTY_A);
  const res = await api.post('mutation($id: ID!) { applyScenario(id: $id) { status } }', { id: applied }, hr);
  expect(res.body.errors).toBeUndefined();
  expect(res.body.data!.applyScenario.status).toBe('APPLIED');
  await ds.query(`UPDATE teacher SET school_code = $1, home_school_code = school_code, rotation_end = '2027-08-31' WHERE county_code = $2 AND staff_no = $3`, [S1, COUNTY_A, T3]);
  proposed = await storeSolvedPlan(ds, COUNTY_A, '备选方案', [planRotation(T4, S1, S4, { startDate: '2027-09-01', termYears: 2 }), planRotation(activeAt(S2)[1]!, S2, S3)]);
  unsolved = await storeSolvedPlan(ds, COUNTY_A, '未求解', []);
  await ds.query(`DELETE FROM plan WHERE scenario_id = $1`, [unsolved]);
});
afterAll(async () => api?.close());

describe('School.rotations (in effect)', () => {
  it('lists teachers on loan in and out of a school with the direction, the other school and the term', async () => {
    const res = await api.post(ROTATIONS, { code: S1 }, hr);
    expect(res.body.errors).toBeUndefined();
    const { totalCount, nodes } = res.body.data!.school.rotations;
    expect(totalCount).toBe(3);
    expect(nodes.map((n: { direction: string; staffNo: string; otherSchool: { code: string } }) => [n.direction, n.staffNo, n.otherSchool.code])).toEqual([
      ['IN', T2, S2],
      ['IN', T3, S4],
      ['OUT', T1, S3],
    ]);
    const [fromPlan, byHand, out] = nodes;
    expect(fromPlan).toMatchObject({ level: 'PRIMARY', startDate: '2026-09-01', endDate: '2029-09-01', termYears: 3, indicator: 'Q3', distanceKm: 4.5 });
    expect(fromPlan.teacher).toMatchObject({ staffNo: T2, school: { code: S1 } });
    expect(fromPlan.teacher.name).toMatch(/^教师\d+$/);
    expect(byHand).toMatchObject({ startDate: null, endDate: '2027-08-31', termYears: null, reason: null });
    expect(out.teacher.school.code).toBe(S3);
    expect(out.otherSchool.name).toBe('甲县第3学校');

    const receiving = await api.post(ROTATIONS, { code: S3 }, hr);
    expect(receiving.body.data!.school.rotations.nodes.map((n: { direction: string; staffNo: string; otherSchool: { code: string } }) => [n.direction, n.staffNo, n.otherSchool.code])).toEqual([['IN', T1, S1]]);
  });

  it('filters by direction and pages through once', async () => {
    const out = await api.post(ROTATIONS, { code: S1, direction: 'OUT' }, hr);
    expect(out.body.data!.school.rotations.nodes.map((n: { staffNo: string }) => n.staffNo)).toEqual([T1]);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res = await api.post(ROTATIONS, { code: S1, first: 1, after }, hr);
      const page = res.body.data!.school.rotations;
      seen.push(...page.nodes.map((n: { staffNo: string }) => n.staffNo));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual([T2, T3, T1]);
  });

  it('masks names for a planner and refuses a viewer', async () => {
    const res = await api.post(ROTATIONS, { code: S1 }, planner);
    expect(res.body.errors).toBeUndefined();
    const nodes = res.body.data!.school.rotations.nodes;
    expect(nodes).toHaveLength(3);
    for (const n of nodes) expect(n.teacher.name).toBeNull();
    expect(nodes[0].teacher.subject).toBeTruthy();

    const viewer = await api.token('VIEWER', COUNTY_A);
    for (const [query, variables] of [[ROTATIONS, { code: S1 }], [PLANNED, { code: S1, scenarioId: proposed }]] as const) {
      const refused = await api.post(query, variables, viewer);
      expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(JSON.stringify(refused.body.data ?? null)).not.toContain('教师');
    }
  });

  it('keeps to the region', async () => {
    const other = await api.token('HR', COUNTY_B);
    const res = await api.post(ROTATIONS, { code: S1 }, other);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.school).toBeNull();
    const planned = await api.post(PLANNED, { code: B1, scenarioId: proposed }, other);
    expect(planned.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('School.plannedRotations', () => {
  it('lists what a scenario\'s plan proposes into and out of the school', async () => {
    const sending = await api.post(PLANNED, { code: S1, scenarioId: proposed }, hr);
    expect(sending.body.errors).toBeUndefined();
    expect(sending.body.data!.school.plannedRotations).toMatchObject({
      totalCount: 1,
      nodes: [{ direction: 'OUT', staffNo: T4, startDate: '2027-09-01', endDate: '2029-09-01', termYears: 2, otherSchool: { code: S4 }, teacher: { staffNo: T4 } }],
    });
    const receiving = await api.post(PLANNED, { code: S3, scenarioId: proposed, direction: 'IN' }, hr);
    expect(receiving.body.data!.school.plannedRotations.nodes.map((n: { otherSchool: { code: string } }) => n.otherSchool.code)).toEqual([S2]);
    const none = await api.post(PLANNED, { code: S3, scenarioId: proposed, direction: 'OUT' }, hr);
    expect(none.body.data!.school.plannedRotations.totalCount).toBe(0);
  });

  it('answers NOT_FOUND for an unknown scenario and BAD_USER_INPUT for one without a plan', async () => {
    for (const scenarioId of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const res = await api.post(PLANNED, { code: S1, scenarioId }, planner);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    const res = await api.post(PLANNED, { code: S1, scenarioId: unsolved }, planner);
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scenarioId' });
  });
});
