import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { hospitalClockOf } from '../../common/utils/hospital-calendar.js';
import { DoctorsFreeSlotsDocument } from '../graphql/appointments.documents.js';

/**
 * What the day grid may offer per doctor: the clocks (hospital time) of the doctor's free slots that
 * day, or null for a doctor without a schedule (booked at any half hour, as before schedules).
 */
export type DaySlots = ReadonlyMap<string, readonly string[] | null>;

/**
 * The free slots of the grid's doctors on one hospital day, asked together (crm's `doctorsFreeSlots`).
 * `slots` is undefined until known: while loading, and after an error (then crm still refuses a
 * slot off the schedule when booked).
 */
export function useDoctorsFreeSlots(doctorIds: readonly string[], day: string, skip: boolean) {
  const query = useQuery(DoctorsFreeSlotsDocument, {
    variables: { doctorIds: [...doctorIds], from: day, to: day },
    skip: skip || doctorIds.length === 0,
    // a booking made elsewhere takes its slot: asked again on every visit
    fetchPolicy: 'cache-and-network',
  });
  const slots = useMemo<DaySlots | undefined>(() => {
    if (!query.data) return undefined;
    return new Map(
      query.data.doctorsFreeSlots.map((doctor) => [
        doctor.doctorId,
        doctor.slotMinutes === 0 ? null : doctor.slots.map((slot: string) => hospitalClockOf(slot)),
      ]),
    );
  }, [query.data]);
  return { slots, loading: query.loading, error: query.error, refetch: () => void query.refetch() };
}
