import { useQuery } from '@apollo/client/react';
import { useSession } from '@careline/frontend-shared';
import { AutoComplete } from 'antd';
import { useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { ResponsibleStaffDocument } from '../graphql/points.documents.js';

/** Roles identity lets list staff; anyone else pastes the responsible person's staff id. */
const listingRoles = new Set(['OPS_DIRECTOR', 'DEPT_ADMIN', 'AUDITOR']);

/** The staff member responsible for the error being corrected: type a name to pick, or paste an id. */
export function ResponsibleStaffPicker({ value, onChange }: { value?: string; onChange?: (value: string) => void }) {
  const { t } = useTranslation('members');
  const { staff } = useSession();
  const search = useDeferredValue((value ?? '').trim());
  const { data } = useQuery(ResponsibleStaffDocument, {
    variables: { search },
    skip: search.length < 1 || !listingRoles.has(staff?.role ?? ''),
    fetchPolicy: 'cache-first',
  });
  return (
    <AutoComplete
      allowClear
      value={value}
      onChange={onChange}
      placeholder={t('adjustments.responsibleStaffPlaceholder')}
      data-testid="members-adjustment-responsible-staff"
      options={data?.staffMembers?.nodes.map((person) => ({ value: person.id, label: `${person.name} (${person.username})` }))}
    />
  );
}
