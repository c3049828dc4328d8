import type { IndicatorCode } from '../gql/graphql';

interface CheckLike {
  indicator: IndicatorCode;
  passes: boolean;
  gapTeachers?: number | null;
}

/** Teachers short per indicator over every failing check of every section (Q1-Q3 and R carry a gap). */
export function teacherShortfall(schools: ReadonlyArray<{ sections: ReadonlyArray<{ checks: readonly CheckLike[] }> }>): Map<IndicatorCode, number> {
  const totals = new Map<IndicatorCode, number>();
  for (const school of schools) {
    for (const section of school.sections) {
      for (const check of section.checks) {
        if (check.passes || check.gapTeachers === null || check.gapTeachers === undefined) continue;
        totals.set(check.indicator, (totals.get(check.indicator) ?? 0) + check.gapTeachers);
      }
    }
  }
  return totals;
}
