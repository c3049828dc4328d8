import { AREA_TYPES, BACKBONE_LEVELS, EDUCATIONS, INDICATOR_CODES, LEVELS, SCHOOL_KINDS, TEACHER_STATUSES } from '@junheng/domain';
import { registerEnumType } from 'type-graphql';
import { ROLES } from '../../auth/role';

/** `['A', 'B']` -> `{ A: 'A', B: 'B' }`, the shape type-graphql registers as a GraphQL enum. */
function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const LevelEnum = enumOf(LEVELS);
export const SchoolKindEnum = enumOf(SCHOOL_KINDS);
export const AreaTypeEnum = enumOf(AREA_TYPES);
export const EducationEnum = enumOf(EDUCATIONS);
export const BackboneLevelEnum = enumOf(BACKBONE_LEVELS);
export const TeacherStatusEnum = enumOf(TEACHER_STATUSES);
export const IndicatorCodeEnum = enumOf(INDICATOR_CODES);
export const GenderEnum = enumOf(['M', 'F'] as const);
export const RoleEnum = enumOf(ROLES);
export const RegionKindEnum = enumOf(['PROVINCE', 'CITY', 'COUNTY'] as const);

registerEnumType(LevelEnum, { name: 'Level', description: '学段: a level of schooling, judged on its own.' });
registerEnumType(SchoolKindEnum, { name: 'SchoolKind' });
registerEnumType(AreaTypeEnum, { name: 'AreaType', description: 'URBAN 城区, TOWN 镇区, RURAL 乡村.' });
registerEnumType(EducationEnum, { name: 'Education', description: 'Highest education, lowest first.' });
registerEnumType(BackboneLevelEnum, { name: 'BackboneLevel', description: '骨干教师 level; COUNTY or higher counts as backbone.' });
registerEnumType(TeacherStatusEnum, { name: 'TeacherStatus', description: 'ON_LOAN teachers count in no indicator.' });
registerEnumType(IndicatorCodeEnum, {
  name: 'IndicatorCode',
  description: 'Q1 qualified, Q2 backbone, Q3 PE and arts per 100 students; R students per teacher; C class size; B classes of 56+; F1-F4 facilities.',
});
registerEnumType(GenderEnum, { name: 'Gender' });
registerEnumType(RoleEnum, { name: 'Role', description: 'VIEWER aggregates only; PLANNER teacher lists without personal data; HR and ADMIN everything in their region.' });
registerEnumType(RegionKindEnum, { name: 'RegionKind' });
