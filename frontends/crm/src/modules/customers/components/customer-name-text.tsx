import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CustomerNameDocument } from '../graphql/customer-name.documents.js';

/** Just the customer's name (for tight places such as a grid cell); "no customer yet" without an id. */
export function CustomerNameText({ id }: { id: string | null }) {
  const { t } = useTranslation('crm');
  const { data } = useQuery(CustomerNameDocument, { variables: { id: id ?? '' }, skip: !id, errorPolicy: 'all' });
  if (!id) return <>{t('appointments.noCustomerYet')}</>;
  return <>{data?.customer?.name ?? '…'}</>;
}
