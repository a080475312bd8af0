import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import type { MembershipRowFragment } from '../../../gql/graphql';
import { CustomersWithMembershipDocument, MembershipsDocument } from '../graphql/membership.documents.js';
import { guessSearchMode } from '../utils/search-mode.js';

const first = 10;

/** Members matching what was typed: by card number from members, by name or phone from crm. */
export function useMemberOptions(search: string): { members: MembershipRowFragment[]; loading: boolean } {
  const mode = guessSearchMode(search);
  const byCard = useQuery(MembershipsDocument, {
    variables: { search, first },
    skip: search === '' || mode !== 'card',
    fetchPolicy: 'network-only',
  });
  const byPerson = useQuery(CustomersWithMembershipDocument, {
    variables: { search, first },
    skip: search === '' || mode !== 'person',
    fetchPolicy: 'network-only',
  });
  const members = useMemo(() => {
    if (search === '') return [];
    if (mode === 'card') return byCard.data?.memberships?.nodes ?? [];
    return (byPerson.data?.customers?.nodes ?? []).flatMap((customer) => (customer.membership ? [customer.membership] : []));
  }, [search, mode, byCard.data, byPerson.data]);
  return { members, loading: byCard.loading || byPerson.loading };
}
