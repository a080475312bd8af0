import { PageEmpty, PageLoading } from '@careline/frontend-shared';
import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { CursorPager } from '../../common/components/cursor-pager.js';
import { QueryError } from '../../common/components/query-error.js';
import { useCursorPages } from '../../common/hooks/use-cursor-pages.js';
import { useHospitalTime } from '../../common/hooks/use-hospital-time.js';
import { formatPoints } from '../../common/utils/format-points.js';
import type { PointsEntry } from '../graphql/points.documents.js';
import { useMemberPointsEntries } from '../hooks/use-member-points-entries.js';
import { PointsKindTag } from './points-kind-tag.js';

const pageSize = 20;
const nowrap = { whiteSpace: 'nowrap' } as const;

/** 积分明细: the member's ledger, newest first: what moved, why, by whom, and the balance it left. */
export function PointsLedger({ membershipId }: { membershipId: string }) {
  const { t } = useTranslation('members');
  const time = useHospitalTime();
  const pages = useCursorPages(membershipId);
  const { membership, loading, error, refetch } = useMemberPointsEntries({ id: membershipId, first: pageSize, after: pages.after });
  const connection = membership?.pointsEntries;
  const columns: ColumnsType<PointsEntry> = [
    { key: 'createdAt', title: t('points.columns.createdAt'), render: (_, entry) => <span style={nowrap}>{time(entry.createdAt)}</span> },
    { key: 'kind', title: t('points.columns.kind'), render: (_, entry) => <PointsKindTag kind={entry.kind} /> },
    {
      key: 'points',
      title: t('points.columns.points'),
      align: 'right',
      render: (_, entry) => (
        <Typography.Text type={entry.points < 0 ? 'danger' : 'success'} style={nowrap}>
          {formatPoints(entry.points, true)}
        </Typography.Text>
      ),
    },
    {
      key: 'balanceAfter',
      title: t('points.columns.balanceAfter'),
      align: 'right',
      render: (_, entry) => formatPoints(entry.balanceAfter),
    },
    {
      key: 'reason',
      title: t('points.columns.reason'),
      render: (_, entry) =>
        [entry.reason, entry.receiptNumber && t('points.receipt', { receiptNumber: entry.receiptNumber })].filter(Boolean).join(' · ') || '—',
    },
    {
      key: 'operator',
      title: t('points.columns.operator'),
      render: (_, entry) => (entry.operatorId ? <Typography.Text code>{entry.operatorId.slice(0, 8)}</Typography.Text> : t('points.system')),
    },
  ];
  if (error && !connection) {
    return <QueryError error={error} title={t('points.errorTitle')} onRetry={() => void refetch()} testId="members-ledger-error" />;
  }
  if (!connection) return <PageLoading testId="members-ledger-loading" />;
  if (connection.totalCount === 0) return <PageEmpty testId="members-ledger-empty" description={t('points.empty')} />;
  return (
    <>
      <Table<PointsEntry> data-testid="members-ledger-table" size="small" rowKey="id" columns={columns} dataSource={connection.nodes} loading={loading} pagination={false} scroll={{ x: 900 }} />
      <CursorPager
        testId="members-ledger-pager"
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
