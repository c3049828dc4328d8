import type { Plan } from './plan';
import type { BudgetLine } from './types';

/** The kinds of yearly cost a plan incurs (PlanCost's parts). */
export const PLAN_COST_KINDS = ['HIRE', 'EXTRA_QUOTA', 'ROTATION', 'TRANSPORT', 'CLASSROOM', 'POST_TRANSFER', 'RECALL'] as const;
export type PlanCostKind = (typeof PLAN_COST_KINDS)[number];
/** The kinds of cost apply commits (the same as a plan's). */
export type CostKind = PlanCostKind;

/** Budget categories (科目) of the demo county and of most bureaus' budgets. */
export const BUDGET_CATEGORY = {
  HIRES: '新增教师经费',
  ROTATION: '交流轮岗补贴',
  CONSTRUCTION: '基建',
} as const;

/**
 * The budget line (科目) a plan's cost of this kind is drawn from by default: new teachers and their
 * extra quota from 新增教师经费, rotation and transport allowances from 交流轮岗补贴, new classrooms
 * from 基建; post transfers (编制调剂) and recalls from loan (借调返校) are staffing costs, drawn from
 * 新增教师经费 like the hires they stand in for. The one mapping used by the solver (which lines bound which spending), the plan's
 * `spendingByLine`, and apply (which lines a plan commits to).
 */
export function budgetCategoryOfCost(kind: PlanCostKind): string {
  switch (kind) {
    case 'HIRE':
    case 'EXTRA_QUOTA':
    case 'POST_TRANSFER':
    case 'RECALL':
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

/**
 * What a plan draws from each budget line in its year: its own `spendingByLine` when the solver gave
 * one, else its cost by kind mapped with `budgetCategoryOfCost`. Lines of 0 are left out; order is
 * the first appearance.
 */
export function planSpendingByLine(plan: Pick<Plan, 'cost' | 'spendingByLine'>): Array<{ category: string; amount: number }> {
  const byCategory = new Map<string, number>();
  const add = (category: string, amount: number) => {
    if (amount > 0) byCategory.set(category, (byCategory.get(category) ?? 0) + amount);
  };
  if (plan.spendingByLine) {
    for (const line of plan.spendingByLine) add(line.category, line.amount);
  } else {
    const cost = plan.cost;
    add(budgetCategoryOfCost('HIRE'), cost.hires);
    add(budgetCategoryOfCost('EXTRA_QUOTA'), cost.extraQuota);
    add(budgetCategoryOfCost('ROTATION'), cost.rotation);
    add(budgetCategoryOfCost('TRANSPORT'), cost.transport);
    add(budgetCategoryOfCost('CLASSROOM'), cost.classrooms ?? 0);
    add(budgetCategoryOfCost('POST_TRANSFER'), cost.postTransfers ?? 0);
    add(budgetCategoryOfCost('RECALL'), cost.recalls ?? 0);
  }
  return [...byCategory].map(([category, amount]) => ({ category, amount }));
}

/** One budget line's account after a plan draws on it. `amount` 0 and `exists` false: the county has no such line that year. */
export interface BudgetCommitment {
  countyCode: string;
  year: number;
  category: string;
  exists: boolean;
  amount: number;
  committedBefore: number;
  draw: number;
  committedAfter: number;
  /** committedAfter exceeds amount. */
  overrun: boolean;
}

/**
 * Commits a plan's draws to the county's budget lines of `year` (lines of one category are summed).
 * Pure: returns the account per category drawn on and the budget lines after (the first line of a
 * category carries the new commitment; a missing line is added with amount 0, so the overrun shows).
 */
export function commitToBudget(
  budgets: readonly BudgetLine[],
  countyCode: string,
  year: number,
  draws: ReadonlyArray<{ category: string; amount: number }>,
): { commitments: BudgetCommitment[]; budgetsAfter: BudgetLine[] } {
  const budgetsAfter = budgets.map((b) => ({ ...b }));
  const commitments: BudgetCommitment[] = [];
  for (const draw of draws) {
    const lines = budgetsAfter.filter((b) => b.countyCode === countyCode && b.year === year && b.category === draw.category);
    const amount = lines.reduce((sum, b) => sum + b.amount, 0);
    const committedBefore = lines.reduce((sum, b) => sum + (b.committed ?? 0), 0);
    const committedAfter = committedBefore + draw.amount;
    if (lines[0]) lines[0].committed = (lines[0].committed ?? 0) + draw.amount;
    else budgetsAfter.push({ year, countyCode, category: draw.category, amount: 0, committed: draw.amount });
    commitments.push({
      countyCode, year, category: draw.category, exists: lines.length > 0, amount, committedBefore, draw: draw.amount, committedAfter,
      // Whole yuan and fen: compare in fen so that 0.1 + 0.2 never overruns a line of 0.3.
      overrun: Math.round(committedAfter * 100) > Math.round(amount * 100),
    });
  }
  return { commitments, budgetsAfter };
}
