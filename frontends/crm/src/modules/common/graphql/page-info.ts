/** The shared `PageInfo` of every connection. */
export interface PageInfo {
  endCursor: string | null;
  hasNextPage: boolean;
}
