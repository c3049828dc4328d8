import { describe, expect, it } from 'vitest';
import { backboneRotationsNeeded, maxDonorLoss, rotationQuotaNeeded } from './rotation-limits';

describe('rotation limits', () => {
  it('computes whole-teacher limits exactly', () => {
    expect(rotationQuotaNeeded(35, 0.1)).toBe(4);
    expect(rotationQuotaNeeded(30, 0.1)).toBe(3);
    expect(rotationQuotaNeeded(0, 0.1)).toBe(0);
    expect(maxDonorLoss(20, 0.15)).toBe(3);
    expect(maxDonorLoss(19, 0.15)).toBe(2);
    expect(backboneRotationsNeeded(10, 0.2)).toBe(2);
    expect(backboneRotationsNeeded(11, 0.2)).toBe(3);
  });
});
