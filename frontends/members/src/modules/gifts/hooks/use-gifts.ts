import { useQuery } from '@apollo/client/react';
import type { GiftFieldsFragment, GiftsQuery, GiftsQueryVariables, GiftsWithCostQuery } from '../../../gql/graphql';
import { GiftsDocument, GiftsWithCostDocument } from '../graphql/gifts.documents.js';
import { useMemberPermissions } from '../../../app/use-member-permissions.js';

/** A gift of the catalogue; with its unit cost only for those who see costs (finance). */
export type CatalogueGift = GiftFieldsFragment & Partial<Pick<NonNullable<GiftsWithCostQuery['gifts']>['nodes'][number], 'unitCostFen'>>;

/** One page of the gift catalogue (with unit costs for finance); the previous page stays while the next loads. */
export function useGifts(variables: GiftsQueryVariables) {
  const withCost = useMemberPermissions().seesCosts;
  const { data, previousData, loading, error, refetch } = useQuery(withCost ? GiftsWithCostDocument : GiftsDocument, {
    variables,
    notifyOnNetworkStatusChange: true,
  });
  // null when members could not answer (the error says so): no page, as while loading
  const connection: (Omit<NonNullable<GiftsQuery['gifts']>, 'nodes'> & { nodes: CatalogueGift[] }) | undefined =
    (data ?? previousData)?.gifts ?? undefined;
  return { connection, loading, error, refetch, withCost };
}
