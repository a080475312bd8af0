import { useQuery } from '@apollo/client/react';
import type { StaffMembersQueryVariables } from '../../../gql/graphql';
import { StaffMembersDocument } from '../graphql/staff.documents.js';

/** One page of staff; the previous page stays on screen while the next one loads. */
export function useStaffMembers(variables: StaffMembersQueryVariables) {
  const { data, previousData, loading, error, refetch } = useQuery(StaffMembersDocument, {
    variables,
    notifyOnNetworkStatusChange: true,
  });
  return { connection: (data ?? previousData)?.staffMembers, loading, error, refetch };
}
