import { AREA_TYPES, countsInIndicators, SCHOOL_KINDS, TEACHER_STATUSES } from '@junheng/domain';
import type { SchoolCursor } from './school-cursor';
import type { SchoolSortField } from './school-sort-field';

/** A sort key computed by SQL over `school s`, with the parameters it names. */
export interface SqlSortKey {
  expression: string;
  kind: 'text' | 'number';
  params: Record<string, unknown>;
}

const COUNTED_STATUSES = TEACHER_STATUSES.filter(countsInIndicators);

// Teachers who count at the school (ACTIVE or LEAVE) where they teach, as the indicators count them.
const COUNTED_TEACHERS = '(SELECT COUNT(*)::int FROM teacher st WHERE st.school_code = s.code AND st.status = ANY(:sortCountedStatuses))';

// Posts the school holds, as `School.vacancies` counts them (the domain's postsHeldBySchool): its counted
// teachers not on rotation, plus those out on rotation (their post stays home); visitors hold none. Two
// counts, each by its own index (ix_teacher_school, ix_teacher_home_school).
const POSTS_HELD = `((SELECT COUNT(*)::int FROM teacher st WHERE st.school_code = s.code AND (st.home_school_code IS NULL OR st.home_school_code = s.code)
     AND st.status = ANY(:sortCountedStatuses))
  + (SELECT COUNT(*)::int FROM teacher st WHERE st.home_school_code = s.code AND st.school_code <> s.code AND st.status = ANY(:sortCountedStatuses)))`;

// Posts earmarked for an applied plan's hires (domain School.earmarkedPosts), by ix_post_earmark_school.
const EARMARKED = '(SELECT COUNT(*)::int FROM post_earmark e WHERE e.school_code = s.code)';

function collated(column: string, collation: string | null): string {
  return collation ? `${column} COLLATE "${collation}"` : column;
}

/**
 * The SQL sort key of a field, or null for a key only the domain can compute (FAILING_INDICATORS).
 * `collation`: the ICU collation for Chinese text, when the database has one.
 */
export function sqlSortKey(field: SchoolSortField, collation: string | null): SqlSortKey | null {
  switch (field) {
    case 'CODE':
      return { expression: 's.code', kind: 'text', params: {} };
    case 'NAME':
      return { expression: collated('s.name', collation), kind: 'text', params: {} };
    case 'TOWNSHIP':
      return { expression: collated('s.township', collation), kind: 'text', params: {} };
    case 'AREA':
      return { expression: 'array_position(:sortAreas::varchar[], s.area)', kind: 'number', params: { sortAreas: [...AREA_TYPES] } };
    case 'KIND':
      return { expression: 'array_position(:sortKinds::varchar[], s.kind)', kind: 'number', params: { sortKinds: [...SCHOOL_KINDS] } };
    case 'WEAK':
      return { expression: 's.weak::int', kind: 'number', params: {} };
    case 'STUDENTS':
      return { expression: '(SELECT COALESCE(SUM(x.students), 0)::int FROM section x WHERE x.school_code = s.code)', kind: 'number', params: {} };
    case 'TEACHERS':
      return { expression: COUNTED_TEACHERS, kind: 'number', params: { sortCountedStatuses: COUNTED_STATUSES } };
    case 'VACANCIES':
      return {
        expression: `GREATEST(0, COALESCE((SELECT q.posts FROM staffing_quota q WHERE q.school_code = s.code), 0) - ${POSTS_HELD} - ${EARMARKED})`,
        kind: 'number',
        params: { sortCountedStatuses: COUNTED_STATUSES },
      };
    case 'FAILING_INDICATORS':
      return null;
  }
}

/** Rows after `cursor` in the order (key direction, then code ascending): a WHERE clause and its parameters. */
export function keysetAfter(key: SqlSortKey, direction: 'ASC' | 'DESC', cursor: SchoolCursor): { where: string; params: Record<string, unknown> } {
  const op = direction === 'ASC' ? '>' : '<';
  if (key.expression === 's.code') return { where: `s.code ${op} :afterCode`, params: { afterCode: cursor.code } };
  return {
    where: `(${key.expression} ${op} :afterValue OR (${key.expression} = :afterValue AND s.code > :afterCode))`,
    params: { ...key.params, afterValue: cursor.value, afterCode: cursor.code },
  };
}
