import { educationRank } from './qualification';
import type { ScenarioParameters } from './scenario';
import type { StandardSet } from './standard-set';
import { EDUCATIONS, type Education, type Level } from './types';

/** Whether a hire of this education meets the standard set's minimum for the level. */
export function meetsHireMinimum(education: Education, level: Level, standards: Pick<StandardSet, 'hireMinimum'>): boolean {
  return educationRank(education) >= educationRank(standards.hireMinimum[level].education);
}

/**
 * Educations the solver may hire at for a level: at or above the minimum, or every education when the
 * scenario explicitly allows hires below it (each such hire is then flagged `belowMinimum`).
 */
export function hireableEducations(level: Level, standards: Pick<StandardSet, 'hireMinimum'>, scenario: Pick<ScenarioParameters, 'allowHiresBelowMinimum'>): Education[] {
  if (scenario.allowHiresBelowMinimum) return [...EDUCATIONS];
  return EDUCATIONS.filter((e) => meetsHireMinimum(e, level, standards));
}
