import type { AreaType, CostTable, Education } from './types';

export class MissingCostError extends Error {
  readonly code = 'MISSING_COST';
  constructor(message: string) {
    super(message);
  }
}

/** Yearly cost of a new teacher by the area of the post and education. */
export function hireCost(table: CostTable, area: AreaType, education: Education): number {
  const row = table.hire.find((h) => h.area === area && h.education === education);
  if (!row) throw new MissingCostError(`No hire cost for area ${area} and education ${education} in county ${table.countyCode}`);
  return row.amount;
}

/** Transport allowance for a move of this distance: the band with the largest minKm not above it. */
export function transportAllowance(table: CostTable, distanceKm: number): number {
  let best: { minKm: number; amount: number } | undefined;
  for (const band of table.transport) {
    if (band.minKm <= distanceKm && (!best || band.minKm > best.minKm)) best = band;
  }
  return best?.amount ?? 0;
}

/** Yearly cost of one rotation: the allowance plus the transport band of its distance. */
export function rotationCost(table: CostTable, distanceKm: number): { rotation: number; transport: number } {
  return { rotation: table.rotationAllowance, transport: transportAllowance(table, distanceKm) };
}
