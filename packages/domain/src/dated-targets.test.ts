import { describe, expect, it } from 'vitest';
import { DatedTargetError, evaluateDatedTargets, targetYear, validateDatedTargets, type TargetYearState } from './dated-targets';

const verdict = (meets: boolean | null) => ({ sixOfSeven: { meets, passing: 0, failing: [] } });

describe('dated targets', () => {
  it('read a date as the first school year starting on or after it', () => {
    expect(targetYear('2028-09')).toBe(2028);
    expect(targetYear('2028-06')).toBe(2027);
    expect(targetYear(2029)).toBe(2029);
  });

  it('refuse an unknown size or a bad date, naming the target', () => {
    expect(() => validateDatedTargets([{ kind: 'SIX_OF_SEVEN', by: 2028 }, { kind: 'NO_OVERSIZED_CLASS', minSize: 50, by: '2028-09' }])).toThrow('第 2 个目标：班额目标只能是 56 人');
    expect(() => validateDatedTargets([{ kind: 'SIX_OF_SEVEN', by: '2028/09' }])).toThrow(DatedTargetError);
  });

  it('are judged in their year after its plan, by how much they are missed; later ones in the last year', () => {
    const years: TargetYearState[] = [
      { year: 2027, sections: [{ classes56Plus: 3, classes66Plus: 1 }, { classes56Plus: 2, classes66Plus: 0 }], evaluations: [verdict(false), verdict(false), verdict(null)] },
      { year: 2028, sections: [{ classes56Plus: 1, classes66Plus: 0 }, { classes56Plus: 0, classes66Plus: 0 }], evaluations: [verdict(true), verdict(false), verdict(null)] },
    ];
    const r = evaluateDatedTargets([
      { kind: 'NO_OVERSIZED_CLASS', minSize: 66, by: '2028-06' },
      { kind: 'NO_OVERSIZED_CLASS', minSize: 56, by: '2028-09' },
      { kind: 'SIX_OF_SEVEN', by: 2030 },
    ], years);
    expect(r.map(({ year, met, inPlan, remaining, unit }) => ({ year, met, inPlan, remaining, unit }))).toEqual([
      { year: 2027, met: false, inPlan: true, remaining: 1, unit: 'CLASSES' },
      { year: 2028, met: false, inPlan: true, remaining: 1, unit: 'CLASSES' },
      // Due 2030, the plan ends in 2028: judged there; one judged section still fails (null: not judged).
      { year: 2028, met: false, inPlan: false, remaining: 1, unit: 'SECTIONS' },
    ]);
  });
});
