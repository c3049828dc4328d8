import { badInput } from '../../errors/app-error';
import { decodeCursor } from '../relay/cursor';
import type { SchoolOrder } from './school-order.input';

export type SortValue = string | number;

/** Where a page ended: the last school's sort value and code, under one order. */
export interface SchoolCursor {
  value: SortValue;
  code: string;
}

const orderTag = (order: SchoolOrder) => `${order.field}.${order.direction}`;

/** The cursor key of a school in a list: the order itself, the code and the sort value (`encodeCursor` wraps it). */
export function schoolCursorKey(order: SchoolOrder, code: string, value: SortValue): string {
  return `${orderTag(order)}|${code}|${JSON.stringify(value)}`;
}

/**
 * The position behind `after` in a list of this order. A cursor of another order (or of another list)
 * is BAD_USER_INPUT: its position means nothing here.
 */
export function decodeSchoolCursor(after: string, order: SchoolOrder, kind: 'text' | 'number'): SchoolCursor {
  const key = decodeCursor(after);
  const [tag, code, ...rest] = key.split('|');
  if (tag !== orderTag(order)) {
    const other = /^[A-Z_]+\.(ASC|DESC)$/.test(tag ?? '') ? ` (it is of ${tag})` : '';
    throw badInput('after', `"after" is not a cursor of this list in the order ${orderTag(order)}${other}: start again from the first page`);
  }
  let value: unknown;
  try {
    value = JSON.parse(rest.join('|'));
  } catch {
    value = undefined;
  }
  const valid = kind === 'number' ? typeof value === 'number' && Number.isFinite(value) : typeof value === 'string';
  if (!code || !/^[0-9A-Za-z]{1,20}$/.test(code) || !valid) throw badInput('after', '"after" is not a cursor of this list');
  return { value: value as SortValue, code };
}
