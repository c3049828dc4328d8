import { describe, expect, it } from 'vitest';
import { budgetCategoryOfCost, budgetLineRemaining, commitToBudget, PLAN_COST_KINDS, planSpendingByLine } from './budget-lines';

describe('budgetCategoryOfCost', () => {
  it('draws hires from 新增教师经费, allowances from 交流轮岗补贴 and classrooms from 基建', () => {
    expect(Object.fromEntries(PLAN_COST_KINDS.map((k) => [k, budgetCategoryOfCost(k)]))).toEqual({
      HIRE: '新增教师经费', EXTRA_QUOTA: '新增教师经费', ROTATION: '交流轮岗补贴', TRANSPORT: '交流轮岗补贴', CLASSROOM: '基建', POST_TRANSFER: '新增教师经费', RECALL: '新增教师经费',
    });
  });
  it('leaves a line its amount minus what is committed, never less than 0', () => {
    expect(budgetLineRemaining({ amount: 1_500_000, committed: 400_000 })).toBe(1_100_000);
    expect(budgetLineRemaining({ amount: 1_500_000 })).toBe(1_500_000);
    expect(budgetLineRemaining({ amount: 100, committed: 300 })).toBe(0);
  });
  it('sums a plan\'s cost by line, leaving out lines of 0', () => {
    expect(planSpendingByLine({ cost: { total: 300, hires: 100, extraQuota: 50, rotation: 0, transport: 150 } }))
      .toEqual([{ category: '新增教师经费', amount: 150 }, { category: '交流轮岗补贴', amount: 150 }]);
  });

  it('compares in fen: 0.1 + 0.2 fits a line of 0.3', () => {
    const { commitments } = commitToBudget([{ year: 2027, countyCode: 'C', category: 'x', amount: 0.3, committed: 0.1 }], 'C', 2027, [{ category: 'x', amount: 0.2 }]);
    expect(commitments[0]!.overrun).toBe(false);
  });
});
