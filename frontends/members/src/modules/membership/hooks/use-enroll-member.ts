import { useMutation } from '@apollo/client/react';
import { EnrollMemberDocument } from '../graphql/membership.documents.js';

/** 入会: enrols a customer; the lists that show memberships refetch. */
export function useEnrollMember() {
  const [enroll, { loading }] = useMutation(EnrollMemberDocument, { refetchQueries: ['Memberships', 'CustomersWithMembership'] });
  return { enroll, loading };
}
