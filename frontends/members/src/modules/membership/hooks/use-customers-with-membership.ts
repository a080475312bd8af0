import { useQuery } from '@apollo/client/react';
import { CustomersWithMembershipDocument } from '../graphql/membership.documents.js';

/** One page of crm's customers found by name or phone, each with their membership (or none). */
export function useCustomersWithMembership(variables: { search: string; first: number; after: string | null }, skip = false) {
  const { data, previousData, loading, error, refetch } = useQuery(CustomersWithMembershipDocument, {
    variables,
    skip: skip || variables.search === '',
    notifyOnNetworkStatusChange: true,
  });
  return { connection: (data ?? previousData)?.customers, loading, error, refetch };
}
