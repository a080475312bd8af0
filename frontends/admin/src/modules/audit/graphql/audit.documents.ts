import { gql, type TypedDocumentNode } from '@apollo/client';
import type { PageInfo } from '../../common/graphql/page-info.js';

// Hand-written until GraphQL Code Generator (client preset) runs against the composed supergraph;
// then this file and its types are replaced by the generated `graphql()` documents.

export type AuditOutcome = 'SUCCESS' | 'DENIED' | 'FAILED';

/** identity's `AuditLogFilter`: every field given must match. */
export interface AuditLogFilter {
  actorId?: string | null;
  customerId?: string | null;
  operation?: string | null;
  outcome?: AuditOutcome | null;
  /** at or after (ISO instant) */
  from?: string | null;
  /** before (ISO instant) */
  to?: string | null;
}

/** identity's `AuditEntry`. */
export interface AuditEntry {
  id: string;
  service: string;
  at: string;
  actorKind: string;
  actorId: string | null;
  actorName: string | null;
  role: string | null;
  department: string | null;
  partnerId: string | null;
  operation: string;
  targetType: string | null;
  targetIds: string[];
  fields: string[];
  customerIds: string[];
  requestId: string | null;
  clientIp: string | null;
  outcome: AuditOutcome;
  reason: string | null;
}

export const AuditLogDocument: TypedDocumentNode<
  { auditLog: { nodes: AuditEntry[]; pageInfo: PageInfo; totalCount: number } },
  { filter: AuditLogFilter; first: number; after?: string | null }
> = gql`
  query AuditLog($filter: AuditLogFilter, $first: Int!, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        service
        at
        actorKind
        actorId
        actorName
        role
        department
        partnerId
        operation
        targetType
        targetIds
        fields
        customerIds
        requestId
        clientIp
        outcome
        reason
      }
    }
  }
`;

export const ExportAuditLogDocument: TypedDocumentNode<
  { exportAuditLog: { filename: string; contentBase64: string; rows: number; truncated: boolean } },
  { filter: AuditLogFilter }
> = gql`
  query ExportAuditLog($filter: AuditLogFilter) {
    exportAuditLog(filter: $filter) {
      filename
      contentBase64
      rows
      truncated
    }
  }
`;

/** Staff to pick an actor from, by name. */
export const AuditActorsDocument: TypedDocumentNode<
  { staffMembers: { nodes: { id: string; name: string; username: string; department: { name: string; nameEn: string } }[] } },
  { search: string }
> = gql`
  query AuditActors($search: String!) {
    staffMembers(search: $search, first: 10) {
      nodes {
        id
        name
        username
        department {
          name
          nameEn
        }
      }
    }
  }
`;
