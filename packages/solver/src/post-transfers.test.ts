import { applyPlan, NATIONAL_STANDARD_SET, planOutcome, type Plan } from '@junheng/domain';
import { describe, expect, it } from 'vitest';
import { HighsBackend } from './backends/highs-backend';
import { JslpBackend } from './backends/jslp-backend';
import type { SolverBackend } from './backends/solver-backend';
import { solveRegion } from './solve-region';
import { region, school, section, staff } from './test-support/hand-made';
import { scenarioFor } from './test-support/scenario';

const backends: SolverBackend[] = [new HighsBackend(), new JslpBackend()];

/**
 * Town school T (0 km): 200 students, 12 qualified teachers (2 backbone, 2 PE): Q1 needs 9, Q2 2, Q3 2,
 * R ceil(200/19) = 11; every check passes. Quota 17: 12 posts held, 5 vacant; its own standards need
 * 11 posts, so 17 - 11 = 6 could go, and the yearly limit (5) and its vacancies (5) leave 5 movable.
 * Rural school V (10 km): 100 students, 3 qualified teachers (1 backbone, 1 PE): R needs ceil(100/19) = 6
 * (short 3), Q1 needs ceil(4.2) = 5 (short 2). Quota 3: no vacancy.
 * Nobody has 6 years at a school: no rotation, no rotation quota.
 * The cheapest lawful rural primary hire is 大专: 80,000 + 12,000 = 92,000 (qualified, so it serves Q1 and R).
 * Optimum: T sends 3 vacant posts to V, V hires 3: 276,000 a year, nothing short, no extra quota.
 */
function surplusPosts() {
  const teachers = [
    ...staff('T', 'T', 12, (i) => ({ backbone: i < 2 ? 'COUNTY' : 'NONE', subject: i >= 10 ? '体育' : '语文' })),
    ...staff('V', 'V', 3, (i) => ({ backbone: i === 0 ? 'COUNTY' : 'NONE', subject: i === 1 ? '体育' : '语文' })),
  ];
  return region([school('T', 'TOWN', 0, 17), school('V', 'RURAL', 10, 3)], [section('T', 200, 5), section('V', 100, 3)], teachers);
}

describe('post transfers (县管校聘)', () => {
  for (const backend of backends) {
    it(`moves 3 vacant posts from T to V and hires 3 there, no extra quota (${backend.name})`, async () => {
      const data = surplusPosts();
      const r = await solveRegion({ region: data, standardSet: NATIONAL_STANDARD_SET, scenario: scenarioFor(data, { mipGap: 0, extraQuotaPerSchool: 3 }), options: { backend } });
      expect(r.plan.postTransfers).toEqual([{ fromSchool: 'T', toSchool: 'V', posts: 3, reason: '调入空编 3 个，用于补足教职工编制缺口：School V', annualCost: 0 }]);
      expect(r.plan.hires.reduce((n, h) => n + h.count, 0)).toBe(3);
      expect(r.plan.hires.every((h) => h.schoolCode === 'V' && h.education === 'ASSOCIATE' && h.extraQuota === 0)).toBe(true);
      // Extra quota is allowed (3 a school, 20,000 each) but comes last: 3 x 92,000 and nothing else.
      expect(r.plan.cost).toEqual({ total: 276_000, hires: 276_000, rotation: 0, transport: 0, extraQuota: 0, classrooms: 0, postTransfers: 0, recalls: 0 });
      expect(r.plan.shortfalls).toEqual([]);
      expect(r.plan.check).toEqual({ passes: true, violations: [] });
    });
  }

  it('in full-compliance mode the same plan is the cheapest that meets every standard; without transfers it cannot be had', async () => {
    const data = surplusPosts();
    const r = await solveRegion({ region: data, standardSet: NATIONAL_STANDARD_SET, scenario: scenarioFor(data, { mipGap: 0, mode: 'CHEAPEST_FULL_COMPLIANCE' }) });
    expect(r.status).toBe('OPTIMAL');
    expect(r.plan.postTransfers).toEqual([expect.objectContaining({ fromSchool: 'T', toSchool: 'V', posts: 3 })]);
    expect(r.plan.cost.total).toBe(276_000);
    expect(r.plan.check).toEqual({ passes: true, violations: [] });
    const off = await solveRegion({ region: data, standardSet: NATIONAL_STANDARD_SET, scenario: scenarioFor(data, { mipGap: 0, mode: 'CHEAPEST_FULL_COMPLIANCE', allowPostTransfers: false }) });
    expect(off.status).toBe('INFEASIBLE');
    expect(off.infeasibility.map((i) => [i.schoolCode, i.indicator, i.cause])).toEqual([['V', 'Q1', 'POSTS_HELD_BY_RULES'], ['V', 'R', 'POSTS_HELD_BY_RULES']]);
  });

  it('charges the standard set\'s cost per post moved: 3 x 92,000 + 3 x 1,000 = 279,000', async () => {
    const data = surplusPosts();
    const scenario = scenarioFor(data, { mipGap: 0, overrides: { postTransfer: { costPerPost: 1_000 } } });
    const r = await solveRegion({ region: data, standardSet: NATIONAL_STANDARD_SET, scenario });
    expect(r.plan.postTransfers).toEqual([expect.objectContaining({ fromSchool: 'T', toSchool: 'V', posts: 3, annualCost: 3_000 })]);
    expect(r.plan.cost).toMatchObject({ total: 279_000, hires: 276_000, postTransfers: 3_000, extraQuota: 0 });
    // Post transfers are a staffing cost, on the 新增教师经费 line, and belong to no level.
    expect(r.plan.spendingByLine).toEqual([{ category: '新增教师经费', amount: 279_000 }]);
    expect(r.plan.spendingByLevel).toEqual([{ level: 'PRIMARY', amount: 276_000 }]);
    expect(r.plan.check.passes).toBe(true);
  });

  it('with transfers switched off: extra quota where the scenario allows it (3 x (92,000 + 20,000) = 336,000)', async () => {
    const data = surplusPosts();
    const r = await solveRegion({ region: data, standardSet: NATIONAL_STANDARD_SET, scenario: scenarioFor(data, { mipGap: 0, allowPostTransfers: false, extraQuotaPerSchool: 3 }) });
    expect(r.plan.postTransfers).toEqual([]);
    expect(r.plan.hires.reduce((n, h) => n + (h.extraQuota ?? 0), 0)).toBe(3);
    expect(r.plan.cost).toMatchObject({ total: 336_000, hires: 276_000, extraQuota: 60_000 });
    expect(r.plan.shortfalls).toEqual([]);
    expect(r.plan.check.passes).toBe(true);
  });

  it('with transfers switched off and no extra quota: V stays short (R by 3, Q1 by 2), posts held by the rules', async () => {
    const data = surplusPosts();
    const r = await solveRegion({ region: data, standardSet: NATIONAL_STANDARD_SET, scenario: scenarioFor(data, { mipGap: 0, allowPostTransfers: false }) });
    expect(r.plan.hires).toEqual([]);
    expect(r.plan.cost.total).toBe(0);
    const note = '县内尚有空编但受编制调剂规则限制：School T 空编 5 个（方案未允许编制调剂）';
    expect(r.plan.shortfalls).toEqual([
      expect.objectContaining({ schoolCode: 'V', indicator: 'Q1', gapTeachers: 2, cause: 'POSTS_HELD_BY_RULES', note }),
      expect.objectContaining({ schoolCode: 'V', indicator: 'R', gapTeachers: 3, cause: 'POSTS_HELD_BY_RULES', note }),
    ]);
    expect(r.plan.check.passes).toBe(true);
  });

  it('a yearly limit of 1 post moves 1 and names the limit for the rest; with T full the cause is QUOTA_EXHAUSTED', async () => {
    const data = surplusPosts();
    const r = await solveRegion({ region: data, standardSet: NATIONAL_STANDARD_SET, scenario: scenarioFor(data, { mipGap: 0, overrides: { postTransfer: { maxOutPerSchool: 1 } } }) });
    expect(r.plan.postTransfers).toEqual([expect.objectContaining({ fromSchool: 'T', toSchool: 'V', posts: 1 })]);
    expect(r.plan.cost.total).toBe(92_000);
    // After 1 qualified hire V has 4 teachers: R needs 6 (short 2), Q1 needs 5 (short 1). T keeps 4 vacant posts.
    expect(r.plan.shortfalls).toEqual([
      expect.objectContaining({ schoolCode: 'V', indicator: 'Q1', gapTeachers: 1, cause: 'POSTS_HELD_BY_RULES', note: '县内尚有空编但受编制调剂规则限制：School T 空编 4 个（每校每年调出编制上限）' }),
      expect.objectContaining({ schoolCode: 'V', indicator: 'R', gapTeachers: 2, cause: 'POSTS_HELD_BY_RULES' }),
    ]);
    expect(r.plan.check.passes).toBe(true);

    // T's quota 12 = its posts held: no vacant post anywhere in the county.
    const full = { ...data, schools: data.schools.map((s) => (s.code === 'T' ? { ...s, quota: 12 } : s)) };
    const f = await solveRegion({ region: full, standardSet: NATIONAL_STANDARD_SET, scenario: scenarioFor(full, { mipGap: 0 }) });
    expect(f.plan.postTransfers).toEqual([]);
    expect(f.plan.shortfalls.map((s) => [s.indicator, s.cause])).toEqual([['Q1', 'QUOTA_EXHAUSTED'], ['R', 'QUOTA_EXHAUSTED']]);
  });

  it('applying the plan moves the quota: T 17 -> 14, V 3 -> 6, and the hires fill V\'s new posts', async () => {
    const data = surplusPosts();
    const r = await solveRegion({ region: data, standardSet: NATIONAL_STANDARD_SET, scenario: scenarioFor(data, { mipGap: 0 }) });
    const applied = applyPlan(data, r.plan as Plan, { oversizedClassMin: 56 });
    expect(applied.problems).toEqual([]);
    expect(applied.changes.quotaChanges).toEqual([
      { schoolCode: 'T', quotaBefore: 17, quotaAfter: 14, transferredIn: 0, transferredOut: 3, extraQuota: 0 },
      { schoolCode: 'V', quotaBefore: 3, quotaAfter: 6, transferredIn: 3, transferredOut: 0, extraQuota: 0 },
    ]);
    expect(applied.region.schools.find((s) => s.code === 'V')).toMatchObject({ quota: 6, earmarkedPosts: 3 });
    // V after the plan: 6 teachers for 100 students (16.7 a teacher, R passes), 6 qualified (Q1 passes).
    const after = planOutcome(data, NATIONAL_STANDARD_SET, r.plan).after.find((s) => s.schoolCode === 'V')!;
    expect(after.checks.find((c) => c.indicator === 'R')).toMatchObject({ passes: true, value: 100 / 6 });
  });
});
