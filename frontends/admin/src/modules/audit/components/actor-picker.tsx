import { useQuery } from '@apollo/client/react';
import { useLanguage } from '@careline/frontend-shared';
import { AutoComplete } from 'antd';
import { useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { AuditActorsDocument } from '../graphql/audit.documents.js';

/**
 * The actor filter: type a name to pick a staff member (their id becomes the value), or paste any
 * actor id (a partner's API key id, say). Roles that may not list staff still can paste an id.
 */
export function ActorPicker({ value, onChange }: { value?: string; onChange?: (value: string) => void }) {
  const { t } = useTranslation('admin');
  const { language } = useLanguage();
  const search = useDeferredValue((value ?? '').trim());
  const { data } = useQuery(AuditActorsDocument, {
    variables: { search },
    skip: search.length < 1,
    fetchPolicy: 'cache-first',
  });
  const english = language === 'en';
  return (
    <AutoComplete
      allowClear
      value={value}
      onChange={onChange}
      placeholder={t('audit.filters.actorPlaceholder')}
      style={{ width: 260 }}
      data-testid="admin-audit-actor"
      options={data?.staffMembers?.nodes.map((staff) => ({
        value: staff.id,
        label: `${staff.name} (${staff.username} · ${english ? staff.department.nameEn : staff.department.name})`,
      }))}
    />
  );
}
