import { costTablesFromRows, costTableToRows } from '@junheng/db';
import type { CostTable } from '@junheng/domain';
import type { CostRow } from './cost-row';

/**
 * One cost table per county: from the 成本 rows of the county when it has any, otherwise the default
 * table (the demo's realistic one) for that county.
 */
export function buildCostTables(countyCodes: readonly string[], rows: readonly CostRow[] | null, defaultFor: (countyCode: string) => CostTable): CostTable[] {
  const own = new Map(costTablesFromRows(rows ?? []).map((t) => [t.countyCode, t]));
  return countyCodes.map((countyCode) => own.get(countyCode) ?? defaultFor(countyCode));
}

/** The rows of 成本 that describe a cost table (the inverse of buildCostTables for one county). */
export function costTableRows(table: CostTable): CostRow[] {
  return costTableToRows(table);
}
