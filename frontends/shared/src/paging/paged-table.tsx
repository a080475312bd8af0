import type { ReactNode } from 'react';
import { PageEmpty } from '../ui/page-empty.js';
import { PageLoading } from '../ui/page-loading.js';
import { QueryError } from '../ui/query-error.js';
import { CursorPager } from './cursor-pager.js';
import type { ConnectionPage } from './page-info.js';
import type { CursorPaging } from './use-cursor-pages.js';

/**
 * The body of a list screen paged by cursor, in its four states: the query failed (and nothing is
 * shown yet) → the error with retry; not here yet → loading; nothing at all → `empty`; else the rows
 * (`children` draws them, usually an antd Table with `pagination={false}`) with the pager under them.
 * `filter` narrows the page on screen, for a list the server cannot search; a page it leaves empty
 * shows as empty.
 * The test ids are `testId` + `-error`, `-loading`, `-empty`, `-pager` unless `testIds` names one.
 */
export function PagedTable<Node>({
  connection,
  error,
  onRetry,
  errorTitle,
  empty,
  paging,
  pageSize,
  testId,
  testIds = {},
  filter,
  children,
}: {
  connection: ConnectionPage<Node> | null | undefined;
  error: unknown;
  onRetry: () => void;
  errorTitle: ReactNode;
  /** what "nothing" means here (the description under the empty picture) */
  empty: ReactNode;
  paging: CursorPaging;
  pageSize: number;
  testId: string;
  testIds?: Partial<Record<'error' | 'loading' | 'empty' | 'pager', string>>;
  filter?: (node: Node) => boolean;
  children: (nodes: Node[]) => ReactNode;
}) {
  if (error && !connection) {
    return <QueryError error={error} title={errorTitle} onRetry={onRetry} testId={testIds.error ?? `${testId}-error`} />;
  }
  if (!connection) return <PageLoading testId={testIds.loading ?? `${testId}-loading`} />;
  const shown = filter ? connection.nodes.filter(filter) : connection.nodes;
  if ((connection.totalCount === 0 && connection.nodes.length === 0) || (filter && shown.length === 0)) {
    return <PageEmpty testId={testIds.empty ?? `${testId}-empty`} description={empty} />;
  }
  return (
    <>
      {children(shown)}
      <CursorPager
        testId={testIds.pager ?? `${testId}-pager`}
        page={paging.page}
        pageSize={pageSize}
        totalCount={connection.totalCount}
        hasNextPage={connection.pageInfo.hasNextPage}
        onPrevious={paging.previous}
        onNext={() => paging.next(connection.pageInfo.endCursor)}
      />
    </>
  );
}
