import { registerEnumType } from 'type-graphql';

/** What a school list may be ordered by: the columns of the schools table. */
export const SCHOOL_SORT_FIELDS = ['CODE', 'NAME', 'TOWNSHIP', 'AREA', 'KIND', 'WEAK', 'STUDENTS', 'TEACHERS', 'VACANCIES', 'FAILING_INDICATORS'] as const;
export type SchoolSortField = (typeof SCHOOL_SORT_FIELDS)[number];

export const SchoolSortFieldEnum = Object.fromEntries(SCHOOL_SORT_FIELDS.map((f) => [f, f])) as { [K in SchoolSortField]: K };

registerEnumType(SchoolSortFieldEnum, {
  name: 'SchoolSortField',
  description: 'CODE 学校标识码; NAME and TOWNSHIP in pinyin order where the database has ICU; AREA urban, town, rural; '
    + 'KIND in the order of SchoolKind; WEAK not weak first; STUDENTS of all sections; TEACHERS who count (ACTIVE or LEAVE); '
    + 'VACANCIES as `School.vacancies`; FAILING_INDICATORS the number of indicators failed in any section.',
});
