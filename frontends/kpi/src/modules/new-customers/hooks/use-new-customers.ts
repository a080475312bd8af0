import { useQuery } from '@apollo/client/react';
import type { NewCustomersGroupBy, NewCustomersQuery, PeriodInput } from '../../../gql/graphql';
import { NewCustomersDocument } from '../graphql/new-customers.query.js';

/**
 * New-customer figures for a period. While new filters load, the previous figures stay on screen
 * (marked as refreshing) instead of flashing back to a spinner.
 */
export function useNewCustomers(period: PeriodInput, groupBy: NewCustomersGroupBy) {
  const { data, previousData, loading, error, refetch } = useQuery(NewCustomersDocument, {
    variables: { period, groupBy },
    notifyOnNetworkStatusChange: true,
  });
  const figures: NewCustomersQuery['newCustomers'] | undefined = (data ?? previousData)?.newCustomers;
  return { figures, loading, error, refetch };
}
