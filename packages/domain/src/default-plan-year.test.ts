import { describe, expect, it } from 'vitest';
import { defaultPlanYear } from './default-plan-year';

describe('defaultPlanYear', () => {
  it('is the year whose September 1 comes next', () => {
    expect(defaultPlanYear(new Date('2026-03-01T00:00:00Z'))).toBe(2026);
    expect(defaultPlanYear(new Date('2026-09-01T12:00:00Z'))).toBe(2026);
    expect(defaultPlanYear(new Date('2026-09-02T00:00:00Z'))).toBe(2027);
    expect(defaultPlanYear(new Date('2026-12-05T00:00:00Z'))).toBe(2027);
  });
});
