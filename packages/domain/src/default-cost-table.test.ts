import { describe, expect, it } from 'vitest';
import { hireCost, transportAllowance } from './cost';
import { COST_ITEMS, DEFAULT_CLASSROOM, DEFAULT_EXTRA_QUOTA, DEFAULT_ROTATION_ALLOWANCE, defaultCostTable, withMissingCostItemDefaults } from './default-cost-table';
import type { CostTable } from './types';

const own: CostTable = {
  countyCode: '431124',
  hire: [{ area: 'RURAL', education: 'BACHELOR', amount: 99_000 }],
  rotationAllowance: 9_000,
  transport: [{ minKm: 5, amount: 800 }],
  extraQuota: 2_000,
  classroom: 40_000,
};

describe('defaultCostTable', () => {
  it('costs every area by every education from 大专 up, with the documented allowances', () => {
    const table = defaultCostTable('510101');
    expect(table.countyCode).toBe('510101');
    expect(table.hire.length).toBe(3 * 4);
    expect(hireCost(table, 'URBAN', 'ASSOCIATE')).toBe(78_000);
    expect(hireCost(table, 'RURAL', 'BACHELOR')).toBe(88_000 + 14_400);
    expect(() => hireCost(table, 'URBAN', 'HIGH_SCHOOL')).toThrow(/No hire cost/);
    expect(transportAllowance(table, 25)).toBe(3_600);
    expect(table).toMatchObject({ rotationAllowance: DEFAULT_ROTATION_ALLOWANCE, extraQuota: DEFAULT_EXTRA_QUOTA, classroom: DEFAULT_CLASSROOM });
  });
  it('hands out copies', () => {
    defaultCostTable('1').hire.length = 0;
    defaultCostTable('1').transport.length = 0;
    expect(defaultCostTable('1').hire.length).toBe(12);
    expect(defaultCostTable('1').transport.length).toBe(5);
  });
});

describe('withMissingCostItemDefaults', () => {
  it('keeps what the rows give and names nothing when every item is present', () => {
    expect(withMissingCostItemDefaults(own, new Set(COST_ITEMS))).toEqual({ table: own, defaulted: [] });
  });
  it('hires and rotations only: no extra quota cost, no transport allowance, no classrooms', () => {
    const { table, defaulted } = withMissingCostItemDefaults(own, new Set(['HIRE', 'ROTATION'] as const));
    expect(defaulted).toEqual(['TRANSPORT', 'EXTRA_QUOTA', 'CLASSROOM']);
    expect(table).toEqual({ countyCode: '431124', hire: own.hire, rotationAllowance: 9_000, transport: [], extraQuota: 0 });
    expect(transportAllowance(table, 50)).toBe(0);
    expect(own.classroom).toBe(40_000); // the input is not changed
  });
  it('no hire or rotation rows: the default hire costs and rotation allowance', () => {
    const { table, defaulted } = withMissingCostItemDefaults({ ...own, hire: [] }, new Set(['EXTRA_QUOTA'] as const));
    expect(defaulted).toEqual(['HIRE', 'ROTATION', 'TRANSPORT', 'CLASSROOM']);
    expect(table.hire).toEqual(defaultCostTable('431124').hire);
    expect(table.rotationAllowance).toBe(DEFAULT_ROTATION_ALLOWANCE);
    expect(table.extraQuota).toBe(2_000);
  });
});
