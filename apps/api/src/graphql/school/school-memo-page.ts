import type { SchoolEntity } from '@junheng/db';
import { AREA_TYPES, SCHOOL_KINDS } from '@junheng/domain';
import type { RequestContext } from '../../context';
import type { Page } from '../relay/connection';
import { DEFAULT_PAGE_SIZE } from '../relay/page.args';
import type { SchoolCursor, SortValue } from './school-cursor';
import type { SchoolListInput } from './school.service';
import type { SchoolOrder } from './school-order.input';

export interface SortedSchool {
  entity: SchoolEntity;
  value: SortValue;
}

// Codes of digits only (checked): the same order in JavaScript as in SQL.
const compareCodes = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const DIGITS = /^[0-9]+$/;

/**
 * The sort value of a school as `sqlSortKey` computes it in SQL, for the orders whose value is in the row
 * itself (`array_position` is 1-based; 0: a value the list does not know, which SQL would sort as NULL).
 */
const VALUE_OF: Partial<Record<SchoolOrder['field'], (e: SchoolEntity) => SortValue>> = {
  CODE: (e) => e.code,
  KIND: (e) => (SCHOOL_KINDS as readonly string[]).indexOf(e.kind) + 1,
  AREA: (e) => (AREA_TYPES as readonly string[]).indexOf(e.area) + 1,
  WEAK: (e) => (e.weak ? 1 : 0),
};

/**
 * A page of schools from the memo's school rows (read once per county and data version), in exactly the
 * order, keyset and totals of the SQL page: for the orders and filters that need only the row (code,
 * kind, area, weak; filters kind, area, weak). Null when the SQL path must answer: another order or
 * filter, no memo, a county without a memo key, or a code that is not digits only (the database's
 * collation could order it otherwise).
 */
export async function memoSchoolPage(
  ctx: RequestContext, counties: readonly string[], input: SchoolListInput, order: SchoolOrder, after: SchoolCursor | null,
): Promise<Page<SortedSchool> | null> {
  const filter = input.filter;
  const valueOf = VALUE_OF[order.field];
  if (!valueOf || filter?.level || filter?.failing || filter?.search?.trim()) return null;
  if (after && !DIGITS.test(after.code)) return null;
  const lists = await Promise.all(counties.map((c) => ctx.loaders.countySchools(c)));
  const rows: SchoolEntity[] = [];
  for (const list of lists) {
    if (!list || !list.codesAreDigits) return null;
    for (const e of list.rows) {
      if (filter?.kind && e.kind !== filter.kind) continue;
      if (filter?.area && e.area !== filter.area) continue;
      if (filter?.weak !== undefined && filter.weak !== null && e.weak !== filter.weak) continue;
      rows.push(e);
    }
  }
  const sign = order.direction === 'ASC' ? 1 : -1;
  const sorted: SortedSchool[] = rows.map((entity) => ({ entity, value: valueOf(entity) }));
  if (sorted.some((s) => s.value === 0)) return null;
  if (order.field === 'CODE') {
    // Counties' rows are each in code order: one county ascending needs no sort.
    if (counties.length > 1 || sign < 0) sorted.sort((a, b) => sign * compareCodes(a.entity.code, b.entity.code));
  } else {
    sorted.sort((a, b) => sign * ((a.value as number) - (b.value as number)) || compareCodes(a.entity.code, b.entity.code));
  }
  let start = 0;
  if (after) {
    const isAfter =
      order.field === 'CODE'
        ? (s: SortedSchool) => sign * compareCodes(s.entity.code, after.code) > 0
        : (s: SortedSchool) => sign * ((s.value as number) - (after.value as number)) > 0 || (s.value === after.value && compareCodes(s.entity.code, after.code) > 0);
    start = sorted.findIndex(isAfter);
    if (start < 0) start = sorted.length;
  }
  const size = input.first ?? DEFAULT_PAGE_SIZE;
  const nodes = sorted.slice(start, start + size);
  const total = sorted.length;
  return { nodes, keys: [], hasNextPage: start + size < total, hasPreviousPage: after !== null, totalCount: async () => total };
}
