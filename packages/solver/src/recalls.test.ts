import { applyPlan, NATIONAL_STANDARD_SET, planOutcome } from '@junheng/domain';
import { describe, expect, it } from 'vitest';
import { HighsBackend } from './backends/highs-backend';
import { JslpBackend } from './backends/jslp-backend';
import type { SolverBackend } from './backends/solver-backend';
import { solveRegion } from './solve-region';
import { region, school, section, staff, teacher } from './test-support/hand-made';
import { scenarioFor } from './test-support/scenario';

const backends: SolverBackend[] = [new HighsBackend(), new JslpBackend()];

/**
 * Rural school V: 100 students, 3 qualified core teachers in class (1 backbone), and two on loan to the
 * township office (借调): LP (PE, 本科) and LC (语文, 本科). Loaned teachers count nowhere: before the plan
 * R is 100 / 3 = 33.3 (needs 6 teachers, short 3), Q1 3 per 100 (needs 5, short 2), Q3 0 (needs 1, short 1).
 * Quota 6: 3 posts held (loaned teachers hold none), 3 vacant. No other school, nobody eligible to rotate.
 * A recall costs 0 (standard set), the cheapest lawful hire 92,000 (rural 大专).
 * Optimum: recall LP (serves Q3) and LC (serves Q1), hire 1 qualified teacher (R): 92,000.
 */
function teachersOnLoan() {
  const teachers = [
    ...staff('V', 'V', 3, (i) => ({ backbone: i === 0 ? 'COUNTY' : 'NONE' })),
    teacher('LP', 'V', { subject: '体育', status: 'ON_LOAN' }),
    teacher('LC', 'V', { status: 'ON_LOAN' }),
  ];
  return region([school('V', 'RURAL', 0, 6)], [section('V', 100, 3)], teachers);
}

const check = (plan: Parameters<typeof planOutcome>[2], indicator: string) =>
  planOutcome(teachersOnLoan(), NATIONAL_STANDARD_SET, plan).after[0]!.checks.find((c) => c.indicator === indicator)!;

describe('recalls from loan (借调返校)', () => {
  for (const backend of backends) {
    it(`recalls both teachers on loan before hiring one (${backend.name})`, async () => {
      const data = teachersOnLoan();
      const r = await solveRegion({ region: data, standardSet: NATIONAL_STANDARD_SET, scenario: scenarioFor(data, { mipGap: 0 }), options: { backend } });
      expect(r.plan.recalls).toEqual([
        { staffNo: 'LC', schoolCode: 'V', level: 'PRIMARY', reason: '借调返校，补足高于规定学历教师（Q1）：School V', indicator: 'Q1', startDate: '2027-09-01', annualCost: 0 },
        { staffNo: 'LP', schoolCode: 'V', level: 'PRIMARY', reason: '借调返校，补足体育艺术教师（Q3）：School V', indicator: 'Q3', startDate: '2027-09-01', annualCost: 0 },
      ]);
      expect(r.plan.hires).toEqual([expect.objectContaining({ schoolCode: 'V', subjectGroup: 'CORE', education: 'ASSOCIATE', count: 1, extraQuota: 0, indicator: 'R' })]);
      expect(r.plan.cost).toEqual({ total: 92_000, hires: 92_000, rotation: 0, transport: 0, extraQuota: 0, classrooms: 0, postTransfers: 0, recalls: 0 });
      expect(r.plan.shortfalls).toEqual([]);
      expect(r.plan.check).toEqual({ passes: true, violations: [] });
      // After: 6 teachers (100 / 6 = 16.7 <= 19), 6 qualified (6 per 100 >= 4.2), 1 PE (1 per 100 >= 0.9).
      expect(check(r.plan, 'R')).toMatchObject({ value: 100 / 6, passes: true });
      expect(check(r.plan, 'Q1')).toMatchObject({ value: 6, passes: true });
      expect(check(r.plan, 'Q3')).toMatchObject({ value: 1, passes: true });
    });
  }

  it('with recall scope NONE it hires 3 (one of them PE): 276,000', async () => {
    const data = teachersOnLoan();
    const r = await solveRegion({ region: data, standardSet: NATIONAL_STANDARD_SET, scenario: scenarioFor(data, { mipGap: 0, recalls: { kind: 'NONE' } }) });
    expect(r.plan.recalls).toEqual([]);
    expect(r.plan.hires.reduce((n, h) => n + h.count, 0)).toBe(3);
    expect(r.plan.hires.filter((h) => h.subjectGroup === 'PE_ARTS').reduce((n, h) => n + h.count, 0)).toBe(1);
    expect(r.plan.cost.total).toBe(276_000);
    expect(r.plan.check.passes).toBe(true);
  });

  it('with recall scope LISTED it recalls only the listed teacher (LP) and hires 2: 184,000', async () => {
    const data = teachersOnLoan();
    const r = await solveRegion({ region: data, standardSet: NATIONAL_STANDARD_SET, scenario: scenarioFor(data, { mipGap: 0, recalls: { kind: 'LISTED', staffNos: ['LP'] } }) });
    expect(r.plan.recalls?.map((x) => x.staffNo)).toEqual(['LP']);
    expect(r.plan.hires.reduce((n, h) => n + h.count, 0)).toBe(2);
    expect(r.plan.cost.total).toBe(184_000);
    expect(r.plan.check.passes).toBe(true);
  });

  it('charges the standard set\'s recall cost (2 x 5,000 + 92,000 = 102,000), still before hires', async () => {
    const data = teachersOnLoan();
    const scenario = scenarioFor(data, { mipGap: 0, overrides: { recall: { costPerTeacher: 5_000 } } });
    const r = await solveRegion({ region: data, standardSet: NATIONAL_STANDARD_SET, scenario });
    expect(r.plan.recalls).toHaveLength(2);
    expect(r.plan.cost).toMatchObject({ total: 102_000, hires: 92_000, recalls: 10_000 });
    expect(r.plan.spendingByLevel).toEqual([{ level: 'PRIMARY', amount: 102_000 }]);
    expect(r.plan.check.passes).toBe(true);
  });

  it('a recall needs a post: with quota 3 (none vacant) the posts come from a school with surplus', async () => {
    // Add T (town, 200 students, 12 teachers, quota 17: 5 posts movable, see post-transfers.test.ts).
    const base = teachersOnLoan();
    const data = region(
      [school('V', 'RURAL', 0, 3), school('T', 'TOWN', 5, 17)],
      [...base.sections, section('T', 200, 5)],
      [...base.teachers, ...staff('T', 'T', 12, (i) => ({ backbone: i < 2 ? 'COUNTY' : 'NONE', subject: i >= 10 ? '体育' : '语文' }))],
    );
    const r = await solveRegion({ region: data, standardSet: NATIONAL_STANDARD_SET, scenario: scenarioFor(data, { mipGap: 0 }) });
    expect(r.plan.recalls).toHaveLength(2);
    expect(r.plan.postTransfers).toEqual([expect.objectContaining({ fromSchool: 'T', toSchool: 'V', posts: 3 })]);
    expect(r.plan.cost.total).toBe(92_000);
    expect(r.plan.check.passes).toBe(true);
    const applied = applyPlan(data, r.plan, { oversizedClassMin: 56 });
    expect(applied.problems).toEqual([]);
    expect(applied.changes.recalls).toEqual([{ staffNo: 'LC', schoolCode: 'V', level: 'PRIMARY' }, { staffNo: 'LP', schoolCode: 'V', level: 'PRIMARY' }]);
    expect(applied.region.teachers.filter((t) => t.status === 'ON_LOAN')).toEqual([]);
  });
});
