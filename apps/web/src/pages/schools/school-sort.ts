import type { SchoolOrder, SchoolSortField } from '../../gql/graphql';

/** Ant Design's sort state of a column. */
export type ColumnSortOrder = 'ascend' | 'descend' | null;

/** The column's sort state under the list's order (controlled `sortOrder`). */
export function columnSortOrder(order: SchoolOrder | null, field: SchoolSortField): ColumnSortOrder {
  if (!order || order.field !== field) return null;
  return order.direction === 'DESC' ? 'descend' : 'ascend';
}

/**
 * The order a click on a sortable header asks for; null (the server's default, code order) when the
 * column's sorting is cleared. Columns are keyed by their SchoolSortField.
 */
export function orderFromSorter(sorter: { columnKey?: unknown; order?: ColumnSortOrder | undefined } | ReadonlyArray<{ columnKey?: unknown; order?: ColumnSortOrder | undefined }>): SchoolOrder | null {
  const one = Array.isArray(sorter) ? sorter[0] : sorter;
  if (!one || !one.order || typeof one.columnKey !== 'string') return null;
  return { field: one.columnKey as SchoolSortField, direction: one.order === 'descend' ? 'DESC' : 'ASC' };
}

/** Same order? (Both null: the default.) */
export function sameOrder(a: SchoolOrder | null, b: SchoolOrder | null): boolean {
  return (a?.field ?? null) === (b?.field ?? null) && (a?.direction ?? null) === (b?.direction ?? null);
}
