import { graphql } from '../../../gql';
import type { KeyAccountKind, MeetingKind } from '../../../gql/graphql';

export const keyAccountKinds = ['INSTITUTION', 'VIP'] satisfies readonly KeyAccountKind[];
export const meetingKinds = ['MONTHLY', 'QUARTERLY', 'OTHER'] satisfies readonly MeetingKind[];

/** A row of the key-account list: the latest score and risk, and whether the latest assessment warned. */
export const KeyAccountRowFragment = graphql(`
  fragment KeyAccountRow on KeyAccount {
    id
    name
    kind
    accountManagerId
    score
    riskScore
    riskLevel
    createdAt
    contacts {
      name
      title
      phone
    }
    riskAssessments {
      id
      warningRaised
      level
      previousLevel
      assessedAt
    }
  }
`);

export const KeyAccountsDocument = graphql(`
  query CrmKeyAccounts($search: String, $first: Int!, $after: String) {
    keyAccounts(search: $search, first: $first, after: $after) {
      nodes {
        ...KeyAccountRow
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`);

/** Just names, for the key-account picker. */
export const KeyAccountOptionsDocument = graphql(`
  query CrmKeyAccountOptions($search: String, $first: Int!) {
    keyAccounts(search: $search, first: $first) {
      nodes {
        id
        name
        kind
      }
    }
  }
`);

/** A key account (大客户) with its scores, risk assessments, meetings and analysis. */
export const KeyAccountDetailFragment = graphql(`
  fragment KeyAccountDetail on KeyAccount {
    id
    name
    kind
    accountManagerId
    servicePlan {
      visitProcess
      expertTeam
      discountPolicy
      valueAddedServices
    }
    contacts {
      name
      title
      phone
    }
    score
    riskScore
    riskLevel
    createdAt
    scores {
      id
      demandVolume
      spendingPower
      influence
      cooperationPotential
      total
      scoredOn
      scoredBy
      createdAt
    }
    riskAssessments {
      id
      financialStatus
      operatingStability
      cooperationHistory
      score
      level
      previousLevel
      warningRaised
      note
      assessedBy
      assessedAt
    }
    meetings {
      id
      kind
      heldAt
      attendees
      summary
      recordedBy
    }
    analysis {
      customers
      visits
      deals
      spendFen
      satisfaction
      diseaseTypes {
        diseaseType
        count
      }
    }
  }
`);

export const KeyAccountDocument = graphql(`
  query CrmKeyAccount($id: ID!) {
    keyAccount(id: $id) {
      ...KeyAccountDetail
    }
  }
`);

/** 大客户名单: the account's people, paged. */
export const KeyAccountRosterDocument = graphql(`
  query CrmKeyAccountRoster($id: ID!, $first: Int!, $after: String) {
    keyAccount(id: $id) {
      id
      customers(first: $first, after: $after) {
        nodes {
          ...CustomerRow
        }
        pageInfo {
          endCursor
          hasNextPage
        }
        totalCount
      }
    }
  }
`);

export const CreateKeyAccountDocument = graphql(`
  mutation CrmCreateKeyAccount($input: KeyAccountInput!, $idempotencyKey: String) {
    createKeyAccount(input: $input, idempotencyKey: $idempotencyKey) {
      id
    }
  }
`);

export const UpdateKeyAccountDocument = graphql(`
  mutation CrmUpdateKeyAccount($id: ID!, $input: KeyAccountInput!) {
    updateKeyAccount(id: $id, input: $input) {
      ...KeyAccountDetail
    }
  }
`);

export const ScoreKeyAccountDocument = graphql(`
  mutation CrmScoreKeyAccount($input: KeyAccountScoreInput!) {
    scoreKeyAccount(input: $input) {
      id
      total
    }
  }
`);

export const AssessKeyAccountRiskDocument = graphql(`
  mutation CrmAssessKeyAccountRisk($input: KeyAccountRiskInput!) {
    assessKeyAccountRisk(input: $input) {
      id
      score
      level
      warningRaised
    }
  }
`);

export const RecordKeyAccountMeetingDocument = graphql(`
  mutation CrmRecordKeyAccountMeeting($input: KeyAccountMeetingInput!) {
    recordKeyAccountMeeting(input: $input) {
      id
    }
  }
`);

export const LinkCustomerToKeyAccountDocument = graphql(`
  mutation CrmLinkCustomerToKeyAccount($customerId: ID!, $keyAccountId: ID) {
    linkCustomerToKeyAccount(customerId: $customerId, keyAccountId: $keyAccountId) {
      id
      keyAccount {
        id
        name
        kind
      }
    }
  }
`);
