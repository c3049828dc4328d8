import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { writePlanChanges } from './plan-changes-writer';
import { PlanLeverConflictError, writePostTransfers, writeRecalls } from './plan-levers-writer';
import { replaceRegionData } from './region-data-writer';
import { createTestDatabase, type TestDatabase } from './testing';
import { smallRegion } from './test-support/small-region';

const TOWN = '2143110001';
const VILLAGE = '2143110002';
const OTHER_COUNTY = '2143110101';
const context = { countyCodes: ['431101'], scenarioId: null, username: 'hr' };

describe('post transfers, recalls and the quota history in PostgreSQL', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.close();
  });
  beforeEach(async () => {
    await replaceRegionData(db.dataSource, smallRegion());
    await db.dataSource.query('DELETE FROM quota_change');
  });

  const quotas = async () => Object.fromEntries((await db.dataSource.query<Array<{ school_code: string; posts: number }>>(
    'SELECT school_code, posts FROM staffing_quota ORDER BY school_code')).map((r) => [r.school_code, r.posts]));
  const history = () => db.dataSource.query<Array<Record<string, unknown>>>(
    'SELECT school_code, posts_before, posts_after, change, source, other_school_code, username, reason FROM quota_change ORDER BY id');

  it('moves posts between schools (net of the plan, any order) and records both sides of each transfer', async () => {
    // TOWN has 3 posts, VILLAGE 4: TOWN gets 2 back from VILLAGE before giving 5 — fine net (3 + 2 − 5 = 0).
    const written = await db.dataSource.transaction((m) => writePostTransfers(m, context, [
      { fromSchool: TOWN, toSchool: VILLAGE, posts: 5, reason: '调入空编 5 个' },
      { fromSchool: VILLAGE, toSchool: TOWN, posts: 2, reason: '调入空编 2 个' },
    ]));
    // Recorded with the village's 2 first, so the town's quota never reads below 0.
    expect(written.map((w) => w.change)).toEqual([-2, 2, -5, 5]);
    expect(await quotas()).toMatchObject({ [TOWN]: 0, [VILLAGE]: 7 });
    expect(await history()).toEqual([
      { school_code: VILLAGE, posts_before: 4, posts_after: 2, change: -2, source: 'PLAN_TRANSFER', other_school_code: TOWN, username: 'hr', reason: '调入空编 2 个' },
      { school_code: TOWN, posts_before: 3, posts_after: 5, change: 2, source: 'PLAN_TRANSFER', other_school_code: VILLAGE, username: 'hr', reason: '调入空编 2 个' },
      { school_code: TOWN, posts_before: 5, posts_after: 0, change: -5, source: 'PLAN_TRANSFER', other_school_code: VILLAGE, username: 'hr', reason: '调入空编 5 个' },
      { school_code: VILLAGE, posts_before: 2, posts_after: 7, change: 5, source: 'PLAN_TRANSFER', other_school_code: TOWN, username: 'hr', reason: '调入空编 5 个' },
    ]);
  });

  it('refuses a transfer that would take a quota below 0, or names a school of another county, and writes nothing', async () => {
    const attempt = (transfers: Parameters<typeof writePostTransfers>[2]) =>
      db.dataSource.transaction((m) => writePostTransfers(m, context, transfers)).then(() => null, (e: unknown) => e);
    const below = await attempt([
      { fromSchool: VILLAGE, toSchool: TOWN, posts: 1, reason: 'a' },
      { fromSchool: TOWN, toSchool: VILLAGE, posts: 5, reason: 'b' },
    ]);
    expect(below).toBeInstanceOf(PlanLeverConflictError);
    expect(below).toMatchObject({ reason: 'QUOTA_BELOW_ZERO', subject: TOWN, code: 'PLAN_CHANGES_CONFLICT' });
    expect((below as Error).message).toContain(`学校 ${TOWN} 现有编制 3 个，方案调出 4 个`);
    expect(await attempt([{ fromSchool: OTHER_COUNTY, toSchool: TOWN, posts: 1, reason: 'c' }])).toMatchObject({ reason: 'UNKNOWN_SCHOOL', subject: OTHER_COUNTY });
    expect(await attempt([{ fromSchool: TOWN, toSchool: TOWN, posts: 1, reason: 'd' }])).toMatchObject({ reason: 'INVALID_TRANSFER' });
    expect(await quotas()).toMatchObject({ [TOWN]: 3, [VILLAGE]: 4, [OTHER_COUNTY]: 2 });
    expect(await history()).toEqual([]);
  });

  it('recalls a teacher on loan (ON_LOAN → ACTIVE) and refuses one who is not on loan or belongs elsewhere', async () => {
    const status = async (staffNo: string) => (await db.dataSource.query<Array<{ status: string }>>(
      "SELECT status FROM teacher WHERE staff_no = $1 AND county_code = '431101'", [staffNo]))[0]?.status;
    const recall = (staffNo: string, schoolCode: string) => ({ staffNo, schoolCode, level: 'PRIMARY' as const, reason: '借调返校', startDate: '2025-09-01' });
    const refused = async (staffNo: string, schoolCode: string) =>
      db.dataSource.transaction((m) => writeRecalls(m, context, [recall('T004', VILLAGE), recall(staffNo, schoolCode)])).then(() => null, (e: unknown) => e);

    expect(await refused('T001', TOWN)).toMatchObject({ reason: 'RECALL_NOT_ON_LOAN', subject: 'T001', message: expect.stringContaining('现在的状态是 ACTIVE') });
    expect(await refused('T999', TOWN)).toMatchObject({ reason: 'RECALL_NOT_ON_LOAN', message: expect.stringContaining('不在名册中') });
    expect(await status('T004')).toBe('ON_LOAN');
    await expect(db.dataSource.transaction((m) => writeRecalls(m, context, [recall('T004', TOWN)]))).rejects.toMatchObject({ message: expect.stringContaining(`现属 ${VILLAGE}`) });
    expect(await status('T004')).toBe('ON_LOAN');

    expect(await db.dataSource.transaction((m) => writeRecalls(m, context, [recall('T004', VILLAGE), recall('T004', VILLAGE)]))).toEqual(['T004']);
    expect(await status('T004')).toBe('ACTIVE');
  });

  it('records extra quota (增编) and a roster import that changes a quota', async () => {
    await db.dataSource.transaction((m) => writePlanChanges(m, '431101', null, 2025, {
      moves: [], postTransfers: [], quotaChanges: [], recalls: [], earmarks: [], extraQuota: [{ schoolCode: VILLAGE, posts: 2 }], plannedClasses: [], budget: [],
    }, 'hr'));
    const data = smallRegion();
    data.schools.find((s) => s.code === TOWN)!.quota = 8;
    await replaceRegionData(db.dataSource, data, { actor: 'cli:root' });
    expect(await history()).toEqual([
      { school_code: VILLAGE, posts_before: 4, posts_after: 6, change: 2, source: 'PLAN_EXTRA_QUOTA', other_school_code: null, username: 'hr', reason: '增编 2 个，用于方案招聘' },
      // The roster sets the village school's quota to 4 again, and the town school's to 8.
      { school_code: TOWN, posts_before: 3, posts_after: 8, change: 5, source: 'IMPORT', other_school_code: null, username: 'cli:root', reason: '名册导入' },
      { school_code: VILLAGE, posts_before: 6, posts_after: 4, change: -2, source: 'IMPORT', other_school_code: null, username: 'cli:root', reason: '名册导入' },
    ]);
  });
});
