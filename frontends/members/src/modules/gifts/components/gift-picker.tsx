import { useQuery } from '@apollo/client/react';
import { Select, Spin } from 'antd';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPoints } from '../../common/utils/format-points.js';
import type { GiftFieldsFragment as Gift } from '../../../gql/graphql';
import { GiftOptionsDocument } from '../graphql/gifts.documents.js';

/** Picks a gift by name; the value is its id, and `onPick` hands the whole gift (price, stock) to the form. */
export function GiftPicker({
  value,
  onChange,
  onPick,
}: {
  value?: string;
  onChange?: (value: string | undefined) => void;
  onPick: (gift: Gift | null) => void;
}) {
  const { t } = useTranslation('members');
  const [typed, setTyped] = useState('');
  const search = useDeferredValue(typed.trim());
  const { data, loading } = useQuery(GiftOptionsDocument, { variables: { search: search || null, first: 20 } });
  const gifts = data?.gifts?.nodes ?? [];
  return (
    <Select<string>
      showSearch={{ filterOption: false, onSearch: setTyped, searchValue: typed }}
      allowClear
      value={value}
      onChange={(next) => {
        onChange?.(next);
        onPick(gifts.find((gift) => gift.id === next) ?? null);
        setTyped('');
      }}
      placeholder={t('redeem.giftPlaceholder')}
      notFoundContent={loading ? <Spin size="small" /> : t('redeem.noGift')}
      options={gifts.map((gift) => ({
        value: gift.id,
        label: `${gift.name} · ${t('redeem.giftOption', { points: formatPoints(gift.pointsPrice), stock: gift.stock })}`,
        disabled: gift.stock <= 0,
      }))}
      style={{ width: '100%' }}
      data-testid="members-redeem-gift"
    />
  );
}
