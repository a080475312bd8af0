import { useQuery } from '@apollo/client/react';
import { DepartmentsDocument } from '../graphql/departments.query.js';

/** Every department, in the hospital's order (they change rarely: the cache answers first). */
export function useDepartments() {
  const { data, loading, error, refetch } = useQuery(DepartmentsDocument, { fetchPolicy: 'cache-first' });
  return { departments: data?.departments, loading, error, refetch };
}
