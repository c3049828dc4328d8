import { describe, expect, it } from 'vitest';
import { checkPlan } from './plan-checker';
import type { Plan, PlanPostTransfer, PlanRecall } from './plan';
import { PLAN_RULE_LABELS_ZH } from './plan-rule-labels';
import { isRecallInScope, recallableTeachers, recallReason } from './recalls';
import { DEFAULT_SCENARIO, type ScenarioParameters } from './scenario';
import { NATIONAL_STANDARD_SET } from './standard-set';
import { school, section, teacher, teachers } from './test-support/fixtures';
import type { RegionData } from './types';

/**
 * T: 200 pupils, 13 teachers (2 backbone, 2 PE), quota 17: 4 vacant, its ratio needs 11 posts.
 * V: 100 pupils, 3 teachers (1 backbone, 1 PE), quota 3 (none vacant), and L on loan from it (PE). A teaches at T
 * (not on loan). U: an empty school of another county.
 * Hires cost 90,000 (any area, 大专), extra quota 20,000.
 */
function region(): RegionData {
  return {
    counties: [{ code: '000001', name: 'County' }],
    schools: [school('T', { quota: 17 }), school('V', { quota: 3, area: 'RURAL' }), school('U', { quota: 10, countyCode: '000002' })],
    sections: [section('T', 'PRIMARY', 200, 5), section('V', 'PRIMARY', 100, 3), section('U', 'PRIMARY', 0, 0)],
    teachers: [
      ...teachers(2, { schoolCode: 'T', backbone: 'COUNTY', startedAtSchool: '2024-09' }),
      ...teachers(2, { schoolCode: 'T', subject: '体育', startedAtSchool: '2024-09' }),
      ...teachers(8, { schoolCode: 'T', startedAtSchool: '2024-09' }),
      teacher({ schoolCode: 'V', backbone: 'COUNTY', startedAtSchool: '2024-09' }),
      teacher({ schoolCode: 'V', subject: '体育', startedAtSchool: '2024-09' }),
      teacher({ schoolCode: 'V', startedAtSchool: '2024-09' }),
      teacher({ staffNo: 'L', schoolCode: 'V', subject: '体育', status: 'ON_LOAN', startedAtSchool: '2024-09' }),
      teacher({ staffNo: 'A', schoolCode: 'T', startedAtSchool: '2024-09' }),
    ],
    budgets: [],
    costTables: ['000001', '000002'].map((countyCode) => ({
      countyCode, hire: (['URBAN', 'TOWN', 'RURAL'] as const).map((area) => ({ area, education: 'ASSOCIATE' as const, amount: 90_000 })),
      rotationAllowance: 12_000, transport: [{ minKm: 0, amount: 0 }], extraQuota: 20_000,
    })),
  };
}

const scenario = (over: Partial<ScenarioParameters> = {}): ScenarioParameters => ({ ...DEFAULT_SCENARIO, countyCodes: ['000001'], year: 2027, ...over });
const transfer = (posts: number, over: Partial<PlanPostTransfer> = {}): PlanPostTransfer => ({ fromSchool: 'T', toSchool: 'V', posts, reason: '', annualCost: 0, ...over });
const recall = (staffNo: string, over: Partial<PlanRecall> = {}): PlanRecall => ({ staffNo, schoolCode: 'V', level: 'PRIMARY', reason: '', startDate: '2027-09-01', annualCost: 0, ...over });
const hire = (count: number) => ({ schoolCode: 'V', level: 'PRIMARY' as const, subjectGroup: 'CORE' as const, education: 'ASSOCIATE' as const, count, annualCost: count * 90_000 });

/** V gets 3 posts from T, recalls L and hires 2 (V: 3 + 1 + 2 = 6 teachers, R needs 6; Q1 6 of 5). */
function plan(parts: Partial<Plan> = {}): Plan {
  return {
    county: '000001', year: 2027, backend: 'test', status: 'OPTIMAL', gap: 0,
    cost: { total: 180_000, hires: 180_000, rotation: 0, transport: 0, extraQuota: 0, classrooms: 0, postTransfers: 0, recalls: 0 },
    rotations: [], hires: [hire(2)], classSplits: [], postTransfers: [transfer(3)], recalls: [recall('L')],
    shortfalls: [], check: { passes: true, violations: [] }, ...parts,
  };
}

const rules = (p: Plan, s = scenario()) => checkPlan(region(), NATIONAL_STANDARD_SET, s, p).violations.map((v) => v.rule);

describe('checkPlan: post transfers and recalls', () => {
  it('accepts vacant posts moved within the limits and a recall of a teacher on loan', () => {
    expect(checkPlan(region(), NATIONAL_STANDARD_SET, scenario(), plan())).toEqual({ passes: true, violations: [] });
  });

  it('refuses transfers over the yearly limit, below the sender\'s own need, of posts not vacant, across counties, or switched off', () => {
    // The yearly limit set to 2: T sends 3.
    expect(rules(plan(), scenario({ overrides: { postTransfer: { maxOutPerSchool: 2 } } }))).toContain('POST_TRANSFER_LIMIT');
    // T's quota 17 - 7 = 10 < the 11 its ratio needs (and only 4 are vacant).
    const seven = plan({ postTransfers: [transfer(7)] });
    expect(rules(seven, scenario({ overrides: { postTransfer: { maxOutPerSchool: 10 } } }))).toEqual(expect.arrayContaining(['POST_TRANSFER_DONOR_STANDARD', 'POST_TRANSFER']));
    expect(rules(plan({ postTransfers: [transfer(3, { toSchool: 'U' })], hires: [], recalls: [], cost: { ...plan().cost, total: 0, hires: 0 } }))).toContain('POST_TRANSFER');
    expect(rules(plan(), scenario({ allowPostTransfers: false }))).toEqual(['POST_TRANSFER']);
  });

  it('prices transfers from the standard set and checks the plan\'s figure', () => {
    const s = scenario({ overrides: { postTransfer: { costPerPost: 1_000 } } });
    expect(rules(plan(), s)).toEqual(['COST_MISMATCH', 'COST_MISMATCH', 'COST_MISMATCH']);
    const priced = plan({ postTransfers: [transfer(3, { annualCost: 3_000 })], cost: { ...plan().cost, total: 183_000, postTransfers: 3_000 } });
    expect(rules(priced, s)).toEqual([]);
  });

  it('refuses extra quota while a school of the county could still send a vacant post', () => {
    // No transfer: V's 2 hires and 1 recall take 3 posts of extra quota (60,000) while T has 4 movable.
    const extra = plan({ postTransfers: [], cost: { ...plan().cost, total: 240_000, extraQuota: 60_000 } });
    expect(rules(extra, scenario({ extraQuotaPerSchool: 3 }))).toEqual(['EXTRA_QUOTA_BEFORE_TRANSFER']);
    expect(rules(extra, scenario({ extraQuotaPerSchool: 3, allowPostTransfers: false }))).toEqual([]);
  });

  it('recalls only teachers on loan from the row\'s school, within the scenario\'s scope', () => {
    expect(rules(plan({ recalls: [recall('A')] }))).toContain('RECALL_NOT_ON_LOAN');
    expect(rules(plan({ recalls: [recall('L', { level: 'JUNIOR' })] }))).toContain('RECALL_NOT_ON_LOAN');
    expect(rules(plan({ recalls: [recall('L', { schoolCode: 'T' })] }))).toContain('RECALL_NOT_ON_LOAN');
    expect(rules(plan(), scenario({ recalls: { kind: 'NONE' } }))).toEqual(['RECALL_OUT_OF_SCOPE']);
    expect(rules(plan(), scenario({ recalls: { kind: 'LISTED', staffNos: ['X'] } }))).toEqual(['RECALL_OUT_OF_SCOPE']);
    expect(rules(plan(), scenario({ recalls: { kind: 'LISTED', staffNos: ['L'] } }))).toEqual([]);
    expect(rules(plan(), scenario({ lockedStaffNos: ['L'] }))).toEqual(['RECALL_OUT_OF_SCOPE']);
    expect(rules(plan({ recalls: [recall('NOBODY')] }))).toContain('UNKNOWN_TEACHER');
    expect(rules(plan({ recalls: [recall('L'), recall('L')] }))).toContain('TEACHER_MOVES_TWICE');
  });

  it('counts a recalled teacher at their school: without the recall V misses R and must report it', () => {
    const without = plan({ recalls: [] });
    expect(rules(without)).toEqual(expect.arrayContaining(['SHORTFALL_NOT_REPORTED']));
  });

  it('a recalled teacher brings teaching time to a class split (15 periods a week)', () => {
    // V splits 3 -> 4 classes (one spare classroom): 28 periods more. V's 3 teachers give 45 for 84 taken: no
    // spare. One hire (15) is not enough; with L recalled, 30 >= 28.
    const data = region();
    data.schools = data.schools.map((s) => (s.code === 'V' ? { ...s, classrooms: 4 } : s));
    const split = { schoolCode: 'V', level: 'PRIMARY' as const, classesBefore: 3, classesAfter: 4, classroomsBuilt: 0, annualCost: 0 };
    const base = plan({ hires: [hire(1)], postTransfers: [transfer(2)], classSplits: [split], cost: { ...plan().cost, total: 90_000, hires: 90_000 } });
    const found = (p: Plan) => checkPlan(data, NATIONAL_STANDARD_SET, scenario(), p).violations.map((v) => v.rule);
    expect(found(base)).not.toContain('SPLIT_NO_TEACHING_TIME');
    expect(found({ ...base, recalls: [] })).toContain('SPLIT_NO_TEACHING_TIME');
  });

  it('labels every new rule in Chinese', () => {
    for (const rule of ['POST_TRANSFER', 'POST_TRANSFER_LIMIT', 'POST_TRANSFER_DONOR_STANDARD', 'EXTRA_QUOTA_BEFORE_TRANSFER', 'RECALL_NOT_ON_LOAN', 'RECALL_OUT_OF_SCOPE'] as const) {
      expect(PLAN_RULE_LABELS_ZH[rule]).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe('recall scope', () => {
  it('ALL, NONE and LISTED; locked and excluded teachers stay on loan', () => {
    const loaned = [teacher({ staffNo: 'L1', status: 'ON_LOAN' }), teacher({ staffNo: 'L2', status: 'ON_LOAN' }), teacher({ staffNo: 'A1' })];
    const base = { lockedStaffNos: [], excludedStaffNos: [] };
    expect(recallableTeachers(loaned, { ...base }).map((t) => t.staffNo)).toEqual(['L1', 'L2']);
    expect(recallableTeachers(loaned, { ...base, recalls: { kind: 'NONE' } })).toEqual([]);
    expect(recallableTeachers(loaned, { ...base, recalls: { kind: 'LISTED', staffNos: ['L2', 'A1'] } }).map((t) => t.staffNo)).toEqual(['L2']);
    expect(recallableTeachers(loaned, { lockedStaffNos: [], excludedStaffNos: ['L1'] }).map((t) => t.staffNo)).toEqual(['L2']);
    expect(isRecallInScope({ kind: 'LISTED', staffNos: ['L1'] }, 'L2')).toBe(false);
    expect(recallReason('Q3', '东源村小学')).toBe('借调返校，补足体育艺术教师（Q3）：东源村小学');
    expect(recallReason(null, '东源村小学')).toBe('借调返校：东源村小学');
    const bad = { ...base, recalls: { kind: 'SOME' } } as unknown as Parameters<typeof recallableTeachers>[1];
    expect(() => recallableTeachers(loaned, bad)).toThrow(/应为 ALL、NONE 或 LISTED，收到 "SOME"/);
    const noList = { ...base, recalls: { kind: 'LISTED' } } as unknown as Parameters<typeof recallableTeachers>[1];
    expect(() => recallableTeachers(loaned, noList)).toThrow(expect.objectContaining({ code: 'BAD_RECALL_SCOPE' }));
  });
});
