import { applyPlan, rollover, type Plan } from '@junheng/domain';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dataFingerprint } from './data-fingerprint';
import { PlanChangesConflictError, writePlanChanges, writeRollover } from './plan-changes-writer';
import { loadPlannedClasses, loadRegionData } from './region-data-reader';
import { replaceRegionData } from './region-data-writer';
import { createTestDatabase, type TestDatabase } from './testing';
import { smallRegion } from './test-support/small-region';

const VILLAGE = '2143110002';
const TOWN = '2143110001';

function plan(parts: Partial<Plan>): Plan {
  return {
    county: '431101', year: 2025, backend: 'test', status: 'OPTIMAL', gap: 0,
    cost: { total: 0, hires: 0, rotation: 0, transport: 0, extraQuota: 0 },
    rotations: [], hires: [], classSplits: [], shortfalls: [], check: { passes: true, violations: [] }, ...parts,
  };
}

describe('plan changes in PostgreSQL', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.close();
  });
  beforeEach(async () => {
    await db.dataSource.query('DELETE FROM post_earmark; DELETE FROM planned_class');
    await replaceRegionData(db.dataSource, smallRegion());
  });

  async function apply(p: Plan) {
    const region = await loadRegionData(db.dataSource, ['431101']);
    const applied = applyPlan(region, p, { oversizedClassMin: 56 });
    expect(applied.problems).toEqual([]);
    await db.dataSource.transaction((m) => writePlanChanges(m, '431101', null, p.year, applied.changes));
    return applied;
  }

  it('writes earmarks, commitments and planned classes that read back as applyPlan said; an import adding the hire releases one earmark', async () => {
    const fingerprint = await dataFingerprint(db.dataSource, '431101');
    const applied = await apply(plan({
      cost: { total: 200_000, hires: 150_000, rotation: 40_000, transport: 10_000, extraQuota: 0 },
      hires: [{ schoolCode: VILLAGE, level: 'JUNIOR', subjectGroup: 'CORE', education: 'BACHELOR', count: 2, annualCost: 150_000 }],
      classSplits: [{ schoolCode: TOWN, level: 'PRIMARY', classesBefore: 20, classesAfter: 22 }],
    }));
    const loaded = await loadRegionData(db.dataSource, ['431101']);
    expect(loaded.schools.find((s) => s.code === VILLAGE)?.earmarkedPosts).toBe(2);
    // The outlook counts them as teachers arriving: the hires not yet on the roster.
    expect(loaded.expectedHires).toEqual([{ schoolCode: VILLAGE, level: 'JUNIOR', subjectGroup: 'CORE', education: 'BACHELOR', count: 2 }]);
    // 交流轮岗补贴 2025 had 1,234,567.89 and nothing committed: 50,000 now. 新增教师经费 is not a line of 2025: added with amount 0.
    expect(loaded.budgets.filter((b) => b.countyCode === '431101')).toEqual(applied.region.budgets.filter((b) => b.countyCode === '431101'));
    expect(loaded.budgets.find((b) => b.category === '交流轮岗补贴')).toMatchObject({ amount: 1_234_567.89, committed: 50_000 });
    expect(await db.dataSource.query('SELECT school_code, level, year, classes_before, classes FROM planned_class')).toEqual([
      { school_code: TOWN, level: 'PRIMARY', year: 2025, classes_before: 20, classes: 22 },
    ]);
    expect(await dataFingerprint(db.dataSource, '431101')).not.toBe(fingerprint);
    // The next solve of 2025 starts from the planned classes (22 instead of 20 at the town school).
    expect(await loadPlannedClasses(db.dataSource, ['431101'], 2025)).toEqual([{ schoolCode: TOWN, level: 'PRIMARY', classes: 22 }]);
    expect(await loadPlannedClasses(db.dataSource, ['431101'], 2026)).toEqual([]);

    // HR imports the roster with one hired junior teacher at the village school: one earmark is released,
    // and the commitments survive the replaced budget lines.
    const data = smallRegion();
    const hired = { ...data.teachers.find((t) => t.schoolCode === VILLAGE && t.level === 'JUNIOR')!, staffNo: 'T900', name: '新教师' };
    data.teachers.push(hired);
    const result = await replaceRegionData(db.dataSource, data);
    expect(result.earmarksReleased).toBe(1);
    const again = await loadRegionData(db.dataSource, ['431101']);
    expect(again.schools.find((s) => s.code === VILLAGE)?.earmarkedPosts).toBe(1);
    expect(again.expectedHires).toEqual([{ schoolCode: VILLAGE, level: 'JUNIOR', subjectGroup: 'CORE', education: 'BACHELOR', count: 1 }]);
    expect(again.budgets.find((b) => b.category === '交流轮岗补贴')?.committed).toBe(50_000);
    // The same roster again releases nothing more: T900 is no longer new.
    expect((await replaceRegionData(db.dataSource, data)).earmarksReleased).toBe(0);
  });

  it('fingerprints planned classes: a split alone changes the data a plan depends on', async () => {
    const before = await dataFingerprint(db.dataSource, '431101');
    await apply(plan({ classSplits: [{ schoolCode: TOWN, level: 'PRIMARY', classesBefore: 20, classesAfter: 21 }] }));
    expect(await dataFingerprint(db.dataSource, '431101')).not.toBe(before);
  });

  it('moves a rotation and rolls it back at the end of its term', async () => {
    const region = await loadRegionData(db.dataSource, ['431101']);
    const t = region.teachers.find((x) => x.schoolCode === TOWN)!;
    await apply(plan({ rotations: [{ staffNo: t.staffNo, fromSchool: TOWN, toSchool: VILLAGE, level: t.level, reason: '', startDate: '2025-09-01', termYears: 3 }] }));
    const moved = (await loadRegionData(db.dataSource, ['431101'])).teachers.find((x) => x.staffNo === t.staffNo);
    expect(moved).toMatchObject({ schoolCode: VILLAGE, homeSchoolCode: TOWN, rotationEnd: '2028-09-01' });

    expect(rollover(await loadRegionData(db.dataSource, ['431101']), '2027-09-01').returns).toEqual([]);
    const due = rollover(await loadRegionData(db.dataSource, ['431101']), '2028-09-01');
    expect(due.returns.map((r) => [r.staffNo, r.fromSchool, r.toSchool])).toEqual([[t.staffNo, VILLAGE, TOWN]]);
    await db.dataSource.transaction((m) => writeRollover(m, '431101', due.returns, due.termsCleared));
    const back = (await loadRegionData(db.dataSource, ['431101'])).teachers.find((x) => x.staffNo === t.staffNo);
    expect(back).toMatchObject({ schoolCode: TOWN });
    expect(back).not.toHaveProperty('homeSchoolCode');
    // Written twice, the same return finds the teacher home and changes nothing.
    await expect(db.dataSource.transaction((m) => writeRollover(m, '431101', due.returns, []))).rejects.toBeInstanceOf(PlanChangesConflictError);
  });
});
