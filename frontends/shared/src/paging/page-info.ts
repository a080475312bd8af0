/**
 * Where a page of a connection ends: what every list document selects inline as
 * `pageInfo { hasNextPage endCursor }`. Structural, so any front end's generated operation type fits.
 */
export interface PageInfo {
  hasNextPage: boolean;
  endCursor?: string | null;
}

/** A page of a connection as the list screens read it: its rows, the count of all and where it ends. */
export interface ConnectionPage<Node> {
  nodes: Node[];
  totalCount: number;
  pageInfo: PageInfo;
}
