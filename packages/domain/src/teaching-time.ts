import type { TeachingPeriods } from './standard-set';

/**
 * Weekly periods a section's teachers can give beyond what its classes take (teachers x periods per
 * teacher minus classes x periods per class), never below 0: an overloaded section has none to spare.
 */
export function spareTeachingPeriods(teachers: number, classes: number, periods: TeachingPeriods): number {
  return Math.max(0, teachers * periods.perTeacher - classes * periods.perClass);
}

/** Teachers that so many periods a week take (periods / periods per teacher), to one decimal. */
export function teachersForPeriods(periodsNeeded: number, periods: TeachingPeriods): number {
  return Math.round((periodsNeeded / periods.perTeacher) * 10) / 10;
}
