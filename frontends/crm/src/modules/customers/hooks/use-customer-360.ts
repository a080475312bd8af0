import { useQuery } from '@apollo/client/react';
import type { CrmCustomerConsultationsQueryVariables, CrmCustomerVisitsQueryVariables } from '../../../gql/graphql';
import { Customer360Document, CustomerConsultationsDocument, CustomerVisitsDocument } from '../graphql/customer-360.documents.js';

/** The customer's profile, class history, key account and membership (members, through the gateway). */
export function useCustomer360(id: string) {
  const { data, loading, error, refetch } = useQuery(Customer360Document, { variables: { id } });
  return { customer: data?.customer, loading, error, refetch };
}

/** One page of the customer's consultations; the previous page stays on screen while the next one loads. */
export function useCustomerConsultations(variables: CrmCustomerConsultationsQueryVariables) {
  const { data, previousData, loading, error, refetch } = useQuery(CustomerConsultationsDocument, {
    variables,
    notifyOnNetworkStatusChange: true,
  });
  return { connection: (data ?? previousData)?.consultations, loading, error, refetch };
}

/** One page of the customer's visits (到院). */
export function useCustomerVisits(variables: CrmCustomerVisitsQueryVariables) {
  const { data, previousData, loading, error, refetch } = useQuery(CustomerVisitsDocument, {
    variables,
    notifyOnNetworkStatusChange: true,
  });
  return { connection: (data ?? previousData)?.visits, loading, error, refetch };
}
