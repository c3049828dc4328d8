import { GRADES_OF_LEVEL } from './school-grades';
import type { GradeCount, Level, Section } from './types';

/**
 * Where a year's first-grade intake comes from: the 入学预测 sheet for the school (GIVEN) or its
 * township's share (TOWNSHIP); without a forecast, this year's first grade again (FIRST_GRADE); without
 * grades, the section's average cohort (COARSE).
 */
export type IntakeSource = 'GIVEN' | 'TOWNSHIP' | 'FIRST_GRADE' | 'COARSE';

/** A known intake for one year. */
export interface IntakeFigure {
  students: number;
  source: 'GIVEN' | 'TOWNSHIP';
}

export interface EnrolmentYear {
  year: number;
  /** Students per grade, the level's first grade first (一年级 ... 六年级, 七年级 ... 九年级, 高一 ... 高三). */
  grades: number[];
  students: number;
  intake: number;
  intakeSource: IntakeSource;
  /** Last year's top grade, who left (毕业). */
  graduates: number;
}

export interface SectionEnrolmentForecast {
  schoolCode: string;
  level: Level;
  /** True when no 年级 rows exist for the section: cohorts are the section total spread evenly. */
  coarse: boolean;
  /** This year's students per grade (from the 年级 sheet, or the even spread when coarse). */
  baseGrades: number[];
  baseStudents: number;
  /** Net share of each cohort gained (positive) or lost (negative) when it moves up a grade. */
  transferRate: number;
  years: EnrolmentYear[];
}

export interface EnrolmentForecastInput {
  section: Pick<Section, 'schoolCode' | 'level' | 'students'>;
  /** The 年级 rows of this section (empty: coarse). */
  grades: readonly Pick<GradeCount, 'grade' | 'students'>[];
  baseYear: number;
  years: number;
  transferRate: number;
  /** The known intake of a year, or null when none is given. */
  intakeFor: (year: number) => IntakeFigure | null;
}

/**
 * The section total spread evenly over its grades, the remainder to the highest grades (so that a
 * coarse section keeps its size when the average cohort enters each year).
 */
export function evenCohorts(students: number, gradeCount: number): number[] {
  const base = Math.floor(students / gradeCount);
  const remainder = students % gradeCount;
  return Array.from({ length: gradeCount }, (_, i) => base + (i >= gradeCount - remainder ? 1 : 0));
}

/** This year's cohorts of a section: its 年级 rows in grade order, or the even spread when there are none. */
export function baseCohorts(section: Pick<Section, 'level' | 'students'>, grades: readonly Pick<GradeCount, 'grade' | 'students'>[]): { cohorts: number[]; coarse: boolean } {
  const levelGrades = GRADES_OF_LEVEL[section.level];
  if (grades.length === 0) return { cohorts: evenCohorts(section.students, levelGrades.length), coarse: true };
  const byGrade = new Map(grades.map((g) => [g.grade, g.students]));
  return { cohorts: levelGrades.map((g) => byGrade.get(g) ?? 0), coarse: false };
}

/**
 * Students of a section in each of the next school years (domain.md, 五三一): every cohort moves up a
 * grade (times 1 + transferRate, rounded to whole students), the top grade leaves, and the intake
 * enters the first grade: the given one, else this year's first grade (or, coarse, the average cohort,
 * rounded).
 */
export function forecastSectionEnrolment(input: EnrolmentForecastInput): SectionEnrolmentForecast {
  const { section, baseYear, years, transferRate } = input;
  const { cohorts, coarse } = baseCohorts(section, input.grades);
  const gradeCount = cohorts.length;
  const fallbackIntake = coarse ? Math.round(section.students / gradeCount) : (cohorts[0] ?? 0);
  const fallbackSource: IntakeSource = coarse ? 'COARSE' : 'FIRST_GRADE';
  const out: EnrolmentYear[] = [];
  let current = cohorts;
  for (let k = 1; k <= years; k += 1) {
    const year = baseYear + k;
    const known = input.intakeFor(year);
    const intake = known ? known.students : fallbackIntake;
    const graduates = current[gradeCount - 1] ?? 0;
    const moved = current.slice(0, gradeCount - 1).map((n) => Math.max(0, Math.round(n * (1 + transferRate))));
    const next = [intake, ...moved];
    out.push({ year, grades: next, students: next.reduce((a, b) => a + b, 0), intake, intakeSource: known ? known.source : fallbackSource, graduates });
    current = next;
  }
  return { schoolCode: section.schoolCode, level: section.level, coarse, baseGrades: cohorts, baseStudents: section.students, transferRate, years: out };
}

/**
 * A township's intake shared among its schools in proportion to their weights (this year's first
 * grades), by largest remainder (ties to the lower school code); equal shares when every weight is 0.
 */
export function shareIntake(total: number, weights: readonly { schoolCode: string; weight: number }[]): Map<string, number> {
  const shares = new Map<string, number>();
  if (weights.length === 0) return shares;
  const sum = weights.reduce((a, w) => a + w.weight, 0);
  const effective = sum > 0 ? weights : weights.map((w) => ({ ...w, weight: 1 }));
  const weightSum = sum > 0 ? sum : weights.length;
  const parts = effective.map((w) => {
    const exact = (total * w.weight) / weightSum;
    return { schoolCode: w.schoolCode, whole: Math.floor(exact), fraction: exact - Math.floor(exact) };
  });
  let left = total - parts.reduce((a, p) => a + p.whole, 0);
  const order = [...parts].sort((a, b) => b.fraction - a.fraction || (a.schoolCode < b.schoolCode ? -1 : 1));
  for (const p of order) {
    if (left <= 0) break;
    p.whole += 1;
    left -= 1;
  }
  for (const p of parts) shares.set(p.schoolCode, p.whole);
  return shares;
}
