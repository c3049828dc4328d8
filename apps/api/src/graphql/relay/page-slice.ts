import { DEFAULT_PAGE_SIZE } from './page.args';
import { decodeCursor } from './cursor';
import type { Page } from './connection';

/** A page of an in-memory list already sorted by key (lists filtered by a domain rule). */
export function sliceSorted<T>(items: readonly T[], keyOf: (item: T) => string | number, first: number | undefined, after: string | undefined): Page<T> {
  const size = first ?? DEFAULT_PAGE_SIZE;
  let start = 0;
  if (after !== undefined && after !== null) {
    const afterKey = decodeCursor(after);
    const numeric = typeof (items[0] === undefined ? '' : keyOf(items[0])) === 'number';
    const cmp = numeric ? Number(afterKey) : afterKey;
    start = items.findIndex((item) => keyOf(item) > cmp);
    if (start < 0) start = items.length;
  }
  const nodes = items.slice(start, start + size);
  return {
    nodes,
    keys: nodes.map(keyOf),
    hasNextPage: start + size < items.length,
    hasPreviousPage: start > 0,
    totalCount: async () => items.length,
  };
}
