import { useQuery } from '@apollo/client/react';
import { PartnerOrganisationsDocument } from '../graphql/partners.documents.js';

/** One page of partner organisations, newest first. */
export function usePartnerOrganisations(first: number, after: string | null) {
  const { data, previousData, loading, error, refetch } = useQuery(PartnerOrganisationsDocument, {
    variables: { first, after },
    notifyOnNetworkStatusChange: true,
  });
  return { connection: (data ?? previousData)?.partnerOrganisations, loading, error, refetch };
}
