import { useQuery } from '@apollo/client/react';
import { Member360Document } from '../graphql/member-360.documents.js';

/** 会员360's head: profile, membership, tier and cards. */
export function useMember360(id: string) {
  const { data, loading, error, refetch } = useQuery(Member360Document, { variables: { id } });
  return { membership: data?.membership, loading, error, refetch };
}
