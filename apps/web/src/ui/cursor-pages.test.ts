import { describe, expect, it } from 'vitest';
import { currentAfter, firstPage, nextPage, pageNumber, previousPage } from './cursor-pages';

describe('cursor pages', () => {
  it('walks forward and back over end cursors', () => {
    let p = firstPage;
    expect(currentAfter(p)).toBeNull();
    p = nextPage(p, 'c1');
    p = nextPage(p, 'c2');
    expect(pageNumber(p)).toBe(3);
    expect(currentAfter(p)).toBe('c2');
    p = previousPage(p);
    expect(currentAfter(p)).toBe('c1');
    p = previousPage(previousPage(p));
    expect(p).toEqual(firstPage);
  });
  it('stays put without an end cursor', () => {
    expect(nextPage(firstPage, null)).toBe(firstPage);
  });
});
