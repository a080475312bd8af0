import { useCursorPages, useHospitalTime, PagedTable } from '@careline/frontend-shared';
import { Select, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPoints } from '../../common/utils/format-points.js';
import type { MemberPointsEntriesQuery, PointsEntryKind } from '../../../gql/graphql';
import { pointsEntryKinds } from '../graphql/points.documents.js';
import { useMemberPointsEntries } from '../hooks/use-member-points-entries.js';
import { PointsKindTag } from './points-kind-tag.js';

type PointsEntry = NonNullable<MemberPointsEntriesQuery['membership']>['pointsEntries']['nodes'][number];

const pageSize = 20;
const nowrap = { whiteSpace: 'nowrap' } as const;
/** scheduled jobs (expiry) write with the nil UUID */
const systemOperator = '00000000-0000-0000-0000-000000000000';

/** 积分明细: the member's ledger, newest first: what moved, why, by whom, and the balance it left. */
export function PointsLedger({ membershipId }: { membershipId: string }) {
  const { t } = useTranslation('members');
  const time = useHospitalTime();
  const [kind, setKind] = useState<PointsEntryKind | undefined>();
  const pages = useCursorPages(`${membershipId}|${kind ?? ''}`);
  const { membership, loading, error, refetch } = useMemberPointsEntries({
    id: membershipId,
    kind: kind ?? null,
    first: pageSize,
    after: pages.after,
  });
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
      // members usually names the receipt in the reason already; add it only when it does not
      render: (_, entry) =>
        entry.receiptNumber && !entry.reason.includes(entry.receiptNumber)
          ? `${entry.reason} · ${t('points.receipt', { receiptNumber: entry.receiptNumber })}`
          : entry.reason || '—',
    },
    {
      key: 'operator',
      title: t('points.columns.operator'),
      render: (_, entry) =>
        // the name through federation (identity's Staff); the system's own postings have no person
        entry.operatorId === systemOperator || !entry.operator ? (
          t('points.system')
        ) : (
          <span data-staff-id={entry.operatorId}>{entry.operator.name}</span>
        ),
    },
  ];
  const filter = (
    <Select<PointsEntryKind>
      allowClear
      value={kind}
      placeholder={t('points.allKinds')}
      aria-label={t('points.columns.kind')}
      style={{ width: 160 }}
      onChange={setKind}
      options={pointsEntryKinds.map((value) => ({ value, label: t(`points.kinds.${value}`) }))}
      data-testid="members-ledger-kind"
    />
  );
  const body = (
    <PagedTable
      connection={connection}
      error={error}
      onRetry={() => void refetch()}
      errorTitle={t('points.errorTitle')}
      empty={t('points.empty')}
      paging={pages}
      pageSize={pageSize}
      testId="members-ledger"
    >
      {(nodes) => (
        <Table<PointsEntry>
          data-testid="members-ledger-table"
          size="small"
          rowKey="id"
          columns={columns}
          dataSource={nodes}
          loading={loading}
          pagination={false}
          scroll={{ x: 900 }}
        />
      )}
    </PagedTable>
  );
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      {filter}
      {body}
    </Space>
  );
}
