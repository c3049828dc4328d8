/** Server-side paging over a Relay connection: the `after` cursor of every page seen so far. */
export interface CursorPages {
  /** cursors[i] is the `after` of page i (null for the first page). */
  cursors: ReadonlyArray<string | null>;
}

export const firstPage: CursorPages = { cursors: [null] };

export function currentAfter(pages: CursorPages): string | null {
  return pages.cursors[pages.cursors.length - 1] ?? null;
}

export function pageNumber(pages: CursorPages): number {
  return pages.cursors.length;
}

export function nextPage(pages: CursorPages, endCursor: string | null | undefined): CursorPages {
  return endCursor ? { cursors: [...pages.cursors, endCursor] } : pages;
}

export function previousPage(pages: CursorPages): CursorPages {
  return pages.cursors.length > 1 ? { cursors: pages.cursors.slice(0, -1) } : pages;
}
