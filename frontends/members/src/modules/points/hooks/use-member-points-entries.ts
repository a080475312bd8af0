import { useQuery } from '@apollo/client/react';
import { MemberPointsEntriesDocument, type PointsEntryKind } from '../graphql/points.documents.js';

/** One page of a member's points ledger, newest first; the previous page stays while the next loads. */
export function useMemberPointsEntries(variables: { id: string; kind: PointsEntryKind | null; first: number; after: string | null }) {
  const { data, previousData, loading, error, refetch } = useQuery(MemberPointsEntriesDocument, {
    variables,
    notifyOnNetworkStatusChange: true,
  });
  return { membership: (data ?? previousData)?.membership, loading, error, refetch };
}
