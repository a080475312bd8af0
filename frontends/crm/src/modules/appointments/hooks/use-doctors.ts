import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useCrmPermissions } from '../../../app/use-crm-permissions.js';
import { ClinicalDepartmentsDocument, DoctorsDocument } from '../graphql/appointments.documents.js';

/** how many doctors the desk's pickers and grids list (a hospital's doctors fit in one page) */
export const DOCTORS_PAGE = 100;

/**
 * The hospital's doctors (identity's `doctors`, in name order) and its clinical departments, for the
 * roles that book or edit schedules; nothing is asked for the others (identity would refuse them).
 */
export function useDoctors(departmentCode?: string | null) {
  const { books, editsSchedules } = useCrmPermissions();
  const skip = !books && !editsSchedules;
  const doctors = useQuery(DoctorsDocument, {
    variables: { departmentCode: departmentCode ?? null, first: DOCTORS_PAGE, after: null },
    skip,
  });
  const departments = useQuery(ClinicalDepartmentsDocument, { skip });
  const clinical = useMemo(
    () => (departments.data?.departments ?? []).filter((department) => department.clinical).map((department) => department.code),
    [departments.data],
  );
  return {
    doctors: doctors.data?.doctors?.nodes ?? [],
    /** more doctors than one page: the pickers list the first DOCTORS_PAGE */
    truncated: doctors.data?.doctors?.pageInfo.hasNextPage ?? false,
    loading: doctors.loading,
    error: doctors.error,
    refetch: () => void doctors.refetch(),
    clinicalDepartments: clinical,
  };
}
