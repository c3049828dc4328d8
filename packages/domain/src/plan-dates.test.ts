import { describe, expect, it } from 'vitest';
import { fullYearsBetween, referenceDate, rotationEndDate } from './plan-dates';

describe('plan dates', () => {
  it('ends a rotation term on the same day, years later', () => {
    expect(rotationEndDate(referenceDate(2026), 3)).toBe('2029-09-01');
    expect(rotationEndDate('2028-02-29', 3)).toBe('2031-02-28');
    expect(rotationEndDate('2028-02-29', 4)).toBe('2032-02-29');
    expect(fullYearsBetween('2026-09-01', rotationEndDate('2026-09-01', 3))).toBe(3);
  });
});
