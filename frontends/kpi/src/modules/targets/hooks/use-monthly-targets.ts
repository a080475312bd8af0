import { useMutation, useQuery } from '@apollo/client/react';
import { MonthlyTargetsDocument, SetMonthlyTargetDocument } from '../graphql/targets.documents.js';

/** The month's targets (a department admin: their own department's, as the server limits them). */
export function useMonthlyTargets(month: string, departmentCode: string | undefined) {
  const { data, previousData, loading, error, refetch } = useQuery(MonthlyTargetsDocument, {
    variables: { month, departmentCode: departmentCode ?? null },
    notifyOnNetworkStatusChange: true,
  });
  return { targets: (data ?? previousData)?.monthlyTargets, loading, error, refetch };
}

/**
 * Sets (upserts) one target; the month's list and every KPI figure measured against targets are
 * fetched again, since completion rates change with their target.
 */
export function useSetMonthlyTarget() {
  return useMutation(SetMonthlyTargetDocument, { refetchQueries: ['MonthlyTargets', 'Kpis', 'KpiDetail'], awaitRefetchQueries: true });
}
