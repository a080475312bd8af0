import { useQuery } from '@apollo/client/react';
import { PositionsDocument } from '../graphql/staff.documents.js';

/** Every position (岗位), in the hospital's order. */
export function usePositions() {
  const { data, loading, error } = useQuery(PositionsDocument, { fetchPolicy: 'cache-first' });
  return { positions: data?.positions, loading, error };
}
