import { gql, type TypedDocumentNode } from '@apollo/client';
import type { PageInfo } from '../../common/graphql/page-info.js';
import type { CustomerRow } from '../../customers/graphql/customers.documents.js';
import { CustomerRowFragment } from '../../customers/graphql/customers.documents.js';

// Hand-written from services/crm/schema.graphql (大客户).

export type KeyAccountKind = 'INSTITUTION' | 'VIP';
export const keyAccountKinds: readonly KeyAccountKind[] = ['INSTITUTION', 'VIP'];
export type RiskLevel = 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';
export type MeetingKind = 'MONTHLY' | 'QUARTERLY' | 'OTHER';
export const meetingKinds: readonly MeetingKind[] = ['MONTHLY', 'QUARTERLY', 'OTHER'];

export interface KeyAccountContact {
  name: string;
  title: string | null;
  phone: string | null;
}

export interface ServicePlan {
  visitProcess: string | null;
  expertTeam: string | null;
  discountPolicy: string | null;
  valueAddedServices: string[];
}

/** A row of the key-account list: the latest score and risk, and whether the latest assessment warned. */
export interface KeyAccountRow {
  id: string;
  name: string;
  kind: KeyAccountKind;
  accountManagerId: string | null;
  score: number | null;
  riskScore: number | null;
  riskLevel: RiskLevel | null;
  createdAt: string;
  contacts: KeyAccountContact[];
  riskAssessments: { id: string; warningRaised: boolean; level: RiskLevel; previousLevel: RiskLevel | null; assessedAt: string }[];
}

export interface KeyAccountsData {
  keyAccounts: { nodes: KeyAccountRow[]; pageInfo: PageInfo; totalCount: number };
}
export interface KeyAccountsVariables {
  search: string | null;
  first: number;
  after: string | null;
}

export const KeyAccountsDocument: TypedDocumentNode<KeyAccountsData, KeyAccountsVariables> = gql`
  query CrmKeyAccounts($search: String, $first: Int!, $after: String) {
    keyAccounts(search: $search, first: $first, after: $after) {
      nodes {
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
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`;

/** Just names, for the key-account picker. */
export const KeyAccountOptionsDocument: TypedDocumentNode<
  { keyAccounts: { nodes: { id: string; name: string; kind: KeyAccountKind }[] } },
  { search: string | null; first: number }
> = gql`
  query CrmKeyAccountOptions($search: String, $first: Int!) {
    keyAccounts(search: $search, first: $first) {
      nodes {
        id
        name
        kind
      }
    }
  }
`;

export interface KeyAccountScore {
  id: string;
  demandVolume: number;
  spendingPower: number;
  influence: number;
  cooperationPotential: number;
  total: number;
  scoredOn: string;
  scoredBy: string | null;
  createdAt: string;
}

export interface KeyAccountRiskAssessment {
  id: string;
  financialStatus: number;
  operatingStability: number;
  cooperationHistory: number;
  score: number;
  level: RiskLevel;
  previousLevel: RiskLevel | null;
  warningRaised: boolean;
  note: string | null;
  assessedBy: string | null;
  assessedAt: string;
}

export interface KeyAccountMeeting {
  id: string;
  kind: MeetingKind;
  heldAt: string;
  attendees: string | null;
  summary: string;
  recordedBy: string | null;
}

export interface KeyAccountDetail {
  id: string;
  name: string;
  kind: KeyAccountKind;
  accountManagerId: string | null;
  servicePlan: ServicePlan;
  contacts: KeyAccountContact[];
  score: number | null;
  riskScore: number | null;
  riskLevel: RiskLevel | null;
  createdAt: string;
  scores: KeyAccountScore[];
  riskAssessments: KeyAccountRiskAssessment[];
  meetings: KeyAccountMeeting[];
  analysis: {
    customers: number;
    visits: number;
    deals: number;
    spendFen: number;
    satisfaction: number | null;
    diseaseTypes: { diseaseType: string; count: number }[];
  };
}

const KeyAccountDetailFields = gql`
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
`;

export const KeyAccountDocument: TypedDocumentNode<{ keyAccount: KeyAccountDetail | null }, { id: string }> = gql`
  query CrmKeyAccount($id: ID!) {
    keyAccount(id: $id) {
      ...KeyAccountDetail
    }
  }
  ${KeyAccountDetailFields}
`;

export interface RosterData {
  keyAccount: { id: string; customers: { nodes: CustomerRow[]; pageInfo: PageInfo; totalCount: number } } | null;
}

/** 大客户名单: the account's people, paged. */
export const KeyAccountRosterDocument: TypedDocumentNode<RosterData, { id: string; first: number; after: string | null }> = gql`
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
  ${CustomerRowFragment}
`;

export interface KeyAccountInput {
  name?: string | null;
  kind?: KeyAccountKind | null;
  accountManagerId?: string | null;
  servicePlan?: {
    visitProcess?: string | null;
    expertTeam?: string | null;
    discountPolicy?: string | null;
    valueAddedServices?: string[] | null;
  } | null;
  contacts?: KeyAccountContact[] | null;
}

export const CreateKeyAccountDocument: TypedDocumentNode<{ createKeyAccount: { id: string } }, { input: KeyAccountInput }> = gql`
  mutation CrmCreateKeyAccount($input: KeyAccountInput!) {
    createKeyAccount(input: $input) {
      id
    }
  }
`;

export const UpdateKeyAccountDocument: TypedDocumentNode<{ updateKeyAccount: KeyAccountDetail }, { id: string; input: KeyAccountInput }> =
  gql`
    mutation CrmUpdateKeyAccount($id: ID!, $input: KeyAccountInput!) {
      updateKeyAccount(id: $id, input: $input) {
        ...KeyAccountDetail
      }
    }
    ${KeyAccountDetailFields}
  `;

export interface KeyAccountScoreInput {
  keyAccountId: string;
  demandVolume: number;
  spendingPower: number;
  influence: number;
  cooperationPotential: number;
  scoredOn?: string | null;
}

export const ScoreKeyAccountDocument: TypedDocumentNode<
  { scoreKeyAccount: { id: string; total: number } },
  { input: KeyAccountScoreInput }
> = gql`
  mutation CrmScoreKeyAccount($input: KeyAccountScoreInput!) {
    scoreKeyAccount(input: $input) {
      id
      total
    }
  }
`;

export interface KeyAccountRiskInput {
  keyAccountId: string;
  financialStatus: number;
  operatingStability: number;
  cooperationHistory: number;
  note?: string | null;
}

export const AssessKeyAccountRiskDocument: TypedDocumentNode<
  { assessKeyAccountRisk: { id: string; score: number; level: RiskLevel; warningRaised: boolean } },
  { input: KeyAccountRiskInput }
> = gql`
  mutation CrmAssessKeyAccountRisk($input: KeyAccountRiskInput!) {
    assessKeyAccountRisk(input: $input) {
      id
      score
      level
      warningRaised
    }
  }
`;

export interface KeyAccountMeetingInput {
  keyAccountId: string;
  kind: MeetingKind;
  heldAt: string;
  attendees?: string | null;
  summary: string;
}

export const RecordKeyAccountMeetingDocument: TypedDocumentNode<
  { recordKeyAccountMeeting: { id: string } },
  { input: KeyAccountMeetingInput }
> = gql`
  mutation CrmRecordKeyAccountMeeting($input: KeyAccountMeetingInput!) {
    recordKeyAccountMeeting(input: $input) {
      id
    }
  }
`;

export const LinkCustomerToKeyAccountDocument: TypedDocumentNode<
  { linkCustomerToKeyAccount: { id: string } },
  { customerId: string; keyAccountId: string | null }
> = gql`
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
`;
