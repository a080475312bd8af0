import { useQuery } from '@apollo/client/react';
import { Select } from 'antd';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FollowUpOwnerCandidatesDocument } from '../graphql/follow-ups.documents.js';

/**
 * A follow-up's owner, picked by name: typing a name fragment lists identity's staff (a department
 * admin's own department, the director anyone), and the value is the chosen person's id.
 */
export function OwnerPicker({ value, onChange, testId }: { value?: string | null; onChange?: (value: string) => void; testId: string }) {
  const { t } = useTranslation('crm');
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search.trim());
  const { data, loading } = useQuery(FollowUpOwnerCandidatesDocument, {
    variables: { search: deferred },
    fetchPolicy: 'cache-first',
  });
  return (
    <Select
      showSearch
      value={value ?? undefined}
      onChange={(id: string) => onChange?.(id)}
      filterOption={false}
      onSearch={setSearch}
      loading={loading}
      placeholder={t('followUps.ownerPlaceholder')}
      notFoundContent={t('followUps.ownerNotFound')}
      options={(data?.staffMembers?.nodes ?? []).map((person) => ({ value: person.id, label: person.name }))}
      data-testid={testId}
    />
  );
}
