import { describe, expect, it } from 'vitest';
import { generateDemoCounty } from '@junheng/db';
import { defaultCostTable } from './default-cost-table';

describe('defaultCostTable', () => {
  it("is the demo's table, for the county asked", () => {
    const demo = generateDemoCounty({ schools: 20 }).costTables[0]!;
    expect(defaultCostTable('510101')).toEqual({ ...demo, countyCode: '510101' });
    expect(defaultCostTable('510101').hire.length).toBe(3 * 4);
  });
  it('hands out copies', () => {
    defaultCostTable('1').hire.length = 0;
    expect(defaultCostTable('1').hire.length).toBeGreaterThan(0);
  });
});
