import type { Check, IndicatorCode, Level, RegionEvaluation } from '@junheng/domain';

/** The JSON of `junheng indicators --json`: the same names as the GraphQL API, numbers unrounded. */
export interface IndicatorsReport {
  county: string;
  sections: Array<{
    schoolCode: string;
    level: Level;
    students: number;
    classes: number;
    teachers: number;
    indicators: {
      qualifiedPer100: number | null;
      backbonePer100: number | null;
      peArtsPer100: number | null;
      studentsPerTeacher: number | null;
      avgClassSize: number | null;
    };
    checks: Array<{ indicator: IndicatorCode; value: number | null; threshold: number; passes: boolean; gapTeachers: number | null }>;
  }>;
  balance: Array<{ level: Level; indicator: IndicatorCode; cv: number | null; threshold: number | null; passes: boolean }>;
}

const check = (c: Check) => ({ indicator: c.indicator, value: c.value, threshold: c.threshold, passes: c.passes, gapTeachers: c.gapTeachers });

/** Shapes a county's evaluation (from the domain's `evaluateRegion`) as the report; computes nothing itself. */
export function indicatorsReport(county: string, evaluation: RegionEvaluation): IndicatorsReport {
  return {
    county,
    sections: evaluation.sections.map((s) => ({
      schoolCode: s.schoolCode,
      level: s.level,
      students: s.students,
      classes: s.classes,
      teachers: s.teachers,
      indicators: {
        qualifiedPer100: s.indicators.qualifiedPer100,
        backbonePer100: s.indicators.backbonePer100,
        peArtsPer100: s.indicators.peArtsPer100,
        studentsPerTeacher: s.indicators.studentsPerTeacher,
        avgClassSize: s.indicators.avgClassSize,
      },
      checks: s.checks.map(check),
    })),
    balance: evaluation.balance.map((b) => ({ level: b.level, indicator: b.indicator, cv: b.cv, threshold: b.threshold, passes: b.passes })),
  };
}
