import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n/init-i18n.js';
import { PagedTable } from '../paged-table.js';
import type { ConnectionPage } from '../page-info.js';
import type { CursorPaging } from '../use-cursor-pages.js';

const paging: CursorPaging = { page: 2, after: 'c1', next: () => {}, previous: () => {} };
const page = (nodes: string[], totalCount: number, hasNextPage: boolean): ConnectionPage<string> => ({
  nodes,
  totalCount,
  pageInfo: { hasNextPage, endCursor: 'c2' },
});

function render(
  connection: ConnectionPage<string> | undefined,
  error: unknown = undefined,
  testIds = {},
  filter?: (node: string) => boolean,
) {
  return renderToStaticMarkup(
    <PagedTable
      connection={connection}
      error={error}
      onRetry={() => {}}
      errorTitle="Gifts could not be loaded"
      empty="No gifts yet"
      paging={paging}
      pageSize={2}
      testId="gifts"
      testIds={testIds}
      {...(filter ? { filter } : {})}
    >
      {(nodes) => (
        <ul data-testid="gifts-table">
          {nodes.map((node) => (
            <li key={node}>{node}</li>
          ))}
        </ul>
      )}
    </PagedTable>,
  );
}

/** The opening tag of the button with `testId`. */
const button = (html: string, testId: string) => new RegExp(`<button[^>]*data-testid="${testId}"[^>]*>`).exec(html)?.[0] ?? '';

describe('PagedTable', () => {
  beforeAll(() => {
    initI18n();
  });

  it('draws the rows with the pager under them: total, page k of m, previous and next', () => {
    const html = render(page(['Toothbrush', 'Voucher'], 5, true));
    expect(html).toContain('data-testid="gifts-table"');
    expect(html).toContain('<li>Toothbrush</li><li>Voucher</li>');
    expect(html).toContain('data-testid="gifts-pager"');
    expect(html).toContain('共 5 条 · 第 2 / 3 页');
    expect(button(html, 'gifts-pager-next')).not.toContain('disabled');
    expect(button(html, 'gifts-pager-previous')).not.toContain('disabled');
  });

  it('disables next on the last page', () => {
    const html = render(page(['Toothbrush'], 3, false));
    expect(button(html, 'gifts-pager-next')).toContain('disabled');
    expect(button(html, 'gifts-pager-previous')).not.toContain('disabled');
  });

  it('says loading until the first page is here', () => {
    const html = render(undefined);
    expect(html).toContain('data-testid="gifts-loading"');
    expect(html).not.toContain('gifts-pager');
  });

  it('says what nothing means when the list is empty, with no pager', () => {
    const html = render(page([], 0, false));
    expect(html).toContain('data-testid="gifts-empty"');
    expect(html).toContain('No gifts yet');
    expect(html).not.toContain('gifts-pager');
  });

  it('shows the error with retry when the query failed before any page came', () => {
    const html = render(undefined, new Error('gateway down'));
    expect(html).toContain('data-testid="gifts-error"');
    // the person's words in the page's language (zh-CN by default), never the transport's English
    expect(html).toContain('无法连接服务器');
    expect(html).not.toContain('gateway down');
    expect(html).toContain('data-testid="gifts-error-retry"');
  });

  it('keeps the rows it has when a later page fails', () => {
    const html = render(page(['Toothbrush'], 1, false), new Error('gateway down'));
    expect(html).toContain('<li>Toothbrush</li>');
    expect(html).not.toContain('gifts-error');
  });

  it('keeps the pager on a page that came back with no rows, so there is a way back', () => {
    const html = render(page([], 5, false));
    expect(html).toContain('data-testid="gifts-pager"');
    expect(html).not.toContain('gifts-empty');
  });

  it('draws only the rows the on-screen filter keeps, and says empty when it keeps none', () => {
    const narrowed = render(page(['Toothbrush', 'Voucher'], 5, true), undefined, {}, (node) => node.startsWith('T'));
    expect(narrowed).toContain('<li>Toothbrush</li></ul>');
    expect(narrowed).not.toContain('Voucher');
    const none = render(page(['Toothbrush', 'Voucher'], 5, true), undefined, {}, (node) => node.startsWith('X'));
    expect(none).toContain('data-testid="gifts-empty"');
    expect(none).not.toContain('gifts-pager');
  });

  it('uses the test ids a screen names instead of the derived ones', () => {
    expect(render(undefined, new Error('x'), { error: 'gifts-list-error' })).toContain('data-testid="gifts-list-error"');
    expect(render(page(['a'], 1, false), undefined, { pager: 'gift-pager' })).toContain('data-testid="gift-pager"');
  });
});
