import type { AreaType, CostItem, CostTable, Education } from '@junheng/domain';

/** One cost_item row as stored. */
export interface CostItemRow {
  countyCode: string;
  item: CostItem;
  area: AreaType | null;
  education: Education | null;
  minKm: number | null;
  amount: number;
}

/** A cost table as the rows HR keeps (成本 sheet): hire by area and education, rotation, transport bands, extra quota. */
export function costTableToRows(table: CostTable): CostItemRow[] {
  const base = { countyCode: table.countyCode, area: null, education: null, minKm: null };
  return [
    ...table.hire.map((h): CostItemRow => ({ ...base, item: 'HIRE', area: h.area, education: h.education, amount: h.amount })),
    { ...base, item: 'ROTATION', amount: table.rotationAllowance },
    ...table.transport.map((t): CostItemRow => ({ ...base, item: 'TRANSPORT', minKm: t.minKm, amount: t.amount })),
    { ...base, item: 'EXTRA_QUOTA', amount: table.extraQuota },
    ...(table.classroom != null ? [{ ...base, item: 'CLASSROOM' as const, amount: table.classroom }] : []),
  ];
}

/**
 * Assembles each county's cost table from its rows, in row order (transport bands by distance).
 * A county without ROTATION or EXTRA_QUOTA rows gets 0 for them; without a CLASSROOM row it cannot
 * build classrooms (`classroom` absent).
 */
export function costTablesFromRows(rows: readonly CostItemRow[]): CostTable[] {
  const tables = new Map<string, CostTable>();
  for (const row of rows) {
    let table = tables.get(row.countyCode);
    if (!table) {
      table = { countyCode: row.countyCode, hire: [], rotationAllowance: 0, transport: [], extraQuota: 0 };
      tables.set(row.countyCode, table);
    }
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
      case 'CLASSROOM':
        table.classroom = row.amount;
        break;
    }
  }
  for (const table of tables.values()) table.transport.sort((a, b) => a.minKm - b.minKm);
  return [...tables.values()];
}
