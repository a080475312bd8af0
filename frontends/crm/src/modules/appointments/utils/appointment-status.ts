import type { AppointmentStatus } from '../../../gql/graphql';

export const appointmentStatusColors: Record<AppointmentStatus, string> = {
  BOOKED: 'blue',
  ARRIVED: 'cyan',
  DEALT: 'green',
  NOT_DEALT: 'orange',
  CANCELLED: 'default',
  NO_SHOW: 'red',
};

/** A cancelled booking frees its slot; every other status keeps the doctor's slot taken. */
export const holdsSlot = (status: AppointmentStatus): boolean => status !== 'CANCELLED';
