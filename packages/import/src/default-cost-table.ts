import type { CostTable } from '@junheng/domain';

/** The cost table of a county whose roster has no 成本 rows: the demo's realistic table. */
export function defaultCostTable(countyCode: string): CostTable {
  throw new Error(`default cost table for ${countyCode}: pending the demo module of @junheng/db`);
}
