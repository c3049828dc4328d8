import type { BudgetLine, CostTable, Teacher } from '@junheng/domain';
import { defaultCostTable } from '@junheng/domain';

/** The demo cost table: the domain's default costs (hires by area and education, rotation allowance, transport bands, extra quota, a new classroom). */
export function demoCostTable(countyCode: string): CostTable {
  return defaultCostTable(countyCode);
}

/**
 * The county's budget lines for the year. The money for new teachers and rotations is far below what
 * closing every gap would cost, so a plan has to choose.
 */
export function demoBudgets(countyCode: string, year: number, teachers: readonly Teacher[]): BudgetLine[] {
  const salaries = Math.round(teachers.reduce((sum, t) => sum + t.annualCost, 0) / 10_000) * 10_000;
  return [
    { year, countyCode, category: '人员经费', amount: salaries },
    { year, countyCode, category: '交流轮岗补贴', amount: 1_500_000 },
    { year, countyCode, category: '新增教师经费', amount: 6_000_000 },
    { year, countyCode, category: '奖励基金', amount: 10_000_000 },
    { year, countyCode, category: '基建', amount: 35_000_000 },
  ];
}
