import type { CostTable, County, RegionData } from '@junheng/domain';
import { buildCostTables } from './cost-tables';
import type { ImportProblem } from './import-problem';
import type { CollectedRoster } from './roster-collector';

/**
 * The region data of a roster that passed every check (counties in order of first appearance), and
 * the warnings about what it took by default (cost items the 成本 sheet leaves out).
 */
export function buildRegionData(c: CollectedRoster, defaultCostTable: (countyCode: string) => CostTable): { data: RegionData; warnings: ImportProblem[] } {
  const counties = new Map<string, County>();
  for (const { value } of c.schools) if (!counties.has(value.county.code)) counties.set(value.county.code, value.county);
  const countyCodes = [...counties.keys()];
  const costs = buildCostTables(countyCodes, c.costs?.map((r) => r.value) ?? null, defaultCostTable, c.sheetNames.costs);
  return {
    data: {
      counties: [...counties.values()],
      schools: c.schools.map((r) => r.value.school),
      sections: c.sections.map((r) => r.value),
      teachers: c.teachers.map((r) => r.value),
      budgets: c.budgets.map((r) => r.value),
      costTables: costs.tables,
    },
    warnings: costs.warnings,
  };
}
