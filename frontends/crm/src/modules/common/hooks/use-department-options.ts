import { useQuery } from '@apollo/client/react';
import { useDepartmentName } from '@careline/frontend-shared';
import { useMemo } from 'react';
import { HospitalDepartmentsDocument } from '../graphql/departments.documents.js';

/** The hospital's departments as select options, by name in the page's language (the value is the code). */
export function useDepartmentOptions(): { value: string; label: string }[] {
  const departmentName = useDepartmentName();
  const { data } = useQuery(HospitalDepartmentsDocument, { fetchPolicy: 'cache-first' });
  return useMemo(
    () => (data?.departments ?? []).map((department) => ({ value: department.code, label: departmentName(department.code) })),
    [data, departmentName],
  );
}
