import { graphql } from '../../../gql';
import type { RemedyKind, RemedyStep } from '../../../gql/graphql';

export const remedyKinds = ['CREDIT_POINTS', 'RETRO_ENROL', 'CANCEL_GIFT'] satisfies readonly RemedyKind[];
export const remedySteps = ['DIRECTOR', 'FINANCE', 'MEMBER_CENTRE'] satisfies readonly RemedyStep[];

export const PendingRemedyFragment = graphql(`
  fragment CrmPendingRemedy on Remedy {
    id
    kind
    status
    awaiting
    viewerActions
    points
    receiptNumbers
    joinedAt
    proposedBy
    proposedAt
    proposedByStaff {
      id
      name
    }
    approvedAt
    approvedByStaff {
      id
      name
    }
    financeApprovedAt
    financeApprovedByStaff {
      id
      name
    }
    complaintText
    complaint {
      id
      category
      receivedAt
    }
  }
`);

export const PendingRemediesDocument = graphql(`
  query CrmPendingRemedies($step: RemedyStep!, $kind: RemedyKind, $first: Int!, $after: String) {
    pendingRemedies(step: $step, kind: $kind, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...CrmPendingRemedy
      }
    }
  }
`);

export const ApproveRemedyDocument = graphql(`
  mutation CrmApproveRemedy($remedyId: ID!) {
    approveRemedy(remedyId: $remedyId) {
      id
      status
    }
  }
`);

export const FinanceApproveRemedyDocument = graphql(`
  mutation CrmFinanceApproveRemedy($remedyId: ID!) {
    financeApproveRemedy(remedyId: $remedyId) {
      id
      status
    }
  }
`);

export const CheckRemedyRecordDocument = graphql(`
  mutation CrmCheckRemedyRecord($remedyId: ID!) {
    checkRemedyRecord(remedyId: $remedyId) {
      id
      status
    }
  }
`);
