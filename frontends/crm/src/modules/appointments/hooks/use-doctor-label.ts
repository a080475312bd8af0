import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useDoctors } from './use-doctors.js';

/**
 * A doctor's name: from identity's doctors, else the name an answer carried (`Appointment.doctor`),
 * else "unlisted doctor" (a staff member who has left) — never the id (names everywhere, issue 17).
 */
export function useDoctorLabel(): (doctorId: string, known?: { name: string } | null) => string {
  const { t } = useTranslation('crm');
  const { doctors } = useDoctors();
  return useCallback(
    (doctorId: string, known?: { name: string } | null) =>
      doctors.find((doctor) => doctor.id === doctorId)?.name ?? known?.name ?? t('appointments.doctorUnlisted'),
    [doctors, t],
  );
}
