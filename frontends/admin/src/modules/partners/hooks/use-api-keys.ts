import { useQuery } from '@apollo/client/react';
import { ApiKeysDocument } from '../graphql/partners.documents.js';

/** One page of a partner's API keys, newest first. */
export function useApiKeys(partnerId: string, first: number, after: string | null) {
  const { data, previousData, loading, error, refetch } = useQuery(ApiKeysDocument, {
    variables: { partnerId, first, after },
    notifyOnNetworkStatusChange: true,
  });
  return { connection: (data ?? previousData)?.apiKeys, loading, error, refetch };
}
