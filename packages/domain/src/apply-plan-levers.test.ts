import { describe, expect, it } from 'vitest';
import { applyPlan } from './apply-plan';
import type { Plan } from './plan';
import { postsHeldBySchool, vacancies } from './posts-held';
import { school, section, teacher, teachers } from './test-support/fixtures';

const RULES = { oversizedClassMin: 56 };

function plan(parts: Partial<Plan>): Plan {
  return {
    county: '000001', year: 2027, backend: 'test', status: 'OPTIMAL', gap: 0, cost: { total: 0, hires: 0, rotation: 0, transport: 0, extraQuota: 0 },
    rotations: [], hires: [], classSplits: [], shortfalls: [], check: { passes: true, violations: [] }, ...parts,
  };
}

/** T: quota 17, 12 teachers (5 vacant). V: quota 3, 3 teachers, L on loan from it. U: another county. */
function region() {
  return {
    schools: [school('T', { quota: 17 }), school('V', { quota: 3 }), school('U', { quota: 4, countyCode: '000002' })],
    sections: [section('T', 'PRIMARY', 200, 5), section('V', 'PRIMARY', 100, 3), section('U', 'PRIMARY', 40, 2)],
    teachers: [...teachers(12, { schoolCode: 'T' }), ...teachers(3, { schoolCode: 'V' }), teacher({ staffNo: 'L', schoolCode: 'V', status: 'ON_LOAN' })],
    budgets: [],
  };
}

describe('applyPlan: post transfers and recalls', () => {
  it('moves quota between schools, recalls the teacher and earmarks the hires, leaving the input alone', () => {
    const input = region();
    const applied = applyPlan(input, plan({
      postTransfers: [{ fromSchool: 'T', toSchool: 'V', posts: 3, reason: '调入空编 3 个，用于补足教职工编制缺口：学校V' }],
      recalls: [{ staffNo: 'L', schoolCode: 'V', level: 'PRIMARY', reason: '借调返校', startDate: '2027-09-01' }],
      hires: [{ schoolCode: 'V', level: 'PRIMARY', subjectGroup: 'CORE', education: 'ASSOCIATE', count: 2, annualCost: 184_000 }],
    }), RULES);
    expect(applied.problems).toEqual([]);
    expect(applied.changes.postTransfers).toEqual([{ fromSchool: 'T', toSchool: 'V', posts: 3, reason: '调入空编 3 个，用于补足教职工编制缺口：学校V' }]);
    expect(applied.changes.quotaChanges).toEqual([
      { schoolCode: 'T', quotaBefore: 17, quotaAfter: 14, transferredIn: 0, transferredOut: 3, extraQuota: 0 },
      { schoolCode: 'V', quotaBefore: 3, quotaAfter: 6, transferredIn: 3, transferredOut: 0, extraQuota: 0 },
    ]);
    expect(applied.changes.recalls).toEqual([{ staffNo: 'L', schoolCode: 'V', level: 'PRIMARY' }]);
    const after = applied.region;
    expect(after.teachers.find((t) => t.staffNo === 'L')!.status).toBe('ACTIVE');
    // V after: quota 6, 4 posts held (3 + the recalled teacher), 2 earmarked for the hires: 0 vacant.
    const v = after.schools.find((s) => s.code === 'V')!;
    expect(v).toMatchObject({ quota: 6, earmarkedPosts: 2 });
    expect(vacancies(v, postsHeldBySchool(after.teachers))).toBe(0);
    // T after: quota 14, 12 held: 2 vacant.
    expect(vacancies(after.schools.find((s) => s.code === 'T')!, postsHeldBySchool(after.teachers))).toBe(2);
    expect(input.schools[0]!.quota).toBe(17);
    expect(input.teachers.find((t) => t.staffNo === 'L')!.status).toBe('ON_LOAN');
  });

  it('reports rows that do not fit: posts not vacant, another county, a bad count, a teacher not on loan or at another school', () => {
    const data = region();
    const active = data.teachers[0]!.staffNo;
    const applied = applyPlan(data, plan({
      postTransfers: [
        { fromSchool: 'T', toSchool: 'V', posts: 6, reason: '' },
        { fromSchool: 'T', toSchool: 'U', posts: 1, reason: '' },
        { fromSchool: 'T', toSchool: 'V', posts: 0, reason: '' },
        { fromSchool: 'X', toSchool: 'V', posts: 1, reason: '' },
      ],
      recalls: [
        { staffNo: 'L', schoolCode: 'T', level: 'PRIMARY', reason: '', startDate: '2027-09-01' },
        { staffNo: 'NOBODY', schoolCode: 'V', level: 'PRIMARY', reason: '', startDate: '2027-09-01' },
        { staffNo: active, schoolCode: 'T', level: 'PRIMARY', reason: '', startDate: '2027-09-01' },
      ],
    }), RULES);
    expect(applied.problems).toEqual([
      '借调返校：教师 L 的编制不在 T',
      '借调返校：教师 NOBODY 不在名册中',
      expect.stringMatching(/当前不是借调状态$/),
      '编制调剂 学校T → 学校U：只能在同一县内的不同学校之间调剂',
      '编制调剂 学校T → 学校V：编制数 0 无效',
      '编制调剂 X → V：学校不在当前数据中',
      '编制调剂：学校T 调出 6 个编制，超出其空编（5 个，本校招聘和返校占用 0 个）',
    ]);
    expect(applied.changes.recalls).toEqual([]);
  });
});
