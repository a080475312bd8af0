import { useQuery } from '@apollo/client/react';
import { useCursorPages, useHospitalTime, PagedTable } from '@careline/frontend-shared';
import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { MembershipHistoryQuery } from '../../../gql/graphql';
import { MembershipHistoryDocument } from '../graphql/member-360.documents.js';
import { useTiers } from '../hooks/use-tiers.js';

type MembershipEvent = NonNullable<MembershipHistoryQuery['membership']>['history']['nodes'][number];

const pageSize = 20;
const nowrap = { whiteSpace: 'nowrap' } as const;

/** 变更记录: what happened to the membership (cards, status, tier, key customer), who did it, when and why. */
export function HistoryPanel({ membershipId }: { membershipId: string }) {
  const { t } = useTranslation('members');
  const time = useHospitalTime();
  const tiers = useTiers();
  /** a changed value in words: tier and status codes as their labels, card numbers and free text as they are */
  const valueLabel = (kind: string, value: string | null | undefined): string => {
    // a developer is a staff id: the head of 会员360 names the current one, the actor column who changed it
    if (!value || kind === 'DEVELOPER_CHANGED') return '—';
    // enrolment and tier changes name the tier
    if (kind === 'TIER_CHANGED' || tiers.options.some((tier) => tier.value === value)) return tiers.label(value);
    if (kind.startsWith('CARD_')) return t(`cards.statuses.${value}`, { defaultValue: value });
    return t(`status.${value}`, { defaultValue: value });
  };
  const pages = useCursorPages(membershipId);
  const { data, previousData, loading, error, refetch } = useQuery(MembershipHistoryDocument, {
    variables: { id: membershipId, first: pageSize, after: pages.after },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.membership?.history;
  const columns: ColumnsType<MembershipEvent> = [
    { key: 'at', title: t('history.at'), render: (_, row) => <span style={nowrap}>{time(row.at)}</span> },
    { key: 'kind', title: t('history.kind'), render: (_, row) => t(`history.kinds.${row.kind}`, { defaultValue: row.kind }) },
    {
      key: 'change',
      title: t('history.change'),
      render: (_, row) =>
        row.fromValue || row.toValue ? `${valueLabel(row.kind, row.fromValue)} → ${valueLabel(row.kind, row.toValue)}` : '—',
    },
    { key: 'reason', title: t('form.reason'), render: (_, row) => row.reason ?? '—' },
    {
      key: 'actor',
      title: t('history.actor'),
      render: (_, row) => row.actorName ?? t(`history.actorKinds.${row.actorKind}`, { defaultValue: row.actorKind }),
    },
  ];
  return (
    <PagedTable
      connection={connection}
      error={error}
      onRetry={() => void refetch()}
      errorTitle={t('history.errorTitle')}
      empty={t('history.empty')}
      paging={pages}
      pageSize={pageSize}
      testId="members-history"
    >
      {(nodes) => (
        <Table<MembershipEvent>
          data-testid="members-history-table"
          size="small"
          rowKey="id"
          columns={columns}
          dataSource={nodes}
          loading={loading}
          pagination={false}
        />
      )}
    </PagedTable>
  );
}
