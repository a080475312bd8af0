import { describe, expect, it } from 'vitest';
import { currentPage, firstPage, nextPage, pagesFor, previousPage } from '../cursor-pages.js';

describe('cursor pages', () => {
  it('start at page 1, from the beginning', () => {
    expect(currentPage(firstPage('filters'))).toEqual({ page: 1, after: null });
  });

  it('go forward after each page’s end cursor and back the way they came', () => {
    let pages = firstPage('');
    pages = nextPage(pages, 'c1');
    expect(currentPage(pages)).toEqual({ page: 2, after: 'c1' });
    pages = nextPage(pages, 'c2');
    expect(currentPage(pages)).toEqual({ page: 3, after: 'c2' });
    pages = previousPage(pages);
    expect(currentPage(pages)).toEqual({ page: 2, after: 'c1' });
    pages = previousPage(pages);
    expect(currentPage(pages)).toEqual({ page: 1, after: null });
  });

  it('stay on page 1 when asked for the page before it', () => {
    const pages = firstPage('');
    expect(previousPage(pages)).toBe(pages);
  });

  it('take a missing end cursor as the beginning', () => {
    expect(currentPage(nextPage(firstPage(''), undefined))).toEqual({ page: 2, after: null });
  });

  it('keep their place while the filters are the same and start again at page 1 when they change', () => {
    const onPage3 = nextPage(nextPage(firstPage('tier=GOLD'), 'c1'), 'c2');
    expect(pagesFor(onPage3, 'tier=GOLD')).toBe(onPage3);
    const refiltered = pagesFor(onPage3, 'tier=SILVER');
    expect(refiltered.key).toBe('tier=SILVER');
    expect(currentPage(refiltered)).toEqual({ page: 1, after: null });
  });
});
