import { gql, type TypedDocumentNode } from '@apollo/client';
import type { PageInfo } from '../../common/graphql/page-info.js';

// Hand-written until GraphQL Code Generator (client preset) runs against the composed supergraph.

/** members' `Consumption` (消费): one paid receipt of a member and the points it earned. */
export interface Consumption {
  id: string;
  receiptNumber: string;
  /** yuan, as a decimal string */
  amount: string;
  occurredAt: string;
  source: 'DEAL' | 'MANUAL';
  /** points this receipt earned, the birthday-month bonus included */
  pointsEarned: number;
  bonusPoints: number;
  status: 'RECORDED' | 'REFUNDED';
  refundedAt: string | null;
  refundReason: string | null;
  pointsReversed: number | null;
}

const consumptionFields = gql`
  fragment ConsumptionFields on Consumption {
    id
    receiptNumber
    amount
    occurredAt
    source
    pointsEarned
    bonusPoints
    status
    refundedAt
    refundReason
    pointsReversed
  }
`;

/** members' `RecordConsumptionInput`. */
export interface RecordConsumptionInput {
  membershipId: string;
  receiptNumber: string;
  amount: string;
  occurredAt: string;
  idempotencyKey: string;
}

export const RecordConsumptionDocument: TypedDocumentNode<{ recordConsumption: Consumption }, { input: RecordConsumptionInput }> = gql`
  mutation RecordConsumption($input: RecordConsumptionInput!) {
    recordConsumption(input: $input) {
      ...ConsumptionFields
    }
  }
  ${consumptionFields}
`;

export const MemberConsumptionsDocument: TypedDocumentNode<
  { membership: { id: string; consumptions: { nodes: Consumption[]; pageInfo: PageInfo; totalCount: number } } | null },
  { id: string; status?: Consumption['status'] | null; first: number; after?: string | null }
> = gql`
  query MemberConsumptions($id: ID!, $status: ConsumptionStatus, $first: Int!, $after: String) {
    membership(id: $id) {
      id
      consumptions(status: $status, first: $first, after: $after) {
        totalCount
        pageInfo {
          endCursor
          hasNextPage
        }
        nodes {
          ...ConsumptionFields
        }
      }
    }
  }
  ${consumptionFields}
`;

/** members' `RefundConsumptionInput`. */
export interface RefundConsumptionInput {
  receiptNumber: string;
  reason: string;
  idempotencyKey: string;
}

export const RefundConsumptionDocument: TypedDocumentNode<{ refundConsumption: Consumption }, { input: RefundConsumptionInput }> = gql`
  mutation RefundConsumption($input: RefundConsumptionInput!) {
    refundConsumption(input: $input) {
      ...ConsumptionFields
    }
  }
  ${consumptionFields}
`;
