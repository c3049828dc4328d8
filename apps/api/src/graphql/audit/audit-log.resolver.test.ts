import { AuditLogEntity } from '@junheng/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CITY, COUNTY_A, COUNTY_B, COUNTY_C, OTHER_CITY } from '../../test-support/fixture-region';
import { planRotation, storeSolvedPlan } from '../../test-support/stored-plan';
import { startTestApi, type TestApi } from '../../test-support/test-api';
import { closeForApply } from '../../test-support/walk-to-closed';

let api: TestApi;
const LOG = `query($first: Int, $after: String, $filter: AuditLogFilter) {
  auditLog(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } nodes { id at username action regionCode target details } } }`;

beforeAll(async () => {
  api = await startTestApi();
  const repo = api.db.dataSource.getRepository(AuditLogEntity);
  const rows = [
    { username: 'hr-a', action: 'APPLY_PLAN', countyCode: COUNTY_A, target: 's1', details: { cost: 1 } },
    { username: 'admin-a', action: 'CREATE_USER', countyCode: COUNTY_A, target: 'new-user', details: { role: 'HR' } },
    { username: 'hr-b', action: 'APPLY_PLAN', countyCode: COUNTY_B, target: 's2', details: null },
    { username: 'admin-city', action: 'UPDATE_USER', countyCode: CITY, target: 'someone', details: null },
    { username: 'hr-c', action: 'APPLY_PLAN', countyCode: COUNTY_C, target: 's3', details: null },
    { username: 'someone', action: 'LOGIN_LOCKOUT', countyCode: null, target: 'address 203.0.113.1', details: null },
  ];
  for (const row of rows) await repo.insert(row);
  await api.db.dataSource.query(`UPDATE audit_log SET at = '2026-03-01T08:00:00Z' WHERE target = 's1'`);
});
afterAll(async () => api?.close());

describe('auditLog', () => {
  it('shows a county administrator the rows of their county only, newest first', async () => {
    const r = await api.post(LOG, {}, await api.token('ADMIN', COUNTY_A));
    expect(r.body.errors).toBeUndefined();
    const nodes = r.body.data!.auditLog.nodes;
    expect(nodes.map((n: { target: string }) => n.target)).toEqual(['new-user', 's1']);
    expect(nodes[0]).toMatchObject({ username: 'admin-a', action: 'CREATE_USER', regionCode: COUNTY_A });
    expect(JSON.parse(nodes[0].details)).toEqual({ role: 'HR' });
    expect(r.body.data!.auditLog.totalCount).toBe(2);
  });

  it('shows a city administrator the city and its counties, not another city nor rows of no region', async () => {
    const r = await api.post(LOG, {}, await api.token('ADMIN', CITY));
    expect(r.body.data!.auditLog.nodes.map((n: { regionCode: string }) => n.regionCode).sort()).toEqual([CITY, COUNTY_A, COUNTY_A, COUNTY_B].sort());
    const other = await api.post(LOG, {}, await api.token('ADMIN', OTHER_CITY));
    expect(other.body.data!.auditLog.nodes.map((n: { target: string }) => n.target)).toEqual(['s3']);
  });

  it('is for ADMIN only', async () => {
    for (const role of ['VIEWER', 'PLANNER', 'HR'] as const) {
      const r = await api.post(LOG, {}, await api.token(role, COUNTY_A));
      expect(r.body.errors?.[0]?.extensions?.code, role).toBe('FORBIDDEN');
      expect(r.body.data?.auditLog ?? null).toBeNull();
    }
    expect((await api.post(LOG, {})).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('filters by action, user and date range, and pages with cursors', async () => {
    const token = await api.token('ADMIN', CITY);
    const byAction = await api.post(LOG, { filter: { action: 'APPLY_PLAN' } }, token);
    expect(byAction.body.data!.auditLog.nodes.map((n: { target: string }) => n.target)).toEqual(['s2', 's1']);
    const byUser = await api.post(LOG, { filter: { username: 'hr-b' } }, token);
    expect(byUser.body.data!.auditLog.nodes.map((n: { target: string }) => n.target)).toEqual(['s2']);
    const march = await api.post(LOG, { filter: { from: '2026-03-01', to: '2026-03-02' } }, token);
    expect(march.body.data!.auditLog.nodes.map((n: { target: string }) => n.target)).toEqual(['s1']);
    const page1 = await api.post(LOG, { first: 3 }, token);
    expect(page1.body.data!.auditLog.pageInfo.hasNextPage).toBe(true);
    const page2 = await api.post(LOG, { first: 3, after: page1.body.data!.auditLog.pageInfo.endCursor }, token);
    const all = [...page1.body.data!.auditLog.nodes, ...page2.body.data!.auditLog.nodes].map((n: { id: string }) => Number(n.id));
    expect(all).toHaveLength(4);
    expect([...all].sort((a, b) => b - a)).toEqual(all);
    const bad = await api.post(LOG, { filter: { from: 'yesterday' } }, token);
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('refused applies are audited', () => {
  it('writes APPLY_REFUSED_CONFLICT for an apply refused as a conflict (the apply itself rolled back)', async () => {
    const id = await storeSolvedPlan(api.db.dataSource, COUNTY_A, '已执行', []);
    const hr = await api.token('HR', COUNTY_A);
    await closeForApply(api, id, COUNTY_A);
    const apply = `mutation($id: ID!) { applyScenario(id: $id) { status } }`;
    expect((await api.post(apply, { id }, hr)).body.data!.applyScenario.status).toBe('APPLIED');
    const again = await api.post(apply, { id }, hr);
    expect(again.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const rows = await api.db.dataSource.getRepository(AuditLogEntity).findBy({ target: id });
    expect(rows.map((r) => r.action).sort()).toEqual(['APPLY_PLAN', 'APPLY_REFUSED_CONFLICT']);
    const log = await api.post(LOG, { filter: { action: 'APPLY_REFUSED_CONFLICT' } }, await api.token('ADMIN', COUNTY_A));
    expect(log.body.data!.auditLog.nodes).toEqual([expect.objectContaining({ target: id, regionCode: COUNTY_A, username: 'hr-431101' })]);
  });

  it('writes APPLY_REFUSED_STALE for a plan whose data changed', async () => {
    const id = await storeSolvedPlan(api.db.dataSource, COUNTY_A, '过期', [planRotation('NO-SUCH-TEACHER', 'x', 'y')]);
    await api.db.dataSource.query(`UPDATE plan SET fingerprint = 'changed' WHERE scenario_id = $1`, [id]);
    await closeForApply(api, id, COUNTY_A);
    const r = await api.post(`mutation($id: ID!) { applyScenario(id: $id) { status } }`, { id }, await api.token('HR', COUNTY_A));
    expect(r.body.errors?.[0]?.extensions?.code).toBe('STALE_PLAN');
    const rows = await api.db.dataSource.getRepository(AuditLogEntity).findBy({ target: id });
    expect(rows.map((r) => r.action)).toEqual(['APPLY_REFUSED_STALE']);
  });
});
