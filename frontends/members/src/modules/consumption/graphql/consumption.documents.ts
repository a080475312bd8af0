import { graphql } from '../../../gql';

/** members' `Consumption` (消费): one paid receipt of a member and the points it earned. */
export const ConsumptionFieldsFragmentDoc = graphql(`
  fragment ConsumptionFields on Consumption {
    id
    receiptNumber
    amountFen
    occurredAt
    source
    pointsEarned
    bonusPoints
    status
    refundedAt
    refundReason
    pointsReversed
  }
`);

export const RecordConsumptionDocument = graphql(`
  mutation RecordConsumption($input: RecordConsumptionInput!) {
    recordConsumption(input: $input) {
      ...ConsumptionFields
    }
  }
`);

export const MemberConsumptionsDocument = graphql(`
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
`);

export const RefundConsumptionDocument = graphql(`
  mutation RefundConsumption($input: RefundConsumptionInput!) {
    refundConsumption(input: $input) {
      ...ConsumptionFields
    }
  }
`);
