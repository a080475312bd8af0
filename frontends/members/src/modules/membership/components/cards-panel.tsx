import { PageEmpty, useHospitalTime } from '@careline/frontend-shared';
import { Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { CardFieldsFragment as Card, CardStatus } from '../../../gql/graphql';

const colors: Record<CardStatus, string> = { ISSUED: 'blue', ACTIVE: 'green', LOST: 'orange', REPLACED: 'default', CANCELLED: 'default' };
const nowrap = { whiteSpace: 'nowrap' } as const;

/** 会员卡: every card the member was issued, oldest first; a replaced number stays blocked for ever. */
export function CardsPanel({ cards }: { cards: Card[] }) {
  const { t } = useTranslation('members');
  const time = useHospitalTime();
  const columns: ColumnsType<Card> = [
    { key: 'number', title: t('member.cardNumber'), dataIndex: 'number' },
    {
      key: 'status',
      title: t('member.status'),
      render: (_, card) => <Tag color={colors[card.status]}>{t(`cards.statuses.${card.status}`, { defaultValue: card.status })}</Tag>,
    },
    { key: 'issuedAt', title: t('cards.issuedAt'), render: (_, card) => <span style={nowrap}>{time(card.issuedAt)}</span> },
    { key: 'activatedAt', title: t('cards.activatedAt'), render: (_, card) => <span style={nowrap}>{time(card.activatedAt)}</span> },
    {
      key: 'ended',
      title: t('cards.endedAt'),
      render: (_, card) => <span style={nowrap}>{time(card.lostAt ?? card.replacedAt ?? card.cancelledAt)}</span>,
    },
    { key: 'reason', title: t('form.reason'), render: (_, card) => card.lostReason ?? '—' },
  ];
  if (cards.length === 0) return <PageEmpty testId="members-cards-empty" description={t('cards.empty')} />;
  return (
    <Table<Card>
      data-testid="members-cards-table"
      size="small"
      rowKey="id"
      columns={columns}
      dataSource={cards}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
    />
  );
}
