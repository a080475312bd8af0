import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { shortId } from '../../common/utils/short-id.js';
import { useDoctorDirectory } from './use-doctor-directory.js';

/** A doctor's name from the desk's directory, else "Doctor #…" by id. */
export function useDoctorLabel(): (doctorId: string) => string {
  const { t } = useTranslation('crm');
  const { doctors } = useDoctorDirectory();
  return useCallback(
    (doctorId: string) => doctors.find((doctor) => doctor.id === doctorId)?.name ?? t('appointments.doctorById', { id: shortId(doctorId) }),
    [doctors, t],
  );
}
