import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { writeSession } from '../../auth/session-store';
import { renderWithProviders } from '../../test-support/render-with-providers';
import { PlanYearsOverview, withinCap } from './plan-years-overview';
import type { TargetResult, YearPlanSummary } from './plan-types';

const years: YearPlanSummary[] = [
  { year: 2027, cost: 780_000, carriedCost: 0, yearCost: 780_000, budgetCap: 800_000, rotations: 40, hires: 5, classSplits: 2, retirements: 0, returning: 0, students: 23_456, shortfallTeachers: 12.5, checkPasses: true },
  { year: 2028, cost: 300_000, carriedCost: 650_000, yearCost: 950_000, budgetCap: 900_000, rotations: 31, hires: 1, classSplits: 0, retirements: 7, returning: 3, students: 23_100, shortfallTeachers: 8, checkPasses: false },
  { year: 2029, cost: 100_000, carriedCost: 700_000, yearCost: 800_000, budgetCap: null, rotations: 12, hires: 0, classSplits: 1, retirements: 9, returning: 40, students: 22_800, shortfallTeachers: 4, checkPasses: true },
];
const targets: TargetResult[] = [
  { target: { kind: 'NO_OVERSIZED_CLASS', minSize: 56, by: '2028-09' }, year: 2028, inPlan: true, met: false, remaining: 3, unit: 'CLASSES' },
  { target: { kind: 'SIX_OF_SEVEN', minSize: null, by: '2031' }, year: 2029, inPlan: false, met: true, remaining: 0, unit: 'SECTIONS' },
];

function rowOf(year: string): HTMLElement {
  return screen.getAllByText(year).map((e) => e.closest('tr')).find((r): r is HTMLTableRowElement => r !== null)!;
}

describe('PlanYearsOverview', () => {
  it('gives each year\'s cost (new and carried) against its cap, what it does and the checker\'s verdict, under Chinese headings', () => {
    writeSession({ token: 't', expiresAt: '2099-01-01T00:00:00Z', user: { username: 'u', displayName: 'u', role: 'PLANNER', regionCode: '431124' } });
    renderWithProviders(<PlanYearsOverview years={years} targets={targets} totalCost={2_530_000} />);
    expect(screen.getByText('3年合计费用（含延续费用）：2,530,000')).toBeInTheDocument();
    for (const heading of ['学年', '年度费用（元）', '其中新增', '延续往年', '预算上限', '学生数', '交流（人）', '招聘（人）', '拆分班级', '退休（人）', '期满返校（人）', '剩余缺口（人）', '方案校验']) {
      expect(screen.getByRole('columnheader', { name: heading })).toBeInTheDocument();
    }
    const second = rowOf('2028年');
    expect(within(second).getByText('950,000')).toBeInTheDocument();
    expect(within(second).getByText('650,000')).toBeInTheDocument();
    expect(within(second).getByText('超出上限')).toBeInTheDocument();
    expect(within(second).getByText('未达标')).toBeInTheDocument();
    expect(within(second).getByText('7')).toBeInTheDocument();
    expect(within(rowOf('2027年')).getByText('未超上限')).toBeInTheDocument();
    expect(within(rowOf('2029年')).getByText('不设上限')).toBeInTheDocument();
    expect(within(rowOf('2029年')).getByText('40')).toBeInTheDocument();
  });

  it('says per dated target whether it is met and what remains, and when it is judged in the plan\'s last year', () => {
    renderWithProviders(<PlanYearsOverview years={years} targets={targets} totalCost={0} />);
    const oversized = screen.getByText('消除 56 人及以上的班级').closest('tr')!;
    expect(within(oversized).getByText('未达成')).toBeInTheDocument();
    expect(within(oversized).getByText('3 个班')).toBeInTheDocument();
    const six = screen.getByText('各学段七项资源指标至少六项达标').closest('tr')!;
    expect(within(six).getByText('已达成')).toBeInTheDocument();
    expect(within(six).getByText('2029（目标在方案之后，按方案末年评估）')).toBeInTheDocument();
    expect(within(six).getByText('0 个学段')).toBeInTheDocument();
  });

  it('has no targets card without targets, and reads in English', () => {
    renderWithProviders(<PlanYearsOverview years={years} targets={[]} totalCost={1} />, { locale: 'en' });
    expect(screen.queryByText('Dated targets')).toBeNull();
    expect(screen.getByRole('columnheader', { name: 'Carried' })).toBeInTheDocument();
    expect(within(rowOf('2028')).getByText('Over cap')).toBeInTheDocument();
  });

  it('a year is within its cap at or under it, and always without one', () => {
    expect(withinCap({ yearCost: 900_000, budgetCap: 900_000 })).toBe(true);
    expect(withinCap({ yearCost: 900_001, budgetCap: 900_000 })).toBe(false);
    expect(withinCap({ yearCost: 5, budgetCap: null })).toBe(true);
  });
});
