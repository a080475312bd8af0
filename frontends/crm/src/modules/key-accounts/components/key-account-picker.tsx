import { useQuery } from '@apollo/client/react';
import { Select, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KeyAccountOptionsDocument } from '../graphql/key-accounts.documents.js';

/** Picks a key account by name (crm's key-account search), ten at a time; `value` is its id. */
export function KeyAccountPicker({
  value,
  onChange,
  initialLabel,
  testId,
}: {
  value?: string | null;
  onChange?: (id: string | null) => void;
  initialLabel?: string;
  testId?: string;
}) {
  const { t } = useTranslation('crm');
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(text.trim()), 250);
    return () => clearTimeout(timer);
  }, [text]);
  const { data, loading, error } = useQuery(KeyAccountOptionsDocument, { variables: { search: search || null, first: 10 } });
  const options = (data?.keyAccounts?.nodes ?? []).map((account) => ({
    value: account.id,
    label: `${account.name}（${t(`keyAccountKinds.${account.kind}`)}）`,
  }));
  if (value && initialLabel && !options.some((option) => option.value === value)) options.unshift({ value, label: initialLabel });
  return (
    <Select<string>
      showSearch={{ filterOption: false, onSearch: setText, searchValue: text }}
      allowClear
      value={value ?? undefined}
      onChange={(id) => onChange?.(id ?? null)}
      options={options}
      placeholder={t('keyAccounts.pick')}
      notFoundContent={loading ? <Spin size="small" /> : error ? t('forbidden', { ns: 'common' }) : t('keyAccounts.noMatch')}
      data-testid={testId}
      style={{ width: '100%' }}
    />
  );
}
