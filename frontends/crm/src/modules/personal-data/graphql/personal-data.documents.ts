import { graphql } from '../../../gql';
import type { PersonalDataRequestKind } from '../../../gql/graphql';

export const personalDataRequestKinds = ['EXPORT', 'ERASURE'] satisfies readonly PersonalDataRequestKind[];

export const PersonalDataRequestFragment = graphql(`
  fragment CrmPersonalDataRequest on PersonalDataRequest {
    id
    kind
    status
    reason
    proposedBy
    proposedByName
    proposedAt
    decidedBy
    decidedByName
    decidedAt
    customer {
      id
      name
    }
  }
`);

export const PersonalDataRequestsDocument = graphql(`
  query CrmPersonalDataRequests($first: Int!, $after: String) {
    personalDataRequests(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...CrmPersonalDataRequest
      }
    }
  }
`);

export const ProposePersonalDataRequestDocument = graphql(`
  mutation CrmProposePersonalDataRequest($input: ProposePersonalDataRequestInput!) {
    proposePersonalDataRequest(input: $input) {
      ...CrmPersonalDataRequest
    }
  }
`);

export const DecidePersonalDataRequestDocument = graphql(`
  mutation CrmDecidePersonalDataRequest($input: DecidePersonalDataRequestInput!) {
    decidePersonalDataRequest(input: $input) {
      ...CrmPersonalDataRequest
    }
  }
`);

export const PersonalDataExportDocument = graphql(`
  query CrmPersonalDataExport($requestId: ID!) {
    personalDataExport(requestId: $requestId) {
      id
      customerId
      generatedAt
      crm {
        service
        table
        rows
      }
      members {
        service
        table
        rows
      }
      analytics {
        service
        table
        rows
      }
      audit {
        service
        table
        rows
      }
    }
  }
`);
