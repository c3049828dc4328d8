import type { LevelStandards } from './standard-set';
import type { BackboneLevel, Education, Teacher, TeacherStatus, SubjectGroup } from './types';
import { EDUCATIONS } from './types';

export function educationRank(education: Education): number {
  return EDUCATIONS.indexOf(education);
}

/** 高于规定学历: at least associate for primary, bachelor for junior and senior. */
export function isQualifiedFor(education: Education, standards: Pick<LevelStandards, 'qualifiedEducationMin'>): boolean {
  return educationRank(education) >= educationRank(standards.qualifiedEducationMin);
}

/** Backbone at county level or higher (subject leaders and named teachers are recorded as such). */
export function isBackbone(level: BackboneLevel): boolean {
  return level !== 'NONE';
}

const PE_ARTS_SUBJECTS = new Set(['体育', '体育与健康', '音乐', '美术', '艺术']);
const CORE_SUBJECTS = new Set(['语文', '数学', '英语']);

export function subjectGroupOf(subject: string): SubjectGroup {
  const s = subject.trim();
  if (PE_ARTS_SUBJECTS.has(s)) return 'PE_ARTS';
  if (CORE_SUBJECTS.has(s)) return 'CORE';
  return 'OTHER';
}

/** ON_LOAN teachers are seconded to a non-school body and count nowhere. */
export function countsInIndicators(status: TeacherStatus): boolean {
  return status === 'ACTIVE' || status === 'LEAVE';
}

export function isCountedTeacher(teacher: Pick<Teacher, 'status'>): boolean {
  return countsInIndicators(teacher.status);
}
