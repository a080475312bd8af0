import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useState } from 'react';
import type { CrmAppointmentFragment as Appointment, CrmAppointmentsQuery } from '../../../gql/graphql';
import { AppointmentsDocument } from '../graphql/appointments.documents.js';

/** More than this many in one day is beyond what a grid can show; the page says so. */
const PER_DAY_LIMIT = 500;
// 50 rows a page: a row names its staff through identity (staff fields, docs/staff-names.md), and 100
// such rows go over the gateway's cost limit (3000, docs/edge.md)
const PAGE = 50;

export interface AppointmentsOnDays {
  appointments: Appointment[] | undefined;
  loading: boolean;
  error: unknown;
  /** some day had more than the grid can show */
  truncated: boolean;
  refetch: () => void;
}

/**
 * Every appointment of the given consecutive hospital days (and doctor), for the day and week grids:
 * read page by page (100 a page) until the last page. A grid needs the whole day, not a page of it;
 * the paged list view is the one for browsing.
 */
export function useAppointmentsOnDays(days: readonly string[], doctorId: string | null): AppointmentsOnDays {
  const client = useApolloClient();
  const key = JSON.stringify({ days, doctorId });
  const [reload, setReload] = useState(0);
  const [state, setState] = useState<{ key: string; appointments?: Appointment[]; error?: unknown; truncated: boolean; loading: boolean }>({
    key: '',
    truncated: false,
    loading: true,
  });

  useEffect(() => {
    let cancelled = false;
    setState((current) => ({ ...current, loading: true, error: undefined }));
    void (async () => {
      try {
        let truncated = false;
        // consecutive days are read as one range (crm's from / to), a single day by `day`
        const ranges =
          days.length > 1
            ? [{ day: null, from: days[0]!, to: days[days.length - 1]! }]
            : days.map((day) => ({ day, from: null, to: null }));
        const limit = PER_DAY_LIMIT * Math.max(1, days.length);
        const perDay = await Promise.all(
          ranges.map(async (range) => {
            const rows: Appointment[] = [];
            let after: string | null = null;
            for (;;) {
              // typed: the loop's `after` would otherwise make the result's type circular
              const { data }: { data?: CrmAppointmentsQuery | undefined } = await client.query({
                query: AppointmentsDocument,
                variables: { ...range, doctorId, first: PAGE, after },
                fetchPolicy: 'network-only',
              });
              const page: CrmAppointmentsQuery['appointments'] | undefined = data?.appointments;
              if (!page) break;
              rows.push(...page.nodes);
              if (!page.pageInfo.hasNextPage) break;
              if (rows.length >= limit) {
                truncated = true;
                break;
              }
              after = page.pageInfo.endCursor;
            }
            return rows;
          }),
        );
        if (!cancelled) setState({ key, appointments: perDay.flat(), truncated, loading: false });
      } catch (error) {
        if (!cancelled) setState((current) => ({ ...current, key, error, loading: false }));
      }
    })();
    return () => {
      cancelled = true;
    };
    // `key` stands for days and doctorId
  }, [client, key, reload]);

  const refetch = useCallback(() => setReload((count) => count + 1), []);
  // the previous view's appointments stay on screen while the next ones load
  return { appointments: state.appointments, loading: state.loading, error: state.error, truncated: state.truncated, refetch };
}
