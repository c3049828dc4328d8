import type { IndicatorCode } from '@junheng/domain';

/** The indicators a school fails in any of its sections, once each (what its row of the schools table shows). */
export function failingIndicators(sections: ReadonlyArray<{ checks: ReadonlyArray<{ indicator: IndicatorCode; passes: boolean }> }>): Set<IndicatorCode> {
  const failing = new Set<IndicatorCode>();
  for (const s of sections) for (const c of s.checks) if (!c.passes) failing.add(c.indicator);
  return failing;
}
