import { useQuery } from '@apollo/client/react';
import { useLanguage } from '@careline/frontend-shared';
import { useCallback } from 'react';
import { DepartmentsDocument } from '../graphql/points.documents.js';

/** A department's name in the UI language, from its code (the code itself until identity answers). */
export function useDepartmentName(): (code: string) => string {
  const { language } = useLanguage();
  const { data } = useQuery(DepartmentsDocument, { fetchPolicy: 'cache-first' });
  return useCallback(
    (code: string) => {
      const department = data?.departments?.find((candidate) => candidate.code === code);
      if (!department) return code;
      return language === 'en' ? department.nameEn : department.name;
    },
    [data, language],
  );
}
