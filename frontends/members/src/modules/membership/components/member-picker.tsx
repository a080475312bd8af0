import { Select, Spin } from 'antd';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMemberOptions } from '../hooks/use-member-options.js';
import { useMemberSummary } from '../hooks/use-member-summary.js';

/**
 * Picks a member by card number, name or phone; the value is the membership id (a Form.Item control).
 * A member chosen elsewhere (`?membership=` from 会员360) is shown by name before anything is typed.
 */
export function MemberPicker({
  value,
  onChange,
  testId = 'members-member-picker',
}: {
  value?: string;
  onChange?: (value: string | undefined) => void;
  testId?: string;
}) {
  const { t } = useTranslation('members');
  const [typed, setTyped] = useState('');
  const search = useDeferredValue(typed.trim());
  const { members, loading } = useMemberOptions(search);
  const { membership: chosen } = useMemberSummary(value);
  const options = members.map((member) => ({
    value: member.id,
    label: `${member.customer.name} · ${member.cardNumber} · ${member.customer.phone}`,
  }));
  if (chosen && !options.some((option) => option.value === chosen.id)) {
    options.unshift({ value: chosen.id, label: `${chosen.customer.name} · ${chosen.cardNumber} · ${chosen.customer.phone}` });
  }
  return (
    <Select<string>
      showSearch={{ filterOption: false, onSearch: setTyped, searchValue: typed }}
      allowClear
      value={value}
      onChange={(next) => {
        onChange?.(next);
        setTyped('');
      }}
      placeholder={t('picker.placeholder')}
      notFoundContent={loading ? <Spin size="small" /> : search ? t('picker.none') : t('picker.typeToSearch')}
      options={options}
      style={{ width: '100%' }}
      data-testid={testId}
    />
  );
}
