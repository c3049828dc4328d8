import { describe, expect, it } from 'vitest';
import { columnSortOrder, orderFromSorter, sameOrder } from './school-sort';

describe('school table sorting', () => {
  it('turns a header click into the order sent to the server, and back', () => {
    expect(orderFromSorter({ columnKey: 'STUDENTS', order: 'descend' })).toEqual({ field: 'STUDENTS', direction: 'DESC' });
    expect(orderFromSorter([{ columnKey: 'NAME', order: 'ascend' }])).toEqual({ field: 'NAME', direction: 'ASC' });
    expect(orderFromSorter({ columnKey: 'NAME', order: null })).toBeNull();
    expect(columnSortOrder({ field: 'STUDENTS', direction: 'DESC' }, 'STUDENTS')).toBe('descend');
    expect(columnSortOrder({ field: 'STUDENTS', direction: 'DESC' }, 'NAME')).toBeNull();
    expect(columnSortOrder(null, 'CODE')).toBeNull();
  });

  it('tells a new order from the same one', () => {
    expect(sameOrder(null, null)).toBe(true);
    expect(sameOrder({ field: 'NAME', direction: 'ASC' }, { field: 'NAME', direction: 'ASC' })).toBe(true);
    expect(sameOrder({ field: 'NAME', direction: 'ASC' }, { field: 'NAME', direction: 'DESC' })).toBe(false);
    expect(sameOrder(null, { field: 'CODE', direction: 'ASC' })).toBe(false);
  });
});
