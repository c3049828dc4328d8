import { describe, expect, it } from 'vitest';
import { hireCost, MissingCostError, rotationCost, transportAllowance } from './cost';
import type { CostTable } from './types';

const TABLE: CostTable = {
  countyCode: '000001',
  hire: [
    { area: 'URBAN', education: 'BACHELOR', amount: 110_000 },
    { area: 'RURAL', education: 'BACHELOR', amount: 126_000 }, // rural allowance included
    { area: 'RURAL', education: 'ASSOCIATE', amount: 112_000 },
  ],
  rotationAllowance: 12_000,
  // deliberately unsorted: the band with the largest minKm not above the distance applies
  transport: [
    { minKm: 30, amount: 6_000 },
    { minKm: 0, amount: 1_000 },
    { minKm: 10, amount: 3_000 },
  ],
  extraQuota: 20_000,
};

describe('hireCost', () => {
  it('looks up by area and education', () => {
    expect(hireCost(TABLE, 'RURAL', 'BACHELOR')).toBe(126_000);
    expect(hireCost(TABLE, 'URBAN', 'BACHELOR')).toBe(110_000);
    expect(hireCost(TABLE, 'RURAL', 'ASSOCIATE')).toBe(112_000);
  });

  it('a missing row throws MissingCostError with its code', () => {
    expect(() => hireCost(TABLE, 'TOWN', 'BACHELOR')).toThrow(MissingCostError);
    expect(() => hireCost(TABLE, 'URBAN', 'MASTER')).toThrow(/URBAN.*MASTER.*000001/);
    try {
      hireCost(TABLE, 'TOWN', 'MASTER');
    } catch (e) {
      expect((e as MissingCostError).code).toBe('MISSING_COST');
    }
  });
});

describe('transport bands', () => {
  it('the band with the largest minKm not above the distance', () => {
    // 0 km -> band 0 ; 9.99 -> band 0 ; 10 (boundary) -> band 10 ; 29.9 -> band 10 ; 30 -> band 30 ; 49 -> band 30
    expect(transportAllowance(TABLE, 0)).toBe(1_000);
    expect(transportAllowance(TABLE, 9.99)).toBe(1_000);
    expect(transportAllowance(TABLE, 10)).toBe(3_000);
    expect(transportAllowance(TABLE, 29.9)).toBe(3_000);
    expect(transportAllowance(TABLE, 30)).toBe(6_000);
    expect(transportAllowance(TABLE, 49)).toBe(6_000);
  });

  it('below the first band, or with no bands, no allowance', () => {
    expect(transportAllowance({ ...TABLE, transport: [{ minKm: 5, amount: 2_000 }] }, 4)).toBe(0);
    expect(transportAllowance({ ...TABLE, transport: [] }, 20)).toBe(0);
  });

  it('a rotation costs its allowance plus its transport band', () => {
    // 12,000 + band 10 km (3,000) for 15 km
    expect(rotationCost(TABLE, 15)).toEqual({ rotation: 12_000, transport: 3_000 });
  });
});
