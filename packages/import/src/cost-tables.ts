import type { CostTable } from '@junheng/domain';
import type { CostRow } from './cost-row';

/**
 * One cost table per county: from the 成本 rows of the county when it has any, otherwise the default
 * table (the demo's realistic one) for that county.
 */
export function buildCostTables(countyCodes: readonly string[], rows: readonly CostRow[] | null, defaultFor: (countyCode: string) => CostTable): CostTable[] {
  const byCounty = new Map<string, CostRow[]>();
  for (const row of rows ?? []) {
    const list = byCounty.get(row.countyCode);
    if (list) list.push(row);
    else byCounty.set(row.countyCode, [row]);
  }
  return countyCodes.map((countyCode) => {
    const own = byCounty.get(countyCode);
    if (!own) return defaultFor(countyCode);
    const table: CostTable = { countyCode, hire: [], rotationAllowance: 0, transport: [], extraQuota: 0 };
    for (const row of own) {
      switch (row.item) {
        case 'HIRE':
          if (row.area && row.education) table.hire.push({ area: row.area, education: row.education, amount: row.amount });
          break;
        case 'ROTATION':
          table.rotationAllowance = row.amount;
          break;
        case 'TRANSPORT':
          table.transport.push({ minKm: row.minKm ?? 0, amount: row.amount });
          break;
        case 'EXTRA_QUOTA':
          table.extraQuota = row.amount;
          break;
      }
    }
    table.transport.sort((a, b) => a.minKm - b.minKm);
    return table;
  });
}

/** The rows of 成本 that describe a cost table (the inverse of buildCostTables for one county). */
export function costTableRows(table: CostTable): CostRow[] {
  const base = { countyCode: table.countyCode, area: null, education: null, minKm: null };
  return [
    ...table.hire.map((h) => ({ ...base, item: 'HIRE' as const, area: h.area, education: h.education, amount: h.amount })),
    { ...base, item: 'ROTATION' as const, amount: table.rotationAllowance },
    ...table.transport.map((t) => ({ ...base, item: 'TRANSPORT' as const, minKm: t.minKm, amount: t.amount })),
    { ...base, item: 'EXTRA_QUOTA' as const, amount: table.extraQuota },
  ];
}
