import { gql, type TypedDocumentNode } from '@apollo/client';
import type { PageInfo } from '../../common/graphql/page-info.js';
import { MembershipRowFragment, type MembershipRow } from './membership.documents.js';

// Hand-written until GraphQL Code Generator (client preset) runs against the composed supergraph.

/** members' `CardStatus`. */
export type CardStatus = 'ISSUED' | 'ACTIVE' | 'LOST' | 'REPLACED' | 'CANCELLED';

/** members' `Card` (会员卡). */
export interface Card {
  id: string;
  number: string;
  status: CardStatus;
  issuedAt: string;
  activatedAt: string | null;
  lostAt: string | null;
  lostReason: string | null;
  replacedAt: string | null;
  cancelledAt: string | null;
}

const cardFields = gql`
  fragment CardFields on Card {
    id
    number
    status
    issuedAt
    activatedAt
    lostAt
    lostReason
    replacedAt
    cancelledAt
  }
`;

/** The tier's terms, for the profile. */
export interface TierDetails {
  code: string;
  nameZh: string;
  nameEn: string;
  multiplier: string;
  discountPercent: number;
  benefits: string[];
}

/** 会员360's head: the person (crm), the membership, its tier and cards (members). */
export interface Member360 extends MembershipRow {
  keyCustomerOwnerId: string | null;
  enrolledBy: string | null;
  createdAt: string;
  tierSince: string | null;
  tierDetails: TierDetails | null;
  currentCard: Card | null;
  cards: Card[];
}

export const Member360Document: TypedDocumentNode<{ membership: Member360 | null }, { id: string }> = gql`
  query Member360($id: ID!) {
    membership(id: $id) {
      ...MembershipRow
      keyCustomerOwnerId
      enrolledBy
      createdAt
      tierSince
      tierDetails {
        code
        nameZh
        nameEn
        multiplier
        discountPercent
        benefits
      }
      currentCard {
        ...CardFields
      }
      cards {
        ...CardFields
      }
    }
  }
  ${MembershipRowFragment}
  ${cardFields}
`;

/** One line of a membership's history (members' `MembershipEvent`). */
export interface MembershipEvent {
  id: string;
  kind: string;
  at: string;
  actorKind: string;
  actorId: string | null;
  actorName: string | null;
  reason: string | null;
  fromValue: string | null;
  toValue: string | null;
}

export const MembershipHistoryDocument: TypedDocumentNode<
  { membership: { id: string; history: { nodes: MembershipEvent[]; pageInfo: PageInfo; totalCount: number } } | null },
  { id: string; first: number; after?: string | null }
> = gql`
  query MembershipHistory($id: ID!, $first: Int!, $after: String) {
    membership(id: $id) {
      id
      history(first: $first, after: $after) {
        totalCount
        pageInfo {
          endCursor
          hasNextPage
        }
        nodes {
          id
          kind
          at
          actorKind
          actorId
          actorName
          reason
          fromValue
          toValue
        }
      }
    }
  }
`;

const refreshed = gql`
  fragment MembershipAfterChange on Membership {
    id
    status
    isKeyCustomer
    keyCustomerOwnerId
  }
`;

type MembershipAfterChange = Pick<Member360, 'id' | 'status' | 'isKeyCustomer' | 'keyCustomerOwnerId'>;

export const IssueCardDocument: TypedDocumentNode<{ issueCard: Card }, { membershipId: string }> = gql`
  mutation IssueCard($membershipId: ID!) {
    issueCard(membershipId: $membershipId) {
      ...CardFields
    }
  }
  ${cardFields}
`;

export const ActivateCardDocument: TypedDocumentNode<{ activateCard: Card }, { cardId: string }> = gql`
  mutation ActivateCard($cardId: ID!) {
    activateCard(cardId: $cardId) {
      ...CardFields
    }
  }
  ${cardFields}
`;

export const ReportCardLostDocument: TypedDocumentNode<{ reportCardLost: Card }, { cardId: string; reason: string }> = gql`
  mutation ReportCardLost($cardId: ID!, $reason: String!) {
    reportCardLost(cardId: $cardId, reason: $reason) {
      ...CardFields
    }
  }
  ${cardFields}
`;

export const ReplaceCardDocument: TypedDocumentNode<{ replaceCard: Card }, { cardId: string; reason: string }> = gql`
  mutation ReplaceCard($cardId: ID!, $reason: String!) {
    replaceCard(cardId: $cardId, reason: $reason) {
      ...CardFields
    }
  }
  ${cardFields}
`;

export const FreezeMembershipDocument: TypedDocumentNode<{ freezeMembership: MembershipAfterChange }, { id: string; reason: string }> = gql`
  mutation FreezeMembership($id: ID!, $reason: String!) {
    freezeMembership(id: $id, reason: $reason) {
      ...MembershipAfterChange
    }
  }
  ${refreshed}
`;

export const UnfreezeMembershipDocument: TypedDocumentNode<
  { unfreezeMembership: MembershipAfterChange },
  { id: string; reason?: string | null }
> = gql`
  mutation UnfreezeMembership($id: ID!, $reason: String) {
    unfreezeMembership(id: $id, reason: $reason) {
      ...MembershipAfterChange
    }
  }
  ${refreshed}
`;

export const CancelMembershipDocument: TypedDocumentNode<{ cancelMembership: MembershipAfterChange }, { id: string; reason: string }> = gql`
  mutation CancelMembership($id: ID!, $reason: String!) {
    cancelMembership(id: $id, reason: $reason) {
      ...MembershipAfterChange
    }
  }
  ${refreshed}
`;

export const SetKeyCustomerDocument: TypedDocumentNode<
  { setKeyCustomer: MembershipAfterChange },
  { membershipId: string; isKey: boolean; ownerStaffId?: string | null }
> = gql`
  mutation SetKeyCustomer($membershipId: ID!, $isKey: Boolean!, $ownerStaffId: ID) {
    setKeyCustomer(membershipId: $membershipId, isKey: $isKey, ownerStaffId: $ownerStaffId) {
      ...MembershipAfterChange
    }
  }
  ${refreshed}
`;
