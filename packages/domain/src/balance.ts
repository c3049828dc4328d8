import type { IndicatorCode } from './indicators';
import type { Level } from './types';

export interface WeightedValue {
  /** Enrolment of the section: its weight. */
  students: number;
  value: number;
}

export interface IndicatorBalance {
  level: Level;
  indicator: IndicatorCode;
  /** Student-weighted coefficient of variation across the level's schools; null with no students. */
  cv: number | null;
  mean: number | null;
  /** Schools (sections) with students that entered the figure. */
  schools: number;
  threshold: number | null;
  passes: boolean;
}

/**
 * 差异系数 weighted by enrolment: P = Σp, mean = Σp·x / P, S = sqrt(Σp·(x − mean)² / P), CV = S / mean.
 * Sections without students carry no weight and are left out.
 */
export function weightedCoefficientOfVariation(values: readonly WeightedValue[]): { cv: number | null; mean: number | null } {
  const weighted = values.filter((v) => v.students > 0);
  const total = weighted.reduce((sum, v) => sum + v.students, 0);
  if (total === 0) return { cv: null, mean: null };
  const mean = weighted.reduce((sum, v) => sum + v.students * v.value, 0) / total;
  const variance = weighted.reduce((sum, v) => sum + v.students * (v.value - mean) ** 2, 0) / total;
  if (mean === 0) return { cv: variance === 0 ? 0 : null, mean };
  return { cv: Math.sqrt(variance) / mean, mean };
}

export function indicatorBalance(level: Level, indicator: IndicatorCode, values: readonly WeightedValue[], threshold: number | null): IndicatorBalance {
  const { cv, mean } = weightedCoefficientOfVariation(values);
  return {
    level,
    indicator,
    cv,
    mean,
    schools: values.filter((v) => v.students > 0).length,
    threshold,
    passes: threshold === null || cv === null || cv <= threshold,
  };
}
