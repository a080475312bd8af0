import { graphql } from '../../../gql';

/** members' `Card` (会员卡). */
export const CardFieldsFragmentDoc = graphql(`
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
`);

/** 会员360's head: the person (crm), the membership, its tier and cards (members). */
export const Member360Document = graphql(`
  query Member360($id: ID!) {
    membership(id: $id) {
      ...MembershipRow
      keyCustomerOwnerId
      enrolledBy
      developerId
      developer {
        id
        name
      }
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
`);

/** A membership's history (members' `MembershipEvent`s), newest first. */
export const MembershipHistoryDocument = graphql(`
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
`);

/** What 会员360 refreshes after a change of status or key customer. */
export const MembershipAfterChangeFragmentDoc = graphql(`
  fragment MembershipAfterChange on Membership {
    id
    status
    isKeyCustomer
    keyCustomerOwnerId
  }
`);

export const IssueCardDocument = graphql(`
  mutation IssueCard($membershipId: ID!) {
    issueCard(membershipId: $membershipId) {
      ...CardFields
    }
  }
`);

export const ActivateCardDocument = graphql(`
  mutation ActivateCard($cardId: ID!) {
    activateCard(cardId: $cardId) {
      ...CardFields
    }
  }
`);

export const ReportCardLostDocument = graphql(`
  mutation ReportCardLost($cardId: ID!, $reason: String!) {
    reportCardLost(cardId: $cardId, reason: $reason) {
      ...CardFields
    }
  }
`);

export const ReplaceCardDocument = graphql(`
  mutation ReplaceCard($cardId: ID!, $reason: String!) {
    replaceCard(cardId: $cardId, reason: $reason) {
      ...CardFields
    }
  }
`);

export const FreezeMembershipDocument = graphql(`
  mutation FreezeMembership($id: ID!, $reason: String!) {
    freezeMembership(id: $id, reason: $reason) {
      ...MembershipAfterChange
    }
  }
`);

export const UnfreezeMembershipDocument = graphql(`
  mutation UnfreezeMembership($id: ID!, $reason: String) {
    unfreezeMembership(id: $id, reason: $reason) {
      ...MembershipAfterChange
    }
  }
`);

export const CancelMembershipDocument = graphql(`
  mutation CancelMembership($id: ID!, $reason: String!) {
    cancelMembership(id: $id, reason: $reason) {
      ...MembershipAfterChange
    }
  }
`);

export const SetKeyCustomerDocument = graphql(`
  mutation SetKeyCustomer($membershipId: ID!, $isKey: Boolean!, $ownerStaffId: ID) {
    setKeyCustomer(membershipId: $membershipId, isKey: $isKey, ownerStaffId: $ownerStaffId) {
      ...MembershipAfterChange
    }
  }
`);

/** 开发人: the member admin sets, changes or clears the member's developing specialist. */
export const SetMemberDeveloperDocument = graphql(`
  mutation SetMemberDeveloper($membershipId: ID!, $developerId: ID) {
    setMemberDeveloper(membershipId: $membershipId, developerId: $developerId) {
      id
      developerId
    }
  }
`);

/** Staff to choose a developer from (identity lets the director and department admins list staff). */
export const DeveloperCandidatesDocument = graphql(`
  query DeveloperCandidates($search: String!) {
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
