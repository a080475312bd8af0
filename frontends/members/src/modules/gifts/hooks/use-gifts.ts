import { useQuery } from '@apollo/client/react';
import { GiftsDocument, GiftsWithCostDocument, type GiftsVariables } from '../graphql/gifts.documents.js';
import { useMemberPermissions } from '../../../app/use-member-permissions.js';

/** One page of the gift catalogue (with unit costs for finance); the previous page stays while the next loads. */
export function useGifts(variables: GiftsVariables) {
  const withCost = useMemberPermissions().seesCosts;
  const { data, previousData, loading, error, refetch } = useQuery(withCost ? GiftsWithCostDocument : GiftsDocument, {
    variables,
    notifyOnNetworkStatusChange: true,
  });
  return { connection: (data ?? previousData)?.gifts, loading, error, refetch, withCost };
}
