import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decimalToFraction,
  ratioAtLeast,
  ratioAtLeastShareOf,
  ratioAtMost,
  teachersShortForRatio,
  teachersShortPer100,
} from './exact-decimal';

describe('decimalToFraction', () => {
  it('reads the decimal a number was written as', () => {
    // 4.2 -> 42/10 ; 13.5 -> 135/10 ; 19 -> 19/1
    expect(decimalToFraction(4.2)).toEqual({ num: 42n, den: 10n });
    expect(decimalToFraction(13.5)).toEqual({ num: 135n, den: 10n });
    expect(decimalToFraction(19)).toEqual({ num: 19n, den: 1n });
    // 0.85 -> 85/100
    expect(decimalToFraction(0.85)).toEqual({ num: 85n, den: 100n });
  });

  it('handles exponent notation both ways and negatives', () => {
    // 1.5e-7 = 15 / 10^8
    expect(decimalToFraction(1.5e-7)).toEqual({ num: 15n, den: 10n ** 8n });
    // 1e21 prints as "1e+21" = 10^21 / 1
    expect(decimalToFraction(1e21)).toEqual({ num: 10n ** 21n, den: 1n });
    // -0.5 = -5/10
    expect(decimalToFraction(-0.5)).toEqual({ num: -5n, den: 10n });
  });

  it('keeps the float trap visible: 0.1 + 0.2 is the decimal 0.30000000000000004, not 0.3', () => {
    expect(decimalToFraction(0.1 + 0.2)).toEqual({ num: 30000000000000004n, den: 10n ** 17n });
  });

  it('rejects non-finite numbers', () => {
    expect(() => decimalToFraction(Number.NaN)).toThrow(RangeError);
    expect(() => decimalToFraction(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('ratioAtLeast / ratioAtMost are exact where floats are not', () => {
  it('9 PE/arts teachers for 1,000 students is exactly 0.9 per 100', () => {
    // float: 9 / 1000 * 100 = 0.8999999999999999 < 0.9 (the trap)
    expect((9 / 1000) * 100 < 0.9).toBe(true);
    // exact: 9 * 100 / 1000 = 900/1000 = 0.9 >= 0.9
    expect(ratioAtLeast(9, 1000, 0.9, 100)).toBe(true);
    // 8 / 1000 * 100 = 0.8 < 0.9
    expect(ratioAtLeast(8, 1000, 0.9, 100)).toBe(false);
  });

  it('other float traps of the same kind pass exactly', () => {
    // 11/1000*100 = 1.0999999999999999 in floats, exactly 1.1
    expect((11 / 1000) * 100 < 1.1).toBe(true);
    expect(ratioAtLeast(11, 1000, 1.1, 100)).toBe(true);
    // 57/100*100 = 56.99999999999999 in floats, exactly 57
    expect(ratioAtLeast(57, 100, 57, 100)).toBe(true);
    // 7/100*100 = 7.000000000000001 in floats, exactly 7: at most 7 holds
    expect((7 / 100) * 100 > 7).toBe(true);
    expect(ratioAtMost(7, 100, 7, 100)).toBe(true);
  });

  it('a threshold typed as 0.1 + 0.2 is the decimal 0.30000000000000004 and is compared as such', () => {
    // 3 per 1000 * 100 = 0.3 exactly, which is below 0.30000000000000004
    expect(ratioAtLeast(3, 1000, 0.1 + 0.2, 100)).toBe(false);
    // the same threshold written as 0.3 passes
    expect(ratioAtLeast(3, 1000, 0.3, 100)).toBe(true);
  });

  it('R: 19 students per teacher exactly passes; one student more fails', () => {
    // 380 / 20 = 19 <= 19
    expect(ratioAtMost(380, 20, 19)).toBe(true);
    // 381 / 20 = 19.05 > 19
    expect(ratioAtMost(381, 20, 19)).toBe(false);
  });

  it('R junior 13.5: 135/10 passes, 136/10 fails', () => {
    // 135 / 10 = 13.5 <= 13.5
    expect(ratioAtMost(135, 10, 13.5)).toBe(true);
    // 136 / 10 = 13.6 > 13.5
    expect(ratioAtMost(136, 10, 13.5)).toBe(false);
    // 27 / 2 = 13.5 passes
    expect(ratioAtMost(27, 2, 13.5)).toBe(true);
  });

  it('decimal numerators and denominators (facilities) are exact too', () => {
    // 4500.5 m2 / 1000.1 students... 4500.5/1000 = 4.5005 >= 4.5
    expect(ratioAtLeast(4500.5, 1000, 4.5)).toBe(true);
    // 4499.9 / 1000 = 4.4999 < 4.5
    expect(ratioAtLeast(4499.9, 1000, 4.5)).toBe(false);
    // 0.3 / 0.1 = 3 exactly (floats: 2.9999999999999996)
    expect(0.3 / 0.1 < 3).toBe(true);
    expect(ratioAtLeast(0.3, 0.1, 3)).toBe(true);
    expect(ratioAtMost(0.3, 0.1, 3)).toBe(true);
  });
});

describe('ratioAtLeastShareOf (the 85% floor of the six-of-seven rule)', () => {
  it('357 qualified for 10,000 students is exactly 85% of 4.2', () => {
    // 357 * 100 / 10000 = 3.57 ; 0.85 * 4.2 = 3.57 -> equal, passes
    // (floats give 357/10000*100 = 3.5700000000000003: only an exact comparison is reliably on the line)
    expect(ratioAtLeastShareOf(357, 10000, 100, 0.85, 4.2)).toBe(true);
    // 356 -> 3.56 < 3.57
    expect(ratioAtLeastShareOf(356, 10000, 100, 0.85, 4.2)).toBe(false);
  });

  it('floor area 3,825 m2 for 1,000 students is exactly 85% of 4.5; 3,780 (84%) is not', () => {
    // 3825/1000 = 3.825 = 0.85 * 4.5
    expect(ratioAtLeastShareOf(3825, 1000, 1, 0.85, 4.5)).toBe(true);
    // 3780/1000 = 3.78 = 0.84 * 4.5 < 3.825
    expect(ratioAtLeastShareOf(3780, 1000, 1, 0.85, 4.5)).toBe(false);
  });
});

describe('teachersShortPer100: smallest n >= 0 with (count + n) * 100 >= threshold * students', () => {
  it('Q1 primary 4.2 for 1,000 students needs 42', () => {
    // 4.2 * 1000 / 100 = 42 -> 41 is 1 short, 42 and 50 are 0 short
    expect(teachersShortPer100(41, 1000, 4.2)).toBe(1);
    expect(teachersShortPer100(42, 1000, 4.2)).toBe(0);
    expect(teachersShortPer100(50, 1000, 4.2)).toBe(0);
    expect(teachersShortPer100(0, 1000, 4.2)).toBe(42);
  });

  it('rounds a fractional need up', () => {
    // junior Q1 5.3 for 950 students: 5.3 * 950 / 100 = 50.35 -> 51 ; 48 qualified -> 3
    expect(teachersShortPer100(48, 950, 5.3)).toBe(3);
    // Q3 0.9 for 12 students (teaching point): 0.108 -> 1
    expect(teachersShortPer100(0, 12, 0.9)).toBe(1);
    // Q2 1.0 for 1 student: 0.01 -> 1
    expect(teachersShortPer100(0, 1, 1)).toBe(1);
    // 0.9 for 1,001 students: 9.009 -> 10 ; 9 teachers are 1 short
    expect(teachersShortPer100(9, 1001, 0.9)).toBe(1);
  });

  it('no students, no gap', () => {
    expect(teachersShortPer100(0, 0, 4.2)).toBe(0);
  });
});

describe('teachersShortForRatio: smallest n >= 0 with students / (teachers + n) <= ratio', () => {
  it('primary 19', () => {
    // 1000 / 19 = 52.63 -> 53 teachers ; 50 -> 3 short ; 53 -> 0
    expect(teachersShortForRatio(50, 1000, 19)).toBe(3);
    expect(teachersShortForRatio(53, 1000, 19)).toBe(0);
    // check: 1000/52 = 19.23 > 19 and 1000/53 = 18.87 <= 19
    expect(teachersShortForRatio(52, 1000, 19)).toBe(1);
    // 380 / 20 = 19 exactly -> 0
    expect(teachersShortForRatio(20, 380, 19)).toBe(0);
    // 381 / 20 -> needs ceil(381/19) = ceil(20.05) = 21 -> 1
    expect(teachersShortForRatio(20, 381, 19)).toBe(1);
  });

  it('junior 13.5', () => {
    // 136 / 13.5 = 10.07 -> 11 teachers ; 10 -> 1 short
    expect(teachersShortForRatio(10, 136, 13.5)).toBe(1);
    // 135 / 13.5 = 10 exactly -> 0
    expect(teachersShortForRatio(10, 135, 13.5)).toBe(0);
    // 0 teachers for 270 students: 270 / 13.5 = 20
    expect(teachersShortForRatio(0, 270, 13.5)).toBe(20);
  });

  it('no students, no gap', () => {
    expect(teachersShortForRatio(0, 0, 19)).toBe(0);
  });
});

describe('the gap formulas agree with their definitions (property-based, integer arithmetic)', () => {
  // thresholds as tenths (4.2 = 42/10, 13.5 = 135/10), so every comparison below is on integers
  const tenths = fc.integer({ min: 1, max: 300 });
  const students = fc.integer({ min: 0, max: 5000 });
  const count = fc.integer({ min: 0, max: 500 });

  it('per 100: (count + gap) * 100 * 10 >= t10 * students, and gap - 1 would not do', () => {
    fc.assert(
      fc.property(count, students, tenths, (c, s, t10) => {
        const gap = teachersShortPer100(c, s, t10 / 10);
        expect(gap).toBeGreaterThanOrEqual(0);
        expect((c + gap) * 100 * 10 >= t10 * s).toBe(true);
        if (gap > 0) expect((c + gap - 1) * 100 * 10 >= t10 * s).toBe(false);
        // and it agrees with the pass/fail comparison
        expect(gap === 0).toBe(s === 0 || ratioAtLeast(c, s, t10 / 10, 100));
      }),
    );
  });

  it('ratio: students * 10 <= t10 * (teachers + gap), and gap - 1 would not do', () => {
    fc.assert(
      fc.property(count, students, tenths, (n, s, t10) => {
        const gap = teachersShortForRatio(n, s, t10 / 10);
        expect(gap).toBeGreaterThanOrEqual(0);
        if (s === 0) return void expect(gap).toBe(0);
        expect(s * 10 <= t10 * (n + gap)).toBe(true);
        if (gap > 0) expect(s * 10 <= t10 * (n + gap - 1)).toBe(false);
        if (n > 0) expect(gap === 0).toBe(ratioAtMost(s, n, t10 / 10));
      }),
    );
  });
});
