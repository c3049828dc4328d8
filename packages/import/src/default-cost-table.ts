import { generateDemoCounty } from '@junheng/db';
import type { CostTable } from '@junheng/domain';

let demoTable: CostTable | undefined;

/**
 * The cost table of a county whose roster has no 成本 rows: the demo's realistic table (it does not
 * depend on the county). `@junheng/db` does not export its `demoCostTable` on its own, so it is taken
 * from a small generated demo county, once.
 */
export function defaultCostTable(countyCode: string): CostTable {
  demoTable ??= generateDemoCounty({ schools: 20 }).costTables[0];
  if (!demoTable) throw new Error('the demo generator produced no cost table');
  return {
    countyCode,
    hire: demoTable.hire.map((h) => ({ ...h })),
    rotationAllowance: demoTable.rotationAllowance,
    transport: demoTable.transport.map((t) => ({ ...t })),
    extraQuota: demoTable.extraQuota,
    ...(demoTable.classroom != null ? { classroom: demoTable.classroom } : {}),
  };
}
