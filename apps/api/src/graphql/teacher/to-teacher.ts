import type { TeacherEntity } from '@junheng/db';
import { referenceDate, rotationEligibility, type StandardSet } from '@junheng/domain';
import { maskIdNumber } from '../../auth/mask-id-number';
import { canSeePersonalData, type Role } from '../../auth/role';
import { toGlobalId } from '../relay/global-id';
import { Teacher } from './teacher.type';

/** The GraphQL view of a teacher for a role: personal data masked for all but HR and ADMIN. */
export function toTeacher(entity: TeacherEntity, role: Role, planYear: number, standardSet: StandardSet): Teacher {
  const personal = canSeePersonalData(role);
  const eligibility = rotationEligibility(entity, referenceDate(planYear), standardSet.rotation);
  return Object.assign(new Teacher(), {
    id: toGlobalId('Teacher', entity.id),
    schoolCode: entity.schoolCode,
    staffNo: entity.staffNo,
    name: personal ? entity.name : null,
    gender: entity.gender,
    birthDate: personal ? entity.birthDate : null,
    idNumber: personal ? entity.idNumber : maskIdNumber(entity.idNumber),
    level: entity.level,
    subject: entity.subject,
    education: entity.education,
    title: entity.title,
    certificate: entity.certificate,
    backbone: entity.backbone,
    startedAtSchool: entity.startedAtSchool,
    yearsAtSchool: Math.max(0, eligibility.yearsAtSchool),
    eligibleForRotation: eligibility.eligible,
    status: entity.status,
    annualCost: entity.annualCost,
  });
}
