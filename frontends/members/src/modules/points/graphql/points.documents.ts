import { graphql } from '../../../gql';
import type { PointsAdjustmentStatus, PointsEntryKind } from '../../../gql/graphql';

/** members' `PointsEntryKind`s, for the ledger filter: earn, redeem, adjust, expire, reverse (a refund). */
export const pointsEntryKinds = ['EARN', 'REDEEM', 'ADJUST', 'EXPIRE', 'REVERSE'] as const satisfies readonly PointsEntryKind[];

/** members' `PointsAdjustmentStatus`es, for the adjustments filter. */
export const pointsAdjustmentStatuses = ['PENDING', 'APPROVED', 'REJECTED'] as const satisfies readonly PointsAdjustmentStatus[];

/** A member's append-only points ledger, newest first, each line with the balance it left. */
export const MemberPointsEntriesDocument = graphql(`
  query MemberPointsEntries($id: ID!, $kind: PointsEntryKind, $first: Int!, $after: String) {
    membership(id: $id) {
      id
      pointsBalance
      pointsEntries(kind: $kind, first: $first, after: $after) {
        totalCount
        pageInfo {
          endCursor
          hasNextPage
        }
        nodes {
          id
          kind
          points
          balanceAfter
          reason
          operatorId
          operator {
            id
            name
          }
          createdAt
          receiptNumber
          redemptionId
        }
      }
    }
  }
`);

/** members' `PointsAdjustment` (积分调整): a manual correction, asked by one person and decided by another; the membership is null when the caller may not see it. */
export const PointsAdjustmentFieldsFragmentDoc = graphql(`
  fragment PointsAdjustmentFields on PointsAdjustment {
    id
    points
    reason
    responsibleDepartment
    responsibleStaffId
    status
    requestedBy
    requestedAt
    decidedBy
    decidedAt
    rejectionReason
    viewerActions
    membership {
      id
      cardNumber
      customer {
        id
        name
        phone
      }
    }
  }
`);

export const PointsAdjustmentsDocument = graphql(`
  query PointsAdjustments($status: PointsAdjustmentStatus, $membershipId: ID, $first: Int!, $after: String) {
    pointsAdjustments(status: $status, membershipId: $membershipId, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...PointsAdjustmentFields
      }
    }
  }
`);

export const RequestPointsAdjustmentDocument = graphql(`
  mutation RequestPointsAdjustment($input: RequestPointsAdjustmentInput!) {
    requestPointsAdjustment(input: $input) {
      ...PointsAdjustmentFields
    }
  }
`);

export const ApprovePointsAdjustmentDocument = graphql(`
  mutation ApprovePointsAdjustment($id: ID!) {
    approvePointsAdjustment(id: $id) {
      ...PointsAdjustmentFields
    }
  }
`);

export const RejectPointsAdjustmentDocument = graphql(`
  mutation RejectPointsAdjustment($id: ID!, $reason: String!) {
    rejectPointsAdjustment(id: $id, reason: $reason) {
      ...PointsAdjustmentFields
    }
  }
`);

/** identity's `Department`s, for the responsible department of an adjustment. */
export const DepartmentsDocument = graphql(`
  query Departments {
    departments {
      code
      name
      nameEn
    }
  }
`);

/** identity's staff by name, for the responsible staff member (only roles that may list staff get answers). */
export const ResponsibleStaffDocument = graphql(`
  query ResponsibleStaff($search: String!) {
    staffMembers(search: $search, first: 10) {
      nodes {
        id
        name
        username
        departmentCode
      }
    }
  }
`);
