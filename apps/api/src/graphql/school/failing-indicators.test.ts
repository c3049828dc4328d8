import { describe, expect, it } from 'vitest';
import { failingIndicators } from './failing-indicators';

describe('failingIndicators', () => {
  it('counts an indicator failed in two sections once', () => {
    const sections = [
      { checks: [{ indicator: 'Q1' as const, passes: false }, { indicator: 'R' as const, passes: true }] },
      { checks: [{ indicator: 'Q1' as const, passes: false }, { indicator: 'C' as const, passes: false }] },
    ];
    expect([...failingIndicators(sections)].sort()).toEqual(['C', 'Q1']);
    expect(failingIndicators([]).size).toBe(0);
  });
});
