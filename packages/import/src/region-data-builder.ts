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
  const schoolCounty = new Map(c.schools.map((r) => [r.value.school.code, r.value.school.countyCode]));
  const grades = c.grades?.map((r) => r.value) ?? [];
  // A school's forecast belongs to the school's county (checked to match when the row names one).
  const intake = c.intake?.map(({ value }) => (value.schoolCode ? { ...value, countyCode: schoolCounty.get(value.schoolCode) ?? value.countyCode } : value)) ?? [];
  return {
    data: {
      counties: [...counties.values()],
      schools: c.schools.map((r) => r.value.school),
      sections: c.sections.map((r) => r.value),
      teachers: c.teachers.map((r) => r.value),
      budgets: c.budgets.map((r) => r.value),
      costTables: costs.tables,
      // The optional sheets only when they have rows (a roster without them reads back as it was written).
      ...(grades.length > 0 ? { grades } : {}),
      ...(intake.length > 0 ? { intake } : {}),
    },
    warnings: costs.warnings,
  };
}
