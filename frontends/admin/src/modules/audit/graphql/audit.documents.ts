import { graphql } from '../../../gql';

/** identity's `AuditEntry`, as the audit table shows it. */
export const AuditEntryFieldsFragment = graphql(`
  fragment AuditEntryFields on AuditEntry {
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
`);

export const AuditLogDocument = graphql(`
  query AuditLog($filter: AuditLogFilter, $first: Int!, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...AuditEntryFields
      }
    }
  }
`);

export const ExportAuditLogDocument = graphql(`
  query ExportAuditLog($filter: AuditLogFilter) {
    exportAuditLog(filter: $filter) {
      filename
      contentBase64
      rows
      truncated
    }
  }
`);

/** Staff to pick an actor from, by name. */
export const AuditActorsDocument = graphql(`
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
`);
