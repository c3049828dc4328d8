import { describe, expect, it } from 'vitest';
import { costTablesFromRows, costTableToRows } from './cost-table-rows';
import { smallRegion } from './test-support/small-region';

describe('cost table rows', () => {
  it('round-trip a cost table', () => {
    const table = smallRegion().costTables[0]!;
    const rows = costTableToRows(table);
    expect(rows.map((r) => r.item)).toEqual(['HIRE', 'HIRE', 'ROTATION', 'TRANSPORT', 'TRANSPORT', 'EXTRA_QUOTA']);
    expect(costTablesFromRows(rows)).toEqual([table]);
  });

  it('sort transport bands by distance and default missing items to 0', () => {
    const tables = costTablesFromRows([
      { countyCode: 'X', item: 'TRANSPORT', area: null, education: null, minKm: 30, amount: 5 },
      { countyCode: 'X', item: 'TRANSPORT', area: null, education: null, minKm: 0, amount: 1 },
    ]);
    expect(tables).toEqual([{ countyCode: 'X', hire: [], rotationAllowance: 0, transport: [{ minKm: 0, amount: 1 }, { minKm: 30, amount: 5 }], extraQuota: 0 }]);
  });
});
