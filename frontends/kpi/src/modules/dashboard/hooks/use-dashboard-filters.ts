import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { hospitalToday } from '@careline/frontend-shared';
import type { KpiDimension, KpiPeriodInput, PeriodKind } from '../../../gql/graphql';
import { kpiDimensions, periodKinds } from '../utils/kpi-enum-values.js';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export interface DashboardFilters {
  period: KpiPeriodInput;
  /** the department the figures are limited to; undefined: the whole hospital */
  departmentCode: string | undefined;
  /** the KPI whose trend and breakdown are shown; undefined: the first of the registry */
  kpiCode: string | undefined;
  dimension: KpiDimension | undefined;
}

/**
 * The dashboard's period, department, selected KPI and breakdown dimension, kept in the URL
 * (`?kind=&date=&to=&department=&kpi=&dimension=`) so a view can be bookmarked or sent on; anything
 * missing or malformed falls back to this month (hospital time) for the whole hospital.
 */
export function useDashboardFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const kindParam = searchParams.get('kind');
  const dateParam = searchParams.get('date');
  const toParam = searchParams.get('to');
  const departmentParam = searchParams.get('department');
  const kpiParam = searchParams.get('kpi');
  const dimensionParam = searchParams.get('dimension');

  const period = useMemo<KpiPeriodInput>(() => {
    const kind: PeriodKind = periodKinds.find((candidate) => candidate === kindParam) ?? 'MONTH';
    const date = dateParam && isoDate.test(dateParam) ? dateParam : hospitalToday();
    if (kind === 'CUSTOM') {
      const to = toParam && isoDate.test(toParam) && toParam >= date ? toParam : date;
      return { kind, date, to };
    }
    return { kind, date };
  }, [kindParam, dateParam, toParam]);

  const filters = useMemo<DashboardFilters>(
    () => ({
      period,
      departmentCode: departmentParam || undefined,
      kpiCode: kpiParam || undefined,
      dimension: kpiDimensions.find((candidate) => candidate === dimensionParam),
    }),
    [period, departmentParam, kpiParam, dimensionParam],
  );

  const update = useCallback(
    (next: Partial<{ period: KpiPeriodInput; departmentCode: string | null; kpiCode: string; dimension: KpiDimension }>) => {
      setSearchParams(
        (current) => {
          const params = new URLSearchParams(current);
          if (next.period) {
            params.set('kind', next.period.kind);
            params.set('date', next.period.date);
            if (next.period.kind === 'CUSTOM' && next.period.to) params.set('to', next.period.to);
            else params.delete('to');
          }
          if (next.departmentCode !== undefined) {
            if (next.departmentCode) params.set('department', next.departmentCode);
            else params.delete('department');
          }
          if (next.kpiCode) params.set('kpi', next.kpiCode);
          if (next.dimension) params.set('dimension', next.dimension);
          return params;
        },
        { replace: true },
      );
    },
    [setSearchParams],
  );

  return { filters, update };
}
