import { useQuery } from '@apollo/client/react';
import { useSession } from '@careline/frontend-shared';
import { useTranslation } from 'react-i18next';
import { useCrmPermissions } from '../../../app/use-crm-permissions.js';
import { StaffNameDocument } from '../graphql/staff-name.documents.js';

/**
 * A staff member by name: "me" for oneself; the name the record brought through federation
 * (`onsiteConsultant { name }`: identity resolves crm's staff ids for every role, docs/staff-names.md)
 * when the caller passes it; otherwise identity's `staff` query, which only the director and admins
 * may ask, and a neutral word for the others. Never the id itself: it is only in the hover title.
 */
export function StaffName({
  id,
  staff: named,
  testId,
}: {
  id: string | null | undefined;
  staff?: { name: string } | null;
  testId?: string;
}) {
  const { t } = useTranslation('crm');
  const { staff } = useSession();
  const { readsStaff } = useCrmPermissions();
  const mine = Boolean(id && staff && id === staff.id);
  const { data } = useQuery(StaffNameDocument, {
    variables: { id: id ?? '' },
    skip: !id || mine || Boolean(named) || !readsStaff,
    errorPolicy: 'all',
  });
  if (!id) return <span data-testid={testId}>—</span>;
  const label = mine ? `${staff!.name}（${t('me')}）` : (named?.name ?? data?.staff?.name ?? t('staffMember'));
  return (
    <span data-testid={testId} data-staff-id={id}>
      {label}
    </span>
  );
}
