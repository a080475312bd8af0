import { gql, type TypedDocumentNode } from '@apollo/client';
import type { PageInfo } from '../../common/graphql/page-info.js';

// Hand-written from services/crm/schema.graphql (Appointment, appointments, bookAppointment,
// cancelAppointment, markAppointmentNoShow, DutyRoster, setDutyRoster).

/** crm's `AppointmentType` (also a visit's type). */
export type AppointmentType = 'EXPERT' | 'EXAMINATION' | 'PHYSICAL_EXAM' | 'TREATMENT' | 'HOME_CARE' | 'REVISIT';
export const appointmentTypes: readonly AppointmentType[] = ['EXPERT', 'EXAMINATION', 'PHYSICAL_EXAM', 'TREATMENT', 'HOME_CARE', 'REVISIT'];
/** crm's `AppointmentStatus`: booked → arrived → dealt | not dealt, or cancelled / no-show. */
export type AppointmentStatus = 'BOOKED' | 'ARRIVED' | 'DEALT' | 'NOT_DEALT' | 'CANCELLED' | 'NO_SHOW';
export const appointmentStatuses: readonly AppointmentStatus[] = ['BOOKED', 'ARRIVED', 'DEALT', 'NOT_DEALT', 'CANCELLED', 'NO_SHOW'];

/** crm's `Appointment`. */
export interface Appointment {
  id: string;
  customerId: string | null;
  consultationId: string | null;
  type: AppointmentType;
  departmentCode: string;
  doctorId: string;
  slotStart: string;
  status: AppointmentStatus;
  phoneConverted: boolean;
  onsiteConsultantId: string | null;
  bookedBy: string | null;
  createdAt: string;
  cancelledAt: string | null;
}

export const AppointmentFragment = gql`
  fragment CrmAppointment on Appointment {
    id
    customerId
    consultationId
    type
    departmentCode
    doctorId
    slotStart
    status
    phoneConverted
    onsiteConsultantId
    bookedBy
    createdAt
    cancelledAt
  }
`;

export interface AppointmentsData {
  appointments: { nodes: Appointment[]; pageInfo: PageInfo; totalCount: number };
}
export interface AppointmentsVariables {
  day: string | null;
  /** a range of hospital days (week view), instead of `day` */
  from?: string | null;
  to?: string | null;
  doctorId: string | null;
  first: number;
  after: string | null;
}

/** Appointments of a hospital day or a range of days, and / or a doctor, newest booking first. */
export const AppointmentsDocument: TypedDocumentNode<AppointmentsData, AppointmentsVariables> = gql`
  query CrmAppointments($day: String, $from: String, $to: String, $doctorId: ID, $first: Int!, $after: String) {
    appointments(day: $day, from: $from, to: $to, doctorId: $doctorId, first: $first, after: $after) {
      nodes {
        ...CrmAppointment
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
  ${AppointmentFragment}
`;

/** crm's `BookAppointmentInput`. */
export interface BookAppointmentInput {
  type: AppointmentType;
  departmentCode: string;
  doctorId: string;
  slotStart: string;
  customerId: string | null;
  consultationId: string | null;
}

/** Books a doctor's slot; CONFLICT SLOT_TAKEN when it is taken. A phone consultation makes it 电转预约. */
export const BookAppointmentDocument: TypedDocumentNode<{ bookAppointment: Appointment }, { input: BookAppointmentInput }> = gql`
  mutation CrmBookAppointment($input: BookAppointmentInput!) {
    bookAppointment(input: $input) {
      ...CrmAppointment
    }
  }
  ${AppointmentFragment}
`;

export const CancelAppointmentDocument: TypedDocumentNode<{ cancelAppointment: Appointment }, { id: string }> = gql`
  mutation CrmCancelAppointment($id: ID!) {
    cancelAppointment(id: $id) {
      ...CrmAppointment
    }
  }
  ${AppointmentFragment}
`;

export const MarkAppointmentNoShowDocument: TypedDocumentNode<{ markAppointmentNoShow: Appointment }, { id: string }> = gql`
  mutation CrmMarkAppointmentNoShow($id: ID!) {
    markAppointmentNoShow(id: $id) {
      ...CrmAppointment
    }
  }
  ${AppointmentFragment}
`;

/** crm's `DutyRoster` (值班表): on-site consultants on duty, in rotation order. */
export interface DutyRoster {
  day: string;
  consultantIds: string[];
  nextIndex: number;
  updatedAt: string;
}

export const DutyRosterDocument: TypedDocumentNode<{ dutyRoster: DutyRoster | null }, { day: string }> = gql`
  query CrmDutyRoster($day: String!) {
    dutyRoster(day: $day) {
      day
      consultantIds
      nextIndex
      updatedAt
    }
  }
`;

export const SetDutyRosterDocument: TypedDocumentNode<{ setDutyRoster: DutyRoster }, { input: { day: string; consultantIds: string[] } }> =
  gql`
    mutation CrmSetDutyRoster($input: SetDutyRosterInput!) {
      setDutyRoster(input: $input) {
        day
        consultantIds
        nextIndex
        updatedAt
      }
    }
  `;

/** identity's staff of one department (the director: any; a department admin: their own). */
export interface StaffOption {
  id: string;
  name: string;
  position: string;
  active: boolean;
}

export const DepartmentStaffDocument: TypedDocumentNode<{ staffMembers: { nodes: StaffOption[] } }, { departmentCode: string }> = gql`
  query CrmDepartmentStaff($departmentCode: String!) {
    staffMembers(departmentCode: $departmentCode, first: 100) {
      nodes {
        id
        name
        position
        active
      }
    }
  }
`;
