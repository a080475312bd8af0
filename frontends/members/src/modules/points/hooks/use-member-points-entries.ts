import { useQuery } from '@apollo/client/react';
import type { MemberPointsEntriesQueryVariables } from '../../../gql/graphql';
import { MemberPointsEntriesDocument } from '../graphql/points.documents.js';

/** One page of a member's points ledger, newest first; the previous page stays while the next loads. */
export function useMemberPointsEntries(variables: MemberPointsEntriesQueryVariables) {
  const { data, previousData, loading, error, refetch } = useQuery(MemberPointsEntriesDocument, {
    variables,
    notifyOnNetworkStatusChange: true,
  });
  return { membership: (data ?? previousData)?.membership, loading, error, refetch };
}
