import { gql, type TypedDocumentNode } from '@apollo/client';
import type { PageInfo } from '../../common/graphql/page-info.js';
import type { MembershipRow } from '../../membership/graphql/membership.documents.js';

// Hand-written until GraphQL Code Generator (client preset) runs against the composed supergraph.

/** members' `PointsEntryKind`: earn, redeem, adjust, expire, reverse (a refund). */
export type PointsEntryKind = 'EARN' | 'REDEEM' | 'ADJUST' | 'EXPIRE' | 'REVERSE';

export const pointsEntryKinds: readonly PointsEntryKind[] = ['EARN', 'REDEEM', 'ADJUST', 'EXPIRE', 'REVERSE'];

/** One line of the append-only points ledger, with the balance it left. */
export interface PointsEntry {
  id: string;
  kind: PointsEntryKind;
  /** signed: positive earns and credits, negative redemptions and expiry */
  points: number;
  balanceAfter: number;
  reason: string;
  /** staff who did it; the nil UUID for scheduled jobs */
  operatorId: string;
  createdAt: string;
  receiptNumber: string | null;
  redemptionId: string | null;
}

export const MemberPointsEntriesDocument: TypedDocumentNode<
  {
    membership: {
      id: string;
      pointsBalance: number;
      pointsEntries: { nodes: PointsEntry[]; pageInfo: PageInfo; totalCount: number };
    } | null;
  },
  { id: string; kind?: PointsEntryKind | null; first: number; after?: string | null }
> = gql`
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
          createdAt
          receiptNumber
          redemptionId
        }
      }
    }
  }
`;

/** members' `PointsAdjustmentStatus`. */
export type PointsAdjustmentStatus = 'PENDING' | 'APPROVED' | 'REJECTED';

export const pointsAdjustmentStatuses: readonly PointsAdjustmentStatus[] = ['PENDING', 'APPROVED', 'REJECTED'];

/** members' `PointsAdjustment` (积分调整): a manual correction, asked by one person and decided by another. */
export interface PointsAdjustment {
  id: string;
  points: number;
  reason: string;
  responsibleDepartment: string;
  responsibleStaffId: string;
  status: PointsAdjustmentStatus;
  requestedBy: string;
  requestedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  rejectionReason: string | null;
  /** null when the caller may not see it */
  membership: Pick<MembershipRow, 'id' | 'cardNumber' | 'customer'> | null;
}

const adjustmentFields = gql`
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
`;

export const PointsAdjustmentsDocument: TypedDocumentNode<
  { pointsAdjustments: { nodes: PointsAdjustment[]; pageInfo: PageInfo; totalCount: number } },
  { status?: PointsAdjustmentStatus | null; membershipId?: string | null; first: number; after?: string | null }
> = gql`
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
  ${adjustmentFields}
`;

/** members' `RequestPointsAdjustmentInput`. */
export interface RequestPointsAdjustmentInput {
  membershipId: string;
  points: number;
  reason: string;
  responsibleDepartment: string;
  responsibleStaffId?: string | null;
  idempotencyKey: string;
}

export const RequestPointsAdjustmentDocument: TypedDocumentNode<
  { requestPointsAdjustment: PointsAdjustment },
  { input: RequestPointsAdjustmentInput }
> = gql`
  mutation RequestPointsAdjustment($input: RequestPointsAdjustmentInput!) {
    requestPointsAdjustment(input: $input) {
      ...PointsAdjustmentFields
    }
  }
  ${adjustmentFields}
`;

export const ApprovePointsAdjustmentDocument: TypedDocumentNode<{ approvePointsAdjustment: PointsAdjustment }, { id: string }> = gql`
  mutation ApprovePointsAdjustment($id: ID!) {
    approvePointsAdjustment(id: $id) {
      ...PointsAdjustmentFields
    }
  }
  ${adjustmentFields}
`;

export const RejectPointsAdjustmentDocument: TypedDocumentNode<
  { rejectPointsAdjustment: PointsAdjustment },
  { id: string; reason: string }
> = gql`
  mutation RejectPointsAdjustment($id: ID!, $reason: String!) {
    rejectPointsAdjustment(id: $id, reason: $reason) {
      ...PointsAdjustmentFields
    }
  }
  ${adjustmentFields}
`;

/** identity's `Department`, for the responsible department of an adjustment. */
export const DepartmentsDocument: TypedDocumentNode<
  { departments: { code: string; name: string; nameEn: string }[] },
  Record<string, never>
> = gql`
  query Departments {
    departments {
      code
      name
      nameEn
    }
  }
`;

/** identity's staff by name, for the responsible staff member (only roles that may list staff get answers). */
export const ResponsibleStaffDocument: TypedDocumentNode<
  { staffMembers: { nodes: { id: string; name: string; username: string; departmentCode: string }[] } },
  { search: string }
> = gql`
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
`;
