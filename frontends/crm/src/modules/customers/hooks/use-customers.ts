import { useQuery } from '@apollo/client/react';
import type { CrmCustomersQueryVariables } from '../../../gql/graphql';
import { CustomersDocument } from '../graphql/customers.documents.js';

/** One page of customers; the previous page stays on screen while the next one loads. */
export function useCustomers(variables: CrmCustomersQueryVariables) {
  const { data, previousData, loading, error, refetch } = useQuery(CustomersDocument, {
    variables,
    notifyOnNetworkStatusChange: true,
  });
  return { connection: (data ?? previousData)?.customers, loading, error, refetch };
}
