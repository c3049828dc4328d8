import { fullYearsBetween } from './plan-dates';
import type { RotationRules } from './standard-set';
import type { Teacher } from './types';

export type IneligibilityReason = 'TENURE_TOO_SHORT' | 'NOT_ACTIVE' | 'NEAR_RETIREMENT' | 'ON_ROTATION' | 'EXEMPTED';

type EligibilityFields = Pick<Teacher, 'startedAtSchool' | 'status' | 'birthDate' | 'gender'> & Partial<Pick<Teacher, 'schoolCode' | 'homeSchoolCode' | 'rotationEnd'>>;

export interface RotationEligibility {
  eligible: boolean;
  yearsAtSchool: number;
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
 * than 5 years from statutory retirement; a scenario may exempt others (illness, pregnancy, ...). A
 * teacher still serving a rotation term cannot be sent on another one (ON_ROTATION).
 */
export function rotationEligibility(
  teacher: EligibilityFields,
  referenceDate: string,
  rules: Pick<RotationRules, 'minYearsAtSchool' | 'minYearsBeforeRetirement' | 'retirementAge'>,
  exempted = false,
): RotationEligibility {
  const yearsAtSchool = fullYearsBetween(teacher.startedAtSchool, referenceDate);
  const age = fullYearsBetween(teacher.birthDate, referenceDate);
  const retirementAge = rules.retirementAge[teacher.gender];
  const yearsToRetirement = retirementAge - age;
  const reasons: IneligibilityReason[] = [];
  if (yearsAtSchool < rules.minYearsAtSchool) reasons.push('TENURE_TOO_SHORT');
  if (teacher.status !== 'ACTIVE') reasons.push('NOT_ACTIVE');
  // "More than 5 years" from retirement: exactly 5 years before the retirement birthday is too late.
  if (age >= retirementAge - rules.minYearsBeforeRetirement) reasons.push('NEAR_RETIREMENT');
  if (isOnRotation(teacher, referenceDate)) reasons.push('ON_ROTATION');
  if (exempted) reasons.push('EXEMPTED');
  return { eligible: reasons.length === 0, yearsAtSchool, yearsToRetirement: Math.max(0, yearsToRetirement), reasons };
}

export function isEligibleForRotation(
  teacher: EligibilityFields,
  referenceDate: string,
  rules: Pick<RotationRules, 'minYearsAtSchool' | 'minYearsBeforeRetirement' | 'retirementAge'>,
  exempted = false,
): boolean {
  return rotationEligibility(teacher, referenceDate, rules, exempted).eligible;
}
