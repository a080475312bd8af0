import { gql, type TypedDocumentNode } from '@apollo/client';
import type { PageInfo } from '../../common/graphql/page-info.js';
import type { CustomerClass, CustomerStage, Gender, MembershipStatus, SourceChannel } from './customers.documents.js';

// Hand-written from services/crm/schema.graphql and gateway/supergraph.graphql (Customer.membership
// is members' field, resolved through the gateway).

/** crm's `Customer` as 客户360 shows it; personal fields come masked or null as the server decides. */
export interface Customer360 {
  id: string;
  name: string;
  phone: string;
  gender: Gender;
  channel: SourceChannel;
  region: string | null;
  birthDate: string | null;
  wechatId: string | null;
  address: string | null;
  tags: string[];
  marketingConsent: boolean;
  stage: CustomerStage;
  dealCount: number;
  customerClass: CustomerClass | null;
  hiddenNeeds: string | null;
  consultantId: string | null;
  createdAt: string;
  updatedAt: string | null;
  keyAccount: { id: string; name: string; kind: 'INSTITUTION' | 'VIP' } | null;
  referrer: { id: string; name: string } | null;
  classHistory: {
    id: string;
    fromClass: CustomerClass | null;
    toClass: CustomerClass;
    reason: string;
    changedByName: string | null;
    changedAt: string;
  }[];
  membership: { id: string; cardNumber: string; tier: string; status: MembershipStatus; pointsBalance: number } | null;
}

export const Customer360Document: TypedDocumentNode<{ customer: Customer360 | null }, { id: string }> = gql`
  query CrmCustomer360($id: ID!) {
    customer(id: $id) {
      id
      name
      phone
      gender
      channel
      region
      birthDate
      wechatId
      address
      tags
      marketingConsent
      stage
      dealCount
      customerClass
      hiddenNeeds
      consultantId
      createdAt
      updatedAt
      keyAccount {
        id
        name
        kind
      }
      referrer {
        id
        name
      }
      classHistory {
        id
        fromClass
        toClass
        reason
        changedByName
        changedAt
      }
      membership {
        id
        cardNumber
        tier
        status
        pointsBalance
      }
    }
  }
`;

/** crm's `Consultation`, as the customer's timeline shows it. */
export interface ConsultationItem {
  id: string;
  channel: SourceChannel;
  consultedAt: string;
  outcome: 'BOOKED' | 'FOLLOW_UP_LATER' | 'NO_INTENTION';
  noIntentionReason: string | null;
  visitIntention: string | null;
  concern: 'HEALTH_QUESTION' | 'PRICE_COMPARISON' | 'CONSUMPTION_HABIT' | null;
  departmentCode: string | null;
  notes: string | null;
}

export interface ConsultationsData {
  consultations: { nodes: ConsultationItem[]; pageInfo: PageInfo; totalCount: number };
}
export interface TimelineVariables {
  customerId: string;
  first: number;
  after: string | null;
}

export const CustomerConsultationsDocument: TypedDocumentNode<ConsultationsData, TimelineVariables> = gql`
  query CrmCustomerConsultations($customerId: ID, $first: Int!, $after: String) {
    consultations(customerId: $customerId, first: $first, after: $after) {
      nodes {
        id
        channel
        consultedAt
        outcome
        noIntentionReason
        visitIntention
        concern
        departmentCode
        notes
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`;

/** crm's `Visit` (到院), as the customer's timeline shows it. */
export interface VisitItem {
  id: string;
  type: 'EXPERT' | 'EXAMINATION' | 'PHYSICAL_EXAM' | 'TREATMENT' | 'HOME_CARE' | 'REVISIT';
  departmentCode: string;
  walkIn: boolean;
  arrivedAt: string;
  dealt: boolean | null;
  items: string[];
  dealAmount: string | null;
}

export interface VisitsData {
  visits: { nodes: VisitItem[]; pageInfo: PageInfo; totalCount: number };
}

export const CustomerVisitsDocument: TypedDocumentNode<VisitsData, TimelineVariables> = gql`
  query CrmCustomerVisits($customerId: ID, $first: Int!, $after: String) {
    visits(customerId: $customerId, first: $first, after: $after) {
      nodes {
        id
        type
        departmentCode
        walkIn
        arrivedAt
        dealt
        items
        dealAmount
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`;
