import { skipToken, useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { TargetStaffDocument } from '../../targets/graphql/targets.documents.js';
import type { KpiCode, KpiDimension, KpiPeriodInput } from '../../../gql/graphql';
import { FunnelDocument, KpiDepartmentsDocument, KpiDetailDocument, KpisDocument } from '../graphql/kpi.documents.js';

/** how many periods the trend shows, the selected one included */
export const trendPoints = 12;

/**
 * Every KPI of the registry for the period (the cards). While new filters load, the previous figures
 * stay on screen (marked as refreshing) instead of flashing back to a spinner.
 */
export function useKpis(period: KpiPeriodInput, departmentCode: string | undefined) {
  const { data, previousData, loading, error, refetch } = useQuery(KpisDocument, {
    variables: { period, departmentCode: departmentCode ?? null },
    notifyOnNetworkStatusChange: true,
  });
  return { kpis: (data ?? previousData)?.kpis, loading, error, refetch };
}

/** The selected KPI's trend and its breakdown along one dimension; skipped until a KPI is known. */
export function useKpiDetail(
  code: KpiCode | undefined,
  period: KpiPeriodInput,
  departmentCode: string | undefined,
  dimension: KpiDimension | undefined,
) {
  const { data, previousData, loading, error, refetch } = useQuery(
    KpiDetailDocument,
    code && dimension
      ? {
          variables: { code, period, departmentCode: departmentCode ?? null, dimension, points: trendPoints },
          notifyOnNetworkStatusChange: true,
        }
      : skipToken,
  );
  const detail = (data ?? previousData)?.kpi;
  return { detail, loading, error, refetch };
}

export function useFunnel(period: KpiPeriodInput, departmentCode: string | undefined) {
  const { data, previousData, loading, error, refetch } = useQuery(FunnelDocument, {
    variables: { period, departmentCode: departmentCode ?? null },
    notifyOnNetworkStatusChange: true,
  });
  return { funnel: (data ?? previousData)?.funnel, loading, error, refetch };
}

/** The hospital's departments (for the director's switch and department names); [] until loaded. */
export function useDepartments(skip = false) {
  const { data, error } = useQuery(KpiDepartmentsDocument, skip ? skipToken : {});
  return { departments: data?.departments ?? [], error };
}

/**
 * identity's names of a department's staff (id → name), for the staff breakdown: analytics labels a
 * staff row by the id when it has no name for it. Empty until loaded, or when no department is given.
 */
export function useStaffNames(departmentCode: string | undefined): ReadonlyMap<string, string> {
  const { data } = useQuery(TargetStaffDocument, departmentCode ? { variables: { departmentCode } } : skipToken);
  return useMemo(() => new Map((data?.staffMembers?.nodes ?? []).map((staff) => [staff.id.toLowerCase(), staff.name])), [data]);
}
