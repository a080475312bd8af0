import { useQuery } from '@apollo/client/react';
import type { AuditLogFilter } from '../../../gql/graphql';
import { AuditLogDocument } from '../graphql/audit.documents.js';

/** One page of audit entries, newest first; the previous page stays on screen while the next one loads. */
export function useAuditLog(filter: AuditLogFilter, first: number, after: string | null) {
  const { data, previousData, loading, error, refetch } = useQuery(AuditLogDocument, {
    variables: { filter, first, after },
    notifyOnNetworkStatusChange: true,
  });
  return { connection: (data ?? previousData)?.auditLog, loading, error, refetch };
}
