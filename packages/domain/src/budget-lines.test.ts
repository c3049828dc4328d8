import { describe, expect, it } from 'vitest';
import { budgetCategoryOfCost, budgetLineRemaining, PLAN_COST_KINDS } from './budget-lines';

describe('budgetCategoryOfCost', () => {
  it('draws hires from 新增教师经费, allowances from 交流轮岗补贴 and classrooms from 基建', () => {
    expect(Object.fromEntries(PLAN_COST_KINDS.map((k) => [k, budgetCategoryOfCost(k)]))).toEqual({
      HIRE: '新增教师经费', EXTRA_QUOTA: '新增教师经费', ROTATION: '交流轮岗补贴', TRANSPORT: '交流轮岗补贴', CLASSROOM: '基建',
    });
  });
  it('leaves a line its amount minus what is committed, never less than 0', () => {
    expect(budgetLineRemaining({ amount: 1_500_000, committed: 400_000 })).toBe(1_100_000);
    expect(budgetLineRemaining({ amount: 1_500_000 })).toBe(1_500_000);
    expect(budgetLineRemaining({ amount: 100, committed: 300 })).toBe(0);
  });
});
