import { describe, expect, it } from 'vitest';
import { indicatorBalance, weightedCoefficientOfVariation } from './balance';

describe('weightedCoefficientOfVariation (差异系数, weighted by enrolment)', () => {
  it('three schools by hand', () => {
    // p = 100, 200, 700 ; x = 1, 2, 4 ; P = 1000
    // mean = (100*1 + 200*2 + 700*4) / 1000 = (100 + 400 + 2800) / 1000 = 3.3
    // deviations -2.3, -1.3, 0.7 ; squares 5.29, 1.69, 0.49
    // Σ p (x - mean)² = 529 + 338 + 343 = 1210 ; / P = 1.21 ; S = 1.1
    // CV = 1.1 / 3.3 = 1/3
    const r = weightedCoefficientOfVariation([
      { students: 100, value: 1 },
      { students: 200, value: 2 },
      { students: 700, value: 4 },
    ]);
    expect(r.mean).toBeCloseTo(3.3, 12);
    expect(r.cv).toBeCloseTo(1 / 3, 12);
  });

  it('weights matter: the same values unweighted give a different CV', () => {
    // equal weights 1, 1, 1 ; x = 1, 2, 4 ; mean = 7/3
    // Σ (x - mean)² = (4/3)² + (1/3)² + (5/3)² = (16 + 1 + 25) / 9 = 42/9 ; / 3 = 14/9 ; S = sqrt(14)/3
    // CV = (sqrt(14)/3) / (7/3) = sqrt(14)/7
    const r = weightedCoefficientOfVariation([
      { students: 1, value: 1 },
      { students: 1, value: 2 },
      { students: 1, value: 4 },
    ]);
    expect(r.cv).toBeCloseTo(Math.sqrt(14) / 7, 12);
  });

  it('sections with no students carry no weight and are ignored', () => {
    // same as the three-school case plus a 0-student section with an extreme value: still 1/3
    const r = weightedCoefficientOfVariation([
      { students: 100, value: 1 },
      { students: 0, value: 1_000_000 },
      { students: 200, value: 2 },
      { students: 700, value: 4 },
    ]);
    expect(r.mean).toBeCloseTo(3.3, 12);
    expect(r.cv).toBeCloseTo(1 / 3, 12);
  });

  it('mean 0: every school at 0 is no spread at all, CV 0', () => {
    // all values 0: mean 0, S 0 -> reported as 0 rather than 0/0
    expect(weightedCoefficientOfVariation([{ students: 300, value: 0 }, { students: 50, value: 0 }])).toEqual({ cv: 0, mean: 0 });
  });

  it('equal values give CV 0', () => {
    // mean 2.3, every deviation 0
    expect(weightedCoefficientOfVariation([{ students: 300, value: 2.3 }, { students: 700, value: 2.3 }]).cv).toBeCloseTo(0, 12);
  });

  it('no students at all: no figure', () => {
    expect(weightedCoefficientOfVariation([])).toEqual({ cv: null, mean: null });
    expect(weightedCoefficientOfVariation([{ students: 0, value: 5 }])).toEqual({ cv: null, mean: null });
  });
});

describe('indicatorBalance against the level thresholds', () => {
  // two schools of 500 students, values 1 and 3: mean 2, S = sqrt((500*1 + 500*1) / 1000) = 1, CV = 0.5
  const values = [
    { students: 500, value: 1 },
    { students: 500, value: 3 },
    { students: 0, value: 0 },
  ];

  it('CV 0.5 passes the primary limit 0.50 (at most) and fails the junior 0.45', () => {
    const primary = indicatorBalance('PRIMARY', 'Q1', values, 0.5);
    expect(primary).toEqual({ level: 'PRIMARY', indicator: 'Q1', cv: 0.5, mean: 2, schools: 2, threshold: 0.5, passes: true });
    const junior = indicatorBalance('JUNIOR', 'Q1', values, 0.45);
    expect(junior.passes).toBe(false);
  });

  it('no threshold (senior) or no figure passes', () => {
    expect(indicatorBalance('SENIOR', 'Q1', values, null).passes).toBe(true);
    expect(indicatorBalance('PRIMARY', 'Q1', [], 0.5)).toMatchObject({ cv: null, mean: null, schools: 0, passes: true });
  });
});
