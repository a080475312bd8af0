/**
 * Forward-only cursor paging made two-way: the `after` cursor of every page visited, so "previous"
 * goes back without the server offering offsets. `key` is what the pages are of (the filters): other
 * filters start again at page 1. Plain values and functions, so the paging is testable without React.
 */
export interface CursorPages {
  readonly key: string;
  /** the `after` of page 1, 2, …; page 1 starts at the beginning (null) */
  readonly cursors: readonly (string | null)[];
}

/** Page 1 of the list `key` names. */
export function firstPage(key: string): CursorPages {
  return { key, cursors: [null] };
}

/** The same pages while `key` is the same; page 1 of the new list when the filters changed. */
export function pagesFor(pages: CursorPages, key: string): CursorPages {
  return pages.key === key ? pages : firstPage(key);
}

/** The page after the current one, which starts after `endCursor` (the current page's `pageInfo.endCursor`). */
export function nextPage(pages: CursorPages, endCursor: string | null | undefined): CursorPages {
  return { key: pages.key, cursors: [...pages.cursors, endCursor ?? null] };
}

/** The page before the current one; page 1 stays page 1. */
export function previousPage(pages: CursorPages): CursorPages {
  return pages.cursors.length > 1 ? { key: pages.key, cursors: pages.cursors.slice(0, -1) } : pages;
}

/** The page shown (1-based) and the `after` cursor to ask the server for it with. */
export function currentPage(pages: CursorPages): { page: number; after: string | null } {
  return { page: pages.cursors.length, after: pages.cursors[pages.cursors.length - 1] ?? null };
}
