import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useDoctorDirectory } from './use-doctor-directory.js';

/** A doctor's name from the desk's directory, else "unlisted doctor" (never the id: names everywhere, issue 17). */
export function useDoctorLabel(): (doctorId: string) => string {
  const { t } = useTranslation('crm');
  const { doctors } = useDoctorDirectory();
  return useCallback(
    (doctorId: string) => doctors.find((doctor) => doctor.id === doctorId)?.name ?? t('appointments.doctorUnlisted'),
    [doctors, t],
  );
}
