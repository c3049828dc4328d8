import type { IndicatorCode } from '../../gql/graphql';

const ORDER: IndicatorCode[] = ['Q1', 'Q2', 'Q3', 'R', 'C', 'B', 'F1', 'F2', 'F3', 'F4'];

/** The indicators a school fails in any section, once each, in the standard's order. */
export function failingIndicators(sections: ReadonlyArray<{ checks: ReadonlyArray<{ indicator: IndicatorCode; passes: boolean }> }>): IndicatorCode[] {
  const failing = new Set<IndicatorCode>();
  for (const s of sections) for (const c of s.checks) if (!c.passes) failing.add(c.indicator);
  return ORDER.filter((i) => failing.has(i));
}
