import { useQuery } from '@apollo/client/react';
import { useDepartmentName } from '@careline/frontend-shared';
import { Select, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ColleaguesDocument } from '../graphql/staff-name.documents.js';

/**
 * A staff member picked by name (identity's `colleagues`: type part of the name, pick "name ·
 * department"); the form gets the person's id, the screen never shows it.
 */
export function ColleaguePicker({
  value,
  onChange,
  testId,
}: {
  value?: string | null;
  onChange?: (id: string | null) => void;
  testId?: string;
}) {
  const { t } = useTranslation('crm');
  const departmentName = useDepartmentName();
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  // the chosen person's label, kept once the search that found them has changed
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);
  // one request per pause in typing, not per key
  useEffect(() => {
    const timer = setTimeout(() => setSearch(text.trim()), 250);
    return () => clearTimeout(timer);
  }, [text]);
  const { data, loading } = useQuery(ColleaguesDocument, { variables: { search }, skip: search.length === 0 });
  const options = (search ? (data?.colleagues?.nodes ?? []) : []).map((person) => ({
    value: person.id,
    label: `${person.name} · ${departmentName(person.departmentCode)}`,
  }));
  if (value && chosen?.value === value && !options.some((option) => option.value === value)) options.unshift(chosen);
  return (
    <Select<string>
      showSearch={{ filterOption: false, onSearch: setText, searchValue: text }}
      allowClear
      value={value ?? undefined}
      onChange={(id) => {
        setChosen(options.find((option) => option.value === id) ?? null);
        onChange?.(id ?? null);
      }}
      options={options}
      placeholder={t('colleagues.placeholder')}
      notFoundContent={loading ? <Spin size="small" /> : search ? t('colleagues.none') : t('colleagues.typeName')}
      data-testid={testId}
      style={{ width: '100%' }}
    />
  );
}
