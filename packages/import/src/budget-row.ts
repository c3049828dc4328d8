import type { BudgetLine } from '@junheng/domain';
import type { RowReader } from './row-reader';

/** One row of 经费 / budgets.csv; undefined when a field is wrong (the problems are recorded). */
export function parseBudgetRow(r: RowReader): BudgetLine | undefined {
  const year = r.number('year', { integer: true, min: 2000, max: 2100 });
  const countyCode = r.text('county_code', { maxLength: 12 });
  const category = r.text('category', { maxLength: 50 });
  const amount = r.amount('amount');
  if (!r.ok || year === undefined || amount === undefined) return undefined;
  return { year, countyCode, category, amount };
}
