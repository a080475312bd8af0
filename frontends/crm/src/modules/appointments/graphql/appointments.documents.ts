import { graphql } from '../../../gql';
import type { AppointmentStatus, AppointmentType } from '../../../gql/graphql';

/** crm's `AppointmentType` (also a visit's type), in the order the forms offer them. */
export const appointmentTypes = [
  'EXPERT',
  'EXAMINATION',
  'PHYSICAL_EXAM',
  'TREATMENT',
  'HOME_CARE',
  'REVISIT',
] satisfies readonly AppointmentType[];
/** crm's `AppointmentStatus`: booked → arrived → dealt | not dealt, or cancelled / no-show. */
export const appointmentStatuses = [
  'BOOKED',
  'ARRIVED',
  'DEALT',
  'NOT_DEALT',
  'CANCELLED',
  'NO_SHOW',
] satisfies readonly AppointmentStatus[];

export const AppointmentFragment = graphql(`
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
    onsiteConsultant {
      id
      name
    }
    bookedBy
    bookedByStaff {
      id
      name
    }
    createdAt
    cancelledAt
    confirmation {
      state
      source
      remindedAt
      answeredAt
    }
  }
`);

/** Appointments of a hospital day or a range of days (`from`..`to`, the week view), and / or a doctor, newest booking first. */
export const AppointmentsDocument = graphql(`
  query CrmAppointments($day: LocalDate, $from: LocalDate, $to: LocalDate, $doctorId: ID, $first: Int!, $after: String) {
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
`);

/** Books a doctor's slot; CONFLICT SLOT_TAKEN when it is taken. A phone consultation makes it 电转预约. */
export const BookAppointmentDocument = graphql(`
  mutation CrmBookAppointment($input: BookAppointmentInput!) {
    bookAppointment(input: $input) {
      ...CrmAppointment
    }
  }
`);

export const CancelAppointmentDocument = graphql(`
  mutation CrmCancelAppointment($id: ID!) {
    cancelAppointment(id: $id) {
      ...CrmAppointment
    }
  }
`);

export const MarkAppointmentNoShowDocument = graphql(`
  mutation CrmMarkAppointmentNoShow($id: ID!) {
    markAppointmentNoShow(id: $id) {
      ...CrmAppointment
    }
  }
`);

/** 确认: staff record that the customer confirmed (e.g. on the phone). */
export const ConfirmAppointmentDocument = graphql(`
  mutation CrmConfirmAppointment($id: ID!) {
    confirmAppointment(id: $id) {
      ...CrmAppointment
    }
  }
`);

/** crm's `DutyRoster` (值班表): on-site consultants on duty, in rotation order. */
export const DutyRosterDocument = graphql(`
  query CrmDutyRoster($day: LocalDate!) {
    dutyRoster(day: $day) {
      day
      consultantIds
      consultants {
        id
        name
      }
      nextIndex
      updatedAt
    }
  }
`);

export const SetDutyRosterDocument = graphql(`
  mutation CrmSetDutyRoster($input: SetDutyRosterInput!) {
    setDutyRoster(input: $input) {
      day
      consultantIds
      nextIndex
      updatedAt
    }
  }
`);

/** identity's staff of one department (the director: any; a department admin: their own). */
export const DepartmentStaffDocument = graphql(`
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
`);
