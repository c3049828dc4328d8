import { fullYearsBetween } from './plan-dates';
import { isWithinYearsOfRetirement, yearsToRetirement as yearsToRetirementAt } from './retirement-age';
import type { RotationRules } from './standard-set';
import type { Teacher } from './types';

export type IneligibilityReason = 'TENURE_TOO_SHORT' | 'NOT_ACTIVE' | 'NEAR_RETIREMENT' | 'ON_ROTATION' | 'EXEMPTED';

type EligibilityFields = Pick<Teacher, 'startedAtSchool' | 'status' | 'birthDate' | 'gender'> & Partial<Pick<Teacher, 'schoolCode' | 'homeSchoolCode' | 'rotationEnd'>>;

export interface RotationEligibility {
  eligible: boolean;
  yearsAtSchool: number;
  /** Full years from the reference date to the retirement date of the standard set's schedule (0 once reached). */
  yearsToRetirement: number;
  reasons: IneligibilityReason[];
}

/**
 * Whether the teacher is away from their home school on a rotation whose term has not ended at the
 * reference date. The term ends on `rotationEnd` (the same day, years later, as the start), so on that
 * day the teacher is free again; a rotation with no recorded end has not ended.
 */
export function isOnRotation(teacher: Partial<Pick<Teacher, 'schoolCode' | 'homeSchoolCode' | 'rotationEnd'>>, referenceDate: string): boolean {
  if (!teacher.homeSchoolCode || teacher.homeSchoolCode === teacher.schoolCode) return false;
  return !teacher.rotationEnd || teacher.rotationEnd > referenceDate;
}

/**
 * 交流轮岗 eligibility at the reference date: 6 full years or more at the same school, ACTIVE, and more
 * than 5 years from the statutory retirement date (the age rising by birth month, retirement-age.ts); a scenario may exempt others (illness, pregnancy, ...). A
 * teacher still serving a rotation term cannot be sent on another one (ON_ROTATION).
 */
export function rotationEligibility(
  teacher: EligibilityFields,
  referenceDate: string,
  rules: Pick<RotationRules, 'minYearsAtSchool' | 'minYearsBeforeRetirement' | 'retirement'>,
  exempted = false,
): RotationEligibility {
  const yearsAtSchool = fullYearsBetween(teacher.startedAtSchool, referenceDate);
  const reasons: IneligibilityReason[] = [];
  if (yearsAtSchool < rules.minYearsAtSchool) reasons.push('TENURE_TOO_SHORT');
  if (teacher.status !== 'ACTIVE') reasons.push('NOT_ACTIVE');
  // "More than 5 years" from retirement: exactly 5 years before the retirement date is too late.
  if (isWithinYearsOfRetirement(teacher, referenceDate, rules.minYearsBeforeRetirement, rules.retirement)) reasons.push('NEAR_RETIREMENT');
  if (isOnRotation(teacher, referenceDate)) reasons.push('ON_ROTATION');
  if (exempted) reasons.push('EXEMPTED');
  return { eligible: reasons.length === 0, yearsAtSchool, yearsToRetirement: yearsToRetirementAt(teacher, referenceDate, rules.retirement), reasons };
}

export function isEligibleForRotation(
  teacher: EligibilityFields,
  referenceDate: string,
  rules: Pick<RotationRules, 'minYearsAtSchool' | 'minYearsBeforeRetirement' | 'retirement'>,
  exempted = false,
): boolean {
  return rotationEligibility(teacher, referenceDate, rules, exempted).eligible;
}
