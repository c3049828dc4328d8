import { describe, expect, it } from 'vitest';
import { budgetCategoryOfCost, commitToBudget, planSpendingByLine } from './budget-lines';

describe('budget lines', () => {
  it('maps each cost kind to its budget line', () => {
    expect(['HIRE', 'EXTRA_QUOTA', 'ROTATION', 'TRANSPORT', 'CLASSROOM'].map((k) => budgetCategoryOfCost(k as never)))
      .toEqual(['新增教师经费', '新增教师经费', '交流轮岗补贴', '交流轮岗补贴', '基建']);
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
