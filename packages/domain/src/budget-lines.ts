import type { BudgetLine } from './types';

/** The kinds of yearly cost a plan incurs (PlanCost's parts). */
export const PLAN_COST_KINDS = ['HIRE', 'EXTRA_QUOTA', 'ROTATION', 'TRANSPORT', 'CLASSROOM'] as const;
export type PlanCostKind = (typeof PLAN_COST_KINDS)[number];

/** Budget categories (科目) of the demo county and of most bureaus' budgets. */
export const BUDGET_CATEGORY = {
  HIRES: '新增教师经费',
  ROTATION: '交流轮岗补贴',
  CONSTRUCTION: '基建',
} as const;

/**
 * The budget line (科目) a plan's cost of this kind is drawn from by default: new teachers and their
 * extra quota from 新增教师经费, rotation and transport allowances from 交流轮岗补贴, new classrooms
 * from 基建. The one mapping used by the solver (which lines bound which spending), the plan's
 * `spendingByLine`, and apply (which lines a plan commits to).
 */
export function budgetCategoryOfCost(kind: PlanCostKind): string {
  switch (kind) {
    case 'HIRE':
    case 'EXTRA_QUOTA':
      return BUDGET_CATEGORY.HIRES;
    case 'ROTATION':
    case 'TRANSPORT':
      return BUDGET_CATEGORY.ROTATION;
    case 'CLASSROOM':
      return BUDGET_CATEGORY.CONSTRUCTION;
  }
}

/** What is left on a budget line: its amount minus what applied plans committed, never below 0. */
export function budgetLineRemaining(line: Pick<BudgetLine, 'amount' | 'committed'>): number {
  return Math.max(0, line.amount - (line.committed ?? 0));
}
