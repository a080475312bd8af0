import type { ApolloClient, TypedDocumentNode } from '@apollo/client';
import type { PageInfo } from '@careline/frontend-shared';

/** At most this many rows go into one export (50 pages of 100). */
export const exportRowLimit = 5000;

/** The part of a connection an export reads: a page of rows and where the next one starts. */
interface Connection<Row> {
  nodes: Row[];
  pageInfo: PageInfo;
}

/**
 * Every row of a cursor-paged list for an export, 100 at a time (the API's largest page), up to
 * `exportRowLimit`; `truncated` says the list had more. Always from the network, never the cache.
 */
export async function fetchAllPages<Data, Variables extends { first: number; after?: string | null }, Row>(
  client: ApolloClient,
  document: TypedDocumentNode<Data, Variables>,
  variables: Omit<Variables, 'first' | 'after'>,
  connectionOf: (data: Data) => Connection<Row> | null | undefined,
): Promise<{ rows: Row[]; truncated: boolean }> {
  const rows: Row[] = [];
  let after: string | null = null;
  for (;;) {
    const result: { data?: unknown } = await client.query({
      query: document,
      // 50 a page keeps a page of the widest rows (staff named through identity) under the gateway's cost limit
      variables: { ...variables, first: 50, after } as Variables,
      fetchPolicy: 'no-cache',
    });
    const connection: Connection<Row> | null | undefined = result.data ? connectionOf(result.data as Data) : null;
    if (!connection) break;
    rows.push(...connection.nodes);
    if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) return { rows, truncated: false };
    if (rows.length >= exportRowLimit) return { rows: rows.slice(0, exportRowLimit), truncated: true };
    after = connection.pageInfo.endCursor;
  }
  return { rows, truncated: false };
}
