import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { NewCustomersGroupBy, PeriodInput } from '../../../gql/graphql';
import { lastDaysPeriod } from '../utils/last-days-period.js';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The period and grouping, kept in the URL (`?from=&to=&groupBy=`) so a view can be bookmarked or
 * sent to a colleague; anything missing or malformed falls back to the last 30 days by day.
 */
export function useNewCustomersFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const from = searchParams.get('from');
  const to = searchParams.get('to');
  const groupByParam = searchParams.get('groupBy');

  const period = useMemo<PeriodInput>(
    () => (from && to && isoDate.test(from) && isoDate.test(to) && from <= to ? { from, to } : lastDaysPeriod(30)),
    [from, to],
  );
  const groupBy: NewCustomersGroupBy = groupByParam === 'CHANNEL' ? 'CHANNEL' : 'DAY';

  const update = useCallback(
    (next: Partial<{ period: PeriodInput; groupBy: NewCustomersGroupBy }>) => {
      setSearchParams(
        (current) => {
          const params = new URLSearchParams(current);
          if (next.period) {
            params.set('from', next.period.from);
            params.set('to', next.period.to);
          }
          if (next.groupBy) params.set('groupBy', next.groupBy);
          return params;
        },
        { replace: true },
      );
    },
    [setSearchParams],
  );

  return {
    period,
    groupBy,
    setPeriod: useCallback((value: PeriodInput) => update({ period: value }), [update]),
    setGroupBy: useCallback((value: NewCustomersGroupBy) => update({ groupBy: value }), [update]),
  };
}
