import { costTablesFromRows, costTableToRows } from '@junheng/db';
import { withMissingCostItemDefaults, type CostItem, type CostTable } from '@junheng/domain';
import type { CostRow } from './cost-row';
import type { ImportProblem } from './import-problem';
import { COST_ITEM_VALUES } from './value-maps';

/** The cost tables of a roster's counties, and a warning for each default they took. */
export interface BuiltCostTables {
  tables: CostTable[];
  /** One per county costed with the whole default table, one per cost item a county's rows leave out. */
  warnings: ImportProblem[];
}

/** What a missing cost item is taken to be, as the import report says it (domain's `MISSING_COST_ITEM_DEFAULTS`). */
const MISSING_ITEM_MEANING: Record<CostItem, string> = {
  HIRE: '按默认新教师费用计（按学历与城乡类型，每人每年 78000 元起）',
  ROTATION: '按默认交流补贴计（每人每年 12000 元）',
  TRANSPORT: '不发交通补贴',
  EXTRA_QUOTA: '增编只计新教师费用，无额外费用（0 元）',
  CLASSROOM: '不能新增教室',
};

/**
 * One cost table per county. A county with rows in 成本 gets the table they describe, each cost item
 * they leave out set to its default (every item is optional); a county without rows, or every county
 * when the sheet is absent, gets the default table (`defaultFor`). Each default used is a warning.
 */
export function buildCostTables(countyCodes: readonly string[], rows: readonly CostRow[] | null, defaultFor: (countyCode: string) => CostTable, sheet: string): BuiltCostTables {
  const own = new Map(costTablesFromRows(rows ?? []).map((t) => [t.countyCode, t]));
  const present = new Map<string, Set<CostItem>>();
  for (const row of rows ?? []) {
    const items = present.get(row.countyCode) ?? new Set<CostItem>();
    items.add(row.item);
    present.set(row.countyCode, items);
  }
  const warnings: ImportProblem[] = [];
  const tables = countyCodes.map((countyCode) => {
    const table = own.get(countyCode);
    if (!table) {
      const why = rows === null ? `没有「${sheet}」表` : `「${sheet}」中没有区县 ${countyCode} 的行`;
      warnings.push({ sheet, row: 0, column: '区县代码', value: countyCode, message: `${why}：区县 ${countyCode} 按默认成本表计` });
      return defaultFor(countyCode);
    }
    const completed = withMissingCostItemDefaults(table, present.get(countyCode) ?? new Set());
    for (const item of completed.defaulted) {
      warnings.push({ sheet, row: 0, column: '项目', value: COST_ITEM_VALUES.labels[item], message: `区县 ${countyCode} 未列成本项目「${COST_ITEM_VALUES.labels[item]}」：${MISSING_ITEM_MEANING[item]}` });
    }
    return completed.table;
  });
  return { tables, warnings };
}

/** The rows of 成本 that describe a cost table (the inverse of buildCostTables for one county). */
export function costTableRows(table: CostTable): CostRow[] {
  return costTableToRows(table);
}
