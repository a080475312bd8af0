import { useQuery } from '@apollo/client/react';
import type { MembershipsQueryVariables } from '../../../gql/graphql';
import { MembershipsDocument } from '../graphql/membership.documents.js';

/** One page of memberships; the previous page stays on screen while the next one loads. */
export function useMemberships(variables: MembershipsQueryVariables, skip = false) {
  const { data, previousData, loading, error, refetch } = useQuery(MembershipsDocument, {
    variables,
    skip,
    notifyOnNetworkStatusChange: true,
  });
  return { connection: (data ?? previousData)?.memberships, loading, error, refetch };
}
