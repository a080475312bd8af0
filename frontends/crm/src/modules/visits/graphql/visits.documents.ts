import { gql, type TypedDocumentNode } from '@apollo/client';
import type { PageInfo } from '../../common/graphql/page-info.js';
import type { AppointmentType } from '../../appointments/graphql/appointments.documents.js';

// Hand-written from services/crm/schema.graphql (Visit, visits, registerVisit, recordVisitOutcome).

/** crm's `Visit` (到院): an arrival, booked or walk-in, and its deal outcome once recorded. */
export interface Visit {
  id: string;
  customerId: string;
  appointmentId: string | null;
  walkIn: boolean;
  phoneConverted: boolean;
  type: AppointmentType;
  departmentCode: string;
  doctorId: string | null;
  designatedDoctor: boolean;
  onsiteConsultantId: string | null;
  arrivedAt: string;
  registeredBy: string | null;
  /** null until the outcome is recorded */
  dealt: boolean | null;
  /** yuan, a decimal string ("1280.50") */
  dealAmount: string | null;
  receiptNumber: string | null;
  items: string[];
  dealRecordedBy: string | null;
  dealRecordedAt: string | null;
}

const VisitFragment = gql`
  fragment CrmVisit on Visit {
    id
    customerId
    appointmentId
    walkIn
    phoneConverted
    type
    departmentCode
    doctorId
    designatedDoctor
    onsiteConsultantId
    arrivedAt
    registeredBy
    dealt
    dealAmount
    receiptNumber
    items
    dealRecordedBy
    dealRecordedAt
  }
`;

export interface VisitsData {
  visits: { nodes: Visit[]; pageInfo: PageInfo; totalCount: number };
}

/** Visits, newest first (crm offers no day filter: the desk reads back until the day before). */
export const VisitsDocument: TypedDocumentNode<VisitsData, { first: number; after: string | null }> = gql`
  query CrmVisits($first: Int!, $after: String) {
    visits(first: $first, after: $after) {
      nodes {
        ...CrmVisit
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
  ${VisitFragment}
`;

/** crm's `RegisterVisitInput`: a booked arrival names its appointment; a walk-in its customer, type and department. */
export interface RegisterVisitInput {
  appointmentId?: string | null;
  customerId?: string | null;
  type?: AppointmentType | null;
  departmentCode?: string | null;
  doctorId?: string | null;
  designatedDoctor?: boolean | null;
  onsiteConsultantId?: string | null;
}

/** 到院登记; CONFLICT ALREADY_ARRIVED when the appointment has arrived already. */
export const RegisterVisitDocument: TypedDocumentNode<{ registerVisit: Visit }, { input: RegisterVisitInput }> = gql`
  mutation CrmRegisterVisit($input: RegisterVisitInput!) {
    registerVisit(input: $input) {
      ...CrmVisit
    }
  }
  ${VisitFragment}
`;

/** crm's `RecordVisitOutcomeInput`. */
export interface RecordVisitOutcomeInput {
  visitId: string;
  dealt: boolean;
  /** yuan, a decimal string (required when dealt) */
  amount?: string | null;
  /** required when dealt; unique */
  receiptNumber?: string | null;
  items?: string[] | null;
}

/** 成交结果, recorded once (CONFLICT OUTCOME_ALREADY_RECORDED / RECEIPT_TAKEN). */
export const RecordVisitOutcomeDocument: TypedDocumentNode<{ recordVisitOutcome: Visit }, { input: RecordVisitOutcomeInput }> = gql`
  mutation CrmRecordVisitOutcome($input: RecordVisitOutcomeInput!) {
    recordVisitOutcome(input: $input) {
      ...CrmVisit
    }
  }
  ${VisitFragment}
`;
