import { useQuery } from '@apollo/client/react';
import { MemberSummaryDocument } from '../graphql/membership.documents.js';

/** One member's card, tier, status and points balance (refetched by name after anything that moves points). */
export function useMemberSummary(membershipId: string | null | undefined) {
  const { data, loading, error, refetch } = useQuery(MemberSummaryDocument, {
    variables: { id: membershipId ?? '' },
    skip: !membershipId,
  });
  return { membership: data?.membership ?? undefined, loading, error, refetch };
}
