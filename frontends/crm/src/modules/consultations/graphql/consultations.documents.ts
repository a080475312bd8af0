import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Gender, SourceChannel } from '../../customers/graphql/customers.documents.js';

// Hand-written from services/crm/schema.graphql (RegisterConsultationInput, Consultation).

/** crm's `ConsultationOutcome`. */
export type ConsultationOutcome = 'BOOKED' | 'FOLLOW_UP_LATER' | 'NO_INTENTION';
export const consultationOutcomes: readonly ConsultationOutcome[] = ['BOOKED', 'FOLLOW_UP_LATER', 'NO_INTENTION'];
/** crm's `ConsultationConcern` (关心内容). */
export type ConsultationConcern = 'HEALTH_QUESTION' | 'PRICE_COMPARISON' | 'CONSUMPTION_HABIT';
export const consultationConcerns: readonly ConsultationConcern[] = ['HEALTH_QUESTION', 'PRICE_COMPARISON', 'CONSUMPTION_HABIT'];

/** crm's `RegisterConsultationInput`. */
export interface RegisterConsultationInput {
  phone: string;
  channel: SourceChannel;
  outcome: ConsultationOutcome;
  noIntentionReason?: string | null;
  name?: string | null;
  age?: number | null;
  gender?: Gender | null;
  diseaseCourse?: string | null;
  history?: string | null;
  diseaseType?: string | null;
  address?: string | null;
  region?: string | null;
  visitIntention?: string | null;
  concern?: ConsultationConcern | null;
  notes?: string | null;
}

export interface RegisteredConsultation {
  id: string;
  customerId: string | null;
  phone: string;
  name: string | null;
  outcome: ConsultationOutcome;
  consultedAt: string;
}

/** 咨询登记 from any channel; linked to the customer with this phone, now or once registered. */
export const RegisterConsultationDocument: TypedDocumentNode<
  { registerConsultation: RegisteredConsultation },
  { input: RegisterConsultationInput }
> = gql`
  mutation CrmRegisterConsultation($input: RegisterConsultationInput!) {
    registerConsultation(input: $input) {
      id
      customerId
      phone
      name
      outcome
      consultedAt
    }
  }
`;

/** Who already has this phone: the caller's name and class, shown while typing. */
export interface PhoneMatch {
  id: string;
  name: string;
  phone: string;
  customerClass: 'A' | 'B' | 'C' | null;
  stage: 'POTENTIAL' | 'ACTUAL' | 'LOYAL';
}

export const CustomerByPhoneDocument: TypedDocumentNode<{ customers: { nodes: PhoneMatch[]; totalCount: number } }, { search: string }> =
  gql`
    query CrmCustomerByPhone($search: String!) {
      customers(search: $search, first: 3) {
        nodes {
          id
          name
          phone
          customerClass
          stage
        }
        totalCount
      }
    }
  `;
