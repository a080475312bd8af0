import { useCallback, useState } from 'react';
import { currentPage, firstPage, nextPage, pagesFor, previousPage } from './cursor-pages.js';
import type { PageInfo } from './page-info.js';

/** A list's paging state: the page shown, the cursor to fetch it with, and the moves. */
export interface CursorPaging {
  /** 1-based */
  page: number;
  /** the `after` variable of the list query */
  after: string | null;
  /** to the next page, which starts after the current page's `pageInfo.endCursor` */
  next: (endCursor: PageInfo['endCursor']) => void;
  previous: () => void;
}

/**
 * Two-way paging over a forward-only cursor connection (see cursor-pages.ts). Starts again at page 1
 * whenever `resetKey` (the filters) changes.
 */
export function useCursorPages(resetKey: string): CursorPaging {
  const [state, setState] = useState(() => firstPage(resetKey));
  const pages = pagesFor(state, resetKey);
  // the filters changed: adopt page 1 during render, so the new list is never asked for at an old cursor
  if (pages !== state) setState(pages);
  const next = useCallback((endCursor: PageInfo['endCursor']) => setState((current) => nextPage(current, endCursor)), []);
  const previous = useCallback(() => setState((current) => previousPage(current)), []);
  return { ...currentPage(pages), next, previous };
}
