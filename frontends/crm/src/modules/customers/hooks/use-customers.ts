import { useQuery } from '@apollo/client/react';
import { CustomersDocument, type CustomersVariables } from '../graphql/customers.documents.js';

/** One page of customers; the previous page stays on screen while the next one loads. */
export function useCustomers(variables: CustomersVariables) {
  const { data, previousData, loading, error, refetch } = useQuery(CustomersDocument, {
    variables,
    notifyOnNetworkStatusChange: true,
  });
  return { connection: (data ?? previousData)?.customers, loading, error, refetch };
}
