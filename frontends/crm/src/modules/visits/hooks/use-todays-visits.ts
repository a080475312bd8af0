import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useState } from 'react';
import { hospitalDayOf } from '@careline/frontend-shared';
import type { CrmVisitFragment as Visit, CrmVisitsQuery } from '../../../gql/graphql';
import { VisitsDocument } from '../graphql/visits.documents.js';

// 50 rows a page: a row names its staff through identity (staff fields, docs/staff-names.md), and 100
// such rows go over the gateway's cost limit (3000, docs/edge.md)
const PAGE = 50;
/** A desk registers a few hundred arrivals a day at most; beyond this the list says it stopped. */
const LIMIT = 1000;

export interface TodaysVisits {
  visits: Visit[] | undefined;
  loading: boolean;
  error: unknown;
  truncated: boolean;
  refetch: () => void;
}

/**
 * The visits registered on a hospital day (today at the desk), newest first. crm lists visits newest
 * first without a day filter, so the pages are read until one reaches the day before.
 */
export function useTodaysVisits(day: string): TodaysVisits {
  const client = useApolloClient();
  const [reload, setReload] = useState(0);
  const [state, setState] = useState<{ visits?: Visit[]; error?: unknown; truncated: boolean; loading: boolean }>({
    truncated: false,
    loading: true,
  });

  useEffect(() => {
    let cancelled = false;
    setState((current) => ({ ...current, loading: true, error: undefined }));
    void (async () => {
      try {
        const rows: Visit[] = [];
        let after: string | null = null;
        let truncated = false;
        for (;;) {
          const { data }: { data?: CrmVisitsQuery | undefined } = await client.query({
            query: VisitsDocument,
            variables: { first: PAGE, after },
            fetchPolicy: 'network-only',
          });
          const page: CrmVisitsQuery['visits'] | undefined = data?.visits;
          if (!page) break;
          const nodes = page.nodes;
          rows.push(...nodes.filter((visit) => hospitalDayOf(visit.arrivedAt) === day));
          const last = nodes.at(-1);
          if (!page.pageInfo.hasNextPage || !last || hospitalDayOf(last.arrivedAt) < day) break;
          if (rows.length >= LIMIT) {
            truncated = true;
            break;
          }
          after = page.pageInfo.endCursor;
        }
        if (!cancelled) setState({ visits: rows, truncated, loading: false });
      } catch (error) {
        if (!cancelled) setState((current) => ({ ...current, error, loading: false }));
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [client, day, reload]);

  const refetch = useCallback(() => setReload((count) => count + 1), []);
  return { visits: state.visits, loading: state.loading, error: state.error, truncated: state.truncated, refetch };
}
