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
    doctor {
      id
      name
    }
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
    viewerActions
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

/** identity's doctors (医生) in name order, with department and specialities: the booking desk and the schedule editor pick them by name. */
export const DoctorsDocument = graphql(`
  query CrmDoctors($departmentCode: String, $first: Int!, $after: String) {
    doctors(departmentCode: $departmentCode, first: $first, after: $after) {
      nodes {
        id
        name
        departmentCode
        specialities
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

/** identity's departments: the clinical ones (科室) are those doctors are booked in. */
export const ClinicalDepartmentsDocument = graphql(`
  query CrmClinicalDepartments {
    departments {
      code
      clinical
    }
  }
`);

/** A doctor's free slots over a range of hospital days (booked and past ones left out; at most 31 days). */
export const DoctorFreeSlotsDocument = graphql(`
  query CrmDoctorFreeSlots($doctorId: ID!, $from: LocalDate!, $to: LocalDate!) {
    doctorFreeSlots(doctorId: $doctorId, from: $from, to: $to) {
      doctorId
      slotMinutes
      slots
    }
  }
`);

/** The day grid's doctors' free slots (slotMinutes 0 for a doctor without a schedule). */
export const DoctorsFreeSlotsDocument = graphql(`
  query CrmDoctorsFreeSlots($doctorIds: [ID!]!, $from: LocalDate!, $to: LocalDate!) {
    doctorsFreeSlots(doctorIds: $doctorIds, from: $from, to: $to) {
      doctorId
      slotMinutes
      slots
    }
  }
`);

/** 排班: a doctor's schedule (null when the doctor has none). */
export const DoctorScheduleDocument = graphql(`
  query CrmDoctorSchedule($doctorId: ID!) {
    doctorSchedule(doctorId: $doctorId) {
      doctorId
      departmentCode
      slotMinutes
      weekly {
        weekday
        start
        end
      }
      exceptions {
        day
        start
        end
        note
      }
      updatedAt
      updatedByStaff {
        id
        name
      }
    }
  }
`);

export const SetDoctorScheduleDocument = graphql(`
  mutation CrmSetDoctorSchedule($input: SetDoctorScheduleInput!) {
    setDoctorSchedule(input: $input) {
      doctorId
      departmentCode
      slotMinutes
      weekly {
        weekday
        start
        end
      }
      exceptions {
        day
        start
        end
        note
      }
      updatedAt
    }
  }
`);
