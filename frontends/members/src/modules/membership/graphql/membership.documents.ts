import { gql, type TypedDocumentNode } from '@apollo/client';
import type { PageInfo } from '../../common/graphql/page-info.js';

// Hand-written until GraphQL Code Generator (client preset) runs against the composed supergraph;
// then this file and its types are replaced by the generated `graphql()` documents.

/** members' `MembershipStatus`. */
export type MembershipStatus = 'ACTIVE' | 'FROZEN' | 'LOST' | 'CANCELLED';

export const membershipStatuses: readonly MembershipStatus[] = ['ACTIVE', 'FROZEN', 'LOST', 'CANCELLED'];

/** crm's `Customer`, as the member screens show it (the phone is masked for roles that do not need it). */
export interface MemberCustomer {
  id: string;
  name: string;
  phone: string;
}

/** members' `Membership`, as a row of the member search shows it. */
export interface MembershipRow {
  id: string;
  cardNumber: string;
  tier: string;
  status: MembershipStatus;
  joinedAt: string;
  isKeyCustomer: boolean;
  pointsBalance: number;
  customer: MemberCustomer;
}

export const MembershipRowFragment = gql`
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
`;

export interface MembershipsVariables {
  search?: string | null;
  tier?: string | null;
  status?: MembershipStatus | null;
  keyCustomer?: boolean | null;
  first: number;
  after?: string | null;
}

export const MembershipsDocument: TypedDocumentNode<
  { memberships: { nodes: MembershipRow[]; pageInfo: PageInfo; totalCount: number } },
  MembershipsVariables
> = gql`
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
  ${MembershipRowFragment}
`;

/** A customer found by name or phone in crm, with their membership when they have one. */
export interface CustomerWithMembership extends MemberCustomer {
  createdAt: string;
  membership: MembershipRow | null;
}

export const CustomersWithMembershipDocument: TypedDocumentNode<
  { customers: { nodes: CustomerWithMembership[]; pageInfo: PageInfo; totalCount: number } },
  { search: string; first: number; after?: string | null }
> = gql`
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
  ${MembershipRowFragment}
`;

/** members' tier (等级) as configured: what it is called and what it gives. */
export interface Tier {
  code: string;
  nameZh: string;
  nameEn: string;
  rank: number;
}

export const TiersDocument: TypedDocumentNode<{ tiers: Tier[] }, Record<string, never>> = gql`
  query Tiers {
    tiers {
      code
      nameZh
      nameEn
      rank
    }
  }
`;

/** members' `EnrollMemberInput`. */
export interface EnrollMemberInput {
  customerId: string;
  tier?: string | null;
  joinedAt?: string | null;
}

export const EnrollMemberDocument: TypedDocumentNode<{ enrollMember: MembershipRow }, { input: EnrollMemberInput }> = gql`
  mutation EnrollMember($input: EnrollMemberInput!) {
    enrollMember(input: $input) {
      ...MembershipRow
    }
  }
  ${MembershipRowFragment}
`;

export const MemberSummaryDocument: TypedDocumentNode<{ membership: MembershipRow | null }, { id: string }> = gql`
  query MemberSummary($id: ID!) {
    membership(id: $id) {
      ...MembershipRow
    }
  }
  ${MembershipRowFragment}
`;
