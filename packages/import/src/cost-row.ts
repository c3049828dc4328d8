import type { CostItemRow } from '@junheng/db';
import type { RowReader } from './row-reader';
import { AREA_VALUES, COST_ITEM_VALUES, EDUCATION_VALUES } from './value-maps';

/** A row of 成本 is stored as it is read: one cost_item row. */
export type CostRow = CostItemRow;

/** One row of 成本 / costs.csv; undefined when a field is wrong (the problems are recorded). */
export function parseCostRow(r: RowReader): CostRow | undefined {
  const countyCode = r.text('county_code', { maxLength: 12 });
  const item = r.choice('item', COST_ITEM_VALUES);
  // 城乡类型 and 最高学历 belong to a hire, 距离下限公里 to a transport band.
  const area = r.choice('area', AREA_VALUES, { required: item === 'HIRE' }) ?? null;
  const education = r.choice('education', EDUCATION_VALUES, { required: item === 'HIRE' }) ?? null;
  const minKm = r.number('min_km', { required: item === 'TRANSPORT', min: 0 }) ?? null;
  const amount = r.amount('amount');
  if (!r.ok || item === undefined || amount === undefined) return undefined;
  return { countyCode, item, area, education, minKm, amount };
}
