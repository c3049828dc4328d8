import { isBackbone, isQualifiedFor, subjectGroupOf, type LevelStandards, type Teacher } from '@junheng/domain';

/**
 * Teachers of one section are interchangeable for the standards when they agree on three flags:
 * qualified for the level (Q1), backbone (Q2) and PE/arts (Q3). That gives 8 types; flows move types.
 */
export const TEACHER_TYPE_COUNT = 8;
export type TeacherType = number;

export interface TeacherTypeFlags {
  qualified: boolean;
  backbone: boolean;
  peArts: boolean;
}

export function teacherType(teacher: Pick<Teacher, 'education' | 'backbone' | 'subject'>, standards: Pick<LevelStandards, 'qualifiedEducationMin'>): TeacherType {
  return (isQualifiedFor(teacher.education, standards) ? 1 : 0) | (isBackbone(teacher.backbone) ? 2 : 0) | (subjectGroupOf(teacher.subject) === 'PE_ARTS' ? 4 : 0);
}

export function typeFlags(type: TeacherType): TeacherTypeFlags {
  return { qualified: (type & 1) !== 0, backbone: (type & 2) !== 0, peArts: (type & 4) !== 0 };
}

export function typeLabel(type: TeacherType): string {
  const f = typeFlags(type);
  return `${f.qualified ? 'q' : 'u'}${f.backbone ? 'b' : 'n'}${f.peArts ? 'p' : 'o'}`;
}
