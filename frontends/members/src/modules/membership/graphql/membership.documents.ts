import { graphql } from '../../../gql';
import type { MembershipStatus } from '../../../gql/graphql';

/** members' `MembershipStatus`es, for the search filter. */
export const membershipStatuses = ['ACTIVE', 'FROZEN', 'LOST', 'CANCELLED'] as const satisfies readonly MembershipStatus[];

/** members' `Membership`, as a row of the member search shows it (the customer's phone is masked for roles that do not need it). */
export const MembershipRowFragmentDoc = graphql(`
  fragment MembershipRow on Membership {
    id
    cardNumber
    tier
    status
    joinedAt
    isKeyCustomer
    pointsBalance
    customer {
      id
      name
      phone
    }
  }
`);

export const MembershipsDocument = graphql(`
  query Memberships($search: String, $tier: String, $status: MembershipStatus, $keyCustomer: Boolean, $first: Int!, $after: String) {
    memberships(search: $search, tier: $tier, status: $status, keyCustomer: $keyCustomer, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...MembershipRow
      }
    }
  }
`);

/** Customers found by name or phone in crm, each with their membership when they have one. */
export const CustomersWithMembershipDocument = graphql(`
  query CustomersWithMembership($search: String!, $first: Int!, $after: String) {
    customers(search: $search, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        name
        phone
        createdAt
        membership {
          ...MembershipRow
        }
      }
    }
  }
`);

/** members' tiers (等级) as configured: what each is called. */
export const TiersDocument = graphql(`
  query Tiers {
    tiers {
      code
      nameZh
      nameEn
      rank
    }
  }
`);

export const EnrollMemberDocument = graphql(`
  mutation EnrollMember($input: EnrollMemberInput!) {
    enrollMember(input: $input) {
      ...MembershipRow
    }
  }
`);

export const MemberSummaryDocument = graphql(`
  query MemberSummary($id: ID!) {
    membership(id: $id) {
      ...MembershipRow
    }
  }
`);
