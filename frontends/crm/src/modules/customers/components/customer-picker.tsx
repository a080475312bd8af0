import { useQuery } from '@apollo/client/react';
import { Select, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CustomersDocument } from '../graphql/customers.documents.js';

/**
 * Picks a customer by name, pinyin, initials or phone digits (crm's search), ten matches at a time.
 * `value` is the customer id; `initialLabel` names a customer chosen before the picker opened.
 */
export function CustomerPicker({
  value,
  onChange,
  initialLabel,
  placeholder,
  testId,
  disabled,
}: {
  value?: string | null;
  onChange?: (id: string | null) => void;
  initialLabel?: string;
  placeholder?: string;
  testId?: string;
  disabled?: boolean;
}) {
  const { t } = useTranslation('crm');
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  // one request per pause in typing, not per key
  useEffect(() => {
    const timer = setTimeout(() => setSearch(text.trim()), 250);
    return () => clearTimeout(timer);
  }, [text]);
  const { data, loading } = useQuery(CustomersDocument, {
    variables: { search, filter: null, first: 10, after: null },
    skip: search.length === 0,
  });
  const options = (search ? (data?.customers?.nodes ?? []) : []).map((customer) => ({
    value: customer.id,
    label: `${customer.name} · ${customer.phone}`,
  }));
  if (value && initialLabel && !options.some((option) => option.value === value)) options.unshift({ value, label: initialLabel });
  return (
    <Select<string>
      showSearch={{ filterOption: false, onSearch: setText, searchValue: text }}
      allowClear
      value={value ?? undefined}
      onChange={(id) => onChange?.(id ?? null)}
      options={options}
      placeholder={placeholder ?? t('picker.customer')}
      notFoundContent={loading ? <Spin size="small" /> : search ? t('picker.noCustomer') : t('picker.typeToSearch')}
      disabled={disabled}
      data-testid={testId}
      style={{ width: '100%' }}
    />
  );
}
