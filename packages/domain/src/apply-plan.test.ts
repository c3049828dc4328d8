import { describe, expect, it } from 'vitest';
import { applyPlan, sectionsWithPlannedClasses } from './apply-plan';
import type { Plan } from './plan';
import { postsHeldBySchool, vacancies } from './posts-held';
import { school, section, teacher, teachers } from './test-support/fixtures';
import type { BudgetLine } from './types';

const COST = { total: 0, hires: 0, rotation: 0, transport: 0, extraQuota: 0 };
const RULES = { oversizedClassMin: 56 };

function plan(parts: Partial<Plan>): Plan {
  return {
    county: '000001', year: 2027, backend: 'test', status: 'OPTIMAL', gap: 0, cost: COST,
    rotations: [], hires: [], classSplits: [], shortfalls: [], check: { passes: true, violations: [] }, ...parts,
  };
}

describe('applyPlan', () => {
  it('moves a rotating teacher, records home school and a 3-year term, and leaves the input alone', () => {
    const t = teacher({ schoolCode: 'A' });
    const region = { schools: [school('A'), school('R')], sections: [section('A', 'PRIMARY', 100, 3), section('R', 'PRIMARY', 50, 2)], teachers: [t], budgets: [] };
    const applied = applyPlan(region, plan({
      rotations: [{ staffNo: t.staffNo, fromSchool: 'A', toSchool: 'R', level: 'PRIMARY', reason: '', startDate: '2027-09-01', termYears: 3 }],
    }), RULES);
    expect(applied.problems).toEqual([]);
    expect(applied.changes.moves).toEqual([{ staffNo: t.staffNo, level: 'PRIMARY', fromSchool: 'A', toSchool: 'R', homeSchoolCode: 'A', rotationEnd: '2030-09-01' }]);
    expect(applied.region.teachers[0]).toMatchObject({ schoolCode: 'R', homeSchoolCode: 'A', rotationEnd: '2030-09-01' });
    expect(region.teachers[0]!.schoolCode).toBe('A');
  });

  it('a teacher rotated back to the home school is home again, with no term', () => {
    const t = teacher({ schoolCode: 'R', homeSchoolCode: 'A', rotationEnd: '2028-09-01' });
    const applied = applyPlan({ schools: [], sections: [], teachers: [t], budgets: [] }, plan({
      rotations: [{ staffNo: t.staffNo, fromSchool: 'R', toSchool: 'A', level: 'PRIMARY', reason: '', startDate: '2027-09-01', termYears: 3 }],
    }), RULES);
    expect(applied.changes.moves[0]).toMatchObject({ homeSchoolCode: null, rotationEnd: null });
  });

  it('reports rows that do not fit the region and does not move them', () => {
    const t = teacher({ schoolCode: 'A' });
    const applied = applyPlan({ schools: [school('A')], sections: [section('A', 'PRIMARY', 10, 1)], teachers: [t], budgets: [] }, plan({
      rotations: [
        { staffNo: t.staffNo, fromSchool: 'B', toSchool: 'R', level: 'PRIMARY', reason: '', startDate: '2027-09-01', termYears: 3 },
        { staffNo: 'NOBODY', fromSchool: 'A', toSchool: 'R', level: 'PRIMARY', reason: '', startDate: '2027-09-01', termYears: 3 },
      ],
      hires: [{ schoolCode: 'A', level: 'JUNIOR', subjectGroup: 'CORE', education: 'BACHELOR', count: 1, annualCost: 1 }],
    }), RULES);
    expect(applied.problems).toHaveLength(3);
    expect(applied.changes.moves).toEqual([]);
    expect(applied.region.teachers[0]!.schoolCode).toBe('A');
  });

  it('earmarks hired posts so vacancies fall by the hires; extra quota adds posts', () => {
    // School A: quota 10, 6 teachers -> 4 vacancies. The plan hires 3 (1 of them on extra quota):
    // quota 11, 6 held, 3 earmarked -> 2 vacancies.
    const region = { schools: [school('A', { quota: 10 })], sections: [section('A', 'PRIMARY', 200, 5)], teachers: teachers(6, { schoolCode: 'A' }), budgets: [] };
    const applied = applyPlan(region, plan({
      hires: [
        { schoolCode: 'A', level: 'PRIMARY', subjectGroup: 'CORE', education: 'BACHELOR', count: 2, annualCost: 1 },
        { schoolCode: 'A', level: 'PRIMARY', subjectGroup: 'PE_ARTS', education: 'ASSOCIATE', count: 1, annualCost: 1, extraQuota: 1 },
      ],
    }), RULES);
    expect(vacancies(region.schools[0]!, postsHeldBySchool(region.teachers))).toBe(4);
    const after = applied.region.schools[0]!;
    expect(after).toMatchObject({ quota: 11, earmarkedPosts: 3 });
    expect(vacancies(after, postsHeldBySchool(applied.region.teachers))).toBe(2);
    expect(applied.changes.earmarks.map((e) => e.count)).toEqual([2, 1]);
    expect(applied.changes.extraQuota).toEqual([{ schoolCode: 'A', posts: 1 }]);
  });

  it('saves class splits as planned classes for the plan year', () => {
    // 120 students in 2 classes of 60 (both 56+); split into 3 classes of 40: none 56+.
    const applied = applyPlan({ schools: [school('A')], sections: [section('A', 'PRIMARY', 120, 2, 2)], teachers: [], budgets: [] }, plan({
      classSplits: [{ schoolCode: 'A', level: 'PRIMARY', classesBefore: 2, classesAfter: 3 }],
    }), RULES);
    expect(applied.changes.plannedClasses).toEqual([{ schoolCode: 'A', level: 'PRIMARY', year: 2027, classesBefore: 2, classesAfter: 3 }]);
    expect(applied.region.sections[0]).toMatchObject({ classes: 3, classes56Plus: 0 });
  });

  it('commits the cost to the budget lines of the plan year and flags an overrun', () => {
    // 新增教师经费 2027: 1,000,000, 200,000 committed; hires 700,000 + extra quota 50,000 -> 950,000 (fits).
    // 交流轮岗补贴 2027: 100,000; rotation 80,000 + transport 30,000 = 110,000 -> overrun by 10,000.
    const budgets: BudgetLine[] = [
      { year: 2027, countyCode: '000001', category: '新增教师经费', amount: 1_000_000, committed: 200_000 },
      { year: 2027, countyCode: '000001', category: '交流轮岗补贴', amount: 100_000 },
      { year: 2026, countyCode: '000001', category: '交流轮岗补贴', amount: 900_000 },
    ];
    const applied = applyPlan({ schools: [], sections: [], teachers: [], budgets }, plan({
      cost: { total: 860_000, hires: 700_000, extraQuota: 50_000, rotation: 80_000, transport: 30_000 },
    }), RULES);
    expect(applied.changes.budget).toEqual([
      expect.objectContaining({ category: '新增教师经费', amount: 1_000_000, committedBefore: 200_000, draw: 750_000, committedAfter: 950_000, overrun: false }),
      expect.objectContaining({ category: '交流轮岗补贴', amount: 100_000, committedBefore: 0, draw: 110_000, committedAfter: 110_000, overrun: true }),
    ]);
    expect(applied.region.budgets.map((b) => b.committed ?? 0)).toEqual([950_000, 110_000, 0]);
  });

  it('uses the plan\'s own spending by line when it has one', () => {
    const applied = applyPlan({ schools: [], sections: [], teachers: [], budgets: [] }, plan({
      cost: { ...COST, total: 5, hires: 5 }, spendingByLine: [{ category: '奖励基金', amount: 5 }],
    }), RULES);
    expect(applied.changes.budget).toEqual([expect.objectContaining({ category: '奖励基金', exists: false, amount: 0, draw: 5, overrun: true })]);
  });
});

describe('sectionsWithPlannedClasses', () => {
  it('counts the planned classes of the plan year, never fewer than the section has', () => {
    // 120 students in 2 classes (both 56+): planned 3 -> 3 classes of 40, none 56+. B: planned 1 < 4 classes: unchanged.
    const sections = [section('A', 'PRIMARY', 120, 2, 2), section('B', 'PRIMARY', 100, 4)];
    const after = sectionsWithPlannedClasses(sections, [{ schoolCode: 'A', level: 'PRIMARY', classes: 3 }, { schoolCode: 'B', level: 'PRIMARY', classes: 1 }], 56);
    expect(after[0]).toMatchObject({ classes: 3, classes56Plus: 0 });
    expect(after[1]).toBe(sections[1]);
  });
});
