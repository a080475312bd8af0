import { useQuery } from '@apollo/client/react';
import { PageEmpty, PageLoading } from '@careline/frontend-shared';
import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { CursorPager } from '../../common/components/cursor-pager.js';
import { QueryError } from '../../common/components/query-error.js';
import { useCursorPages } from '../../common/hooks/use-cursor-pages.js';
import { useHospitalTime } from '../../common/hooks/use-hospital-time.js';
import { MembershipHistoryDocument, type MembershipEvent } from '../graphql/member-360.documents.js';

const pageSize = 20;
const nowrap = { whiteSpace: 'nowrap' } as const;

/** 变更记录: what happened to the membership (cards, status, tier, key customer), who did it, when and why. */
export function HistoryPanel({ membershipId }: { membershipId: string }) {
  const { t } = useTranslation('members');
  const time = useHospitalTime();
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
      render: (_, row) => (row.fromValue || row.toValue ? `${row.fromValue ?? '—'} → ${row.toValue ?? '—'}` : '—'),
    },
    { key: 'reason', title: t('form.reason'), render: (_, row) => row.reason ?? '—' },
    {
      key: 'actor',
      title: t('history.actor'),
      render: (_, row) => row.actorName ?? t(`history.actorKinds.${row.actorKind}`, { defaultValue: row.actorKind }),
    },
  ];
  if (error && !connection)
    return <QueryError error={error} title={t('history.errorTitle')} onRetry={() => void refetch()} testId="members-history-error" />;
  if (!connection) return <PageLoading testId="members-history-loading" />;
  if (connection.totalCount === 0) return <PageEmpty testId="members-history-empty" description={t('history.empty')} />;
  return (
    <>
      <Table<MembershipEvent>
        data-testid="members-history-table"
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={connection.nodes}
        loading={loading}
        pagination={false}
      />
      <CursorPager
        testId="members-history-pager"
        page={pages.page}
        pageSize={pageSize}
        totalCount={connection.totalCount}
        hasNextPage={connection.pageInfo.hasNextPage}
        onPrevious={pages.previous}
        onNext={() => pages.next(connection.pageInfo.endCursor)}
      />
    </>
  );
}
