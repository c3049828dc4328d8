import { rotationEndDate, type PlanRotation } from '@junheng/domain';
import type { SchoolLoan } from '../../dataloaders/loans-by-school.loader';
import { SchoolRotation } from './school-rotation.type';

/** A rotation in effect, from the roster (and the applied plan that made it, when there is one). */
export function loanToSchoolRotation(loan: SchoolLoan): SchoolRotation {
  const { teacher, applied } = loan;
  return Object.assign(new SchoolRotation(), {
    countyCode: teacher.countyCode,
    otherSchoolCode: loan.direction === 'IN' ? teacher.homeSchoolCode! : teacher.schoolCode,
    direction: loan.direction,
    staffNo: teacher.staffNo,
    level: teacher.level,
    startDate: applied?.startDate ?? null,
    endDate: teacher.rotationEnd ?? (applied ? rotationEndDate(applied.startDate, applied.termYears) : null),
    termYears: applied?.termYears ?? null,
    reason: applied?.reason ?? null,
    indicator: applied?.indicator ?? null,
    distanceKm: applied?.distanceKm ?? null,
  });
}

/** A rotation a plan proposes, seen from `schoolCode` (its sending or its receiving school). */
export function planToSchoolRotation(rotation: PlanRotation, countyCode: string, schoolCode: string): SchoolRotation {
  const direction = rotation.toSchool === schoolCode ? 'IN' : 'OUT';
  return Object.assign(new SchoolRotation(), {
    countyCode,
    otherSchoolCode: direction === 'IN' ? rotation.fromSchool : rotation.toSchool,
    direction,
    staffNo: rotation.staffNo,
    level: rotation.level,
    startDate: rotation.startDate,
    endDate: rotationEndDate(rotation.startDate, rotation.termYears),
    termYears: rotation.termYears,
    reason: rotation.reason,
    indicator: rotation.indicator ?? null,
    distanceKm: rotation.distanceKm ?? null,
  });
}
