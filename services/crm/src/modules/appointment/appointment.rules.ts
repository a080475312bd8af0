import { registerEnumType } from 'type-graphql';
import type { Caller } from '@careline/service-kit';
import { APPOINTMENT_DEPARTMENTS, departmentRefusal, type Refusal } from '../../common/care-access.js';
import { type Appointment, AppointmentStatus } from './appointment.entity.js';

/**
 * Who may take which step of an appointment (docs/access-control.md, "Actions by permission").
 * Each rule is a pure function of the caller and the appointment: the mutations refuse with its
 * answer (after locking the row), and `Appointment.viewerActions` lists the actions it allows.
 */
export enum AppointmentAction {
  CONFIRM = 'CONFIRM',
  CANCEL = 'CANCEL',
  NO_SHOW = 'NO_SHOW',
}
registerEnumType(AppointmentAction, {
  name: 'AppointmentAction',
  description: 'a step the caller may take on an appointment now',
  valuesConfig: {
    CONFIRM: { description: '确认 (confirmAppointment); confirming a confirmed booking again is answered unchanged' },
    CANCEL: { description: '取消 (cancelAppointment)' },
    NO_SHOW: { description: '爽约 (markAppointmentNoShow)' },
  },
});

/** every action, in the order the drawer offers them */
export const APPOINTMENT_ACTIONS: readonly AppointmentAction[] = [
  AppointmentAction.CONFIRM,
  AppointmentAction.CANCEL,
  AppointmentAction.NO_SHOW,
];

/** the role part (refused before the appointment is read): CONSULTATION, ONSITE and GUIDE, and the director */
export const appointmentRoleRule = (caller: Caller): Refusal | null => departmentRefusal(caller, APPOINTMENT_DEPARTMENTS);

/** the state part: every step is taken on a booked appointment only (the reasons the mutations have always given) */
function stateRule(appointment: Pick<Appointment, 'status'>, action: AppointmentAction): Refusal | null {
  if (appointment.status === AppointmentStatus.BOOKED) return null;
  const status = appointment.status;
  switch (action) {
    case AppointmentAction.CANCEL:
      return { code: 'CONFLICT', reason: 'NOT_CANCELLABLE', message: `an appointment ${status} cannot be cancelled` };
    case AppointmentAction.NO_SHOW:
      return { code: 'CONFLICT', reason: 'NOT_BOOKED', message: `an appointment ${status} cannot be a no-show` };
    case AppointmentAction.CONFIRM:
      return { code: 'CONFLICT', reason: 'NOT_BOOKED', message: `an appointment ${status} cannot be confirmed` };
  }
}

/** The whole rule of one action on one appointment: the department, then the status. */
export const appointmentRule = (caller: Caller, appointment: Pick<Appointment, 'status'>, action: AppointmentAction): Refusal | null =>
  appointmentRoleRule(caller) ?? stateRule(appointment, action);

/** Every action `caller` may take on `appointment` now. */
export const appointmentViewerActions = (caller: Caller, appointment: Pick<Appointment, 'status'>): AppointmentAction[] =>
  APPOINTMENT_ACTIONS.filter((action) => appointmentRule(caller, appointment, action) === null);
