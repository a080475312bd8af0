import { useQuery } from '@apollo/client/react';
import { formatFen, PagedTable, useCursorPages } from '@careline/frontend-shared';
import { Drawer, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMembersPath } from '../../../app/use-members-path.js';
import type { TierChangeDirection, TierEvaluationPreviewQuery } from '../../../gql/graphql';
import { TierTag } from '../../membership/components/tier-tag.js';
import { tierChangeDirections, TierEvaluationPreviewDocument } from '../graphql/tier-preview.documents.js';

type PreviewRow = NonNullable<TierEvaluationPreviewQuery['tierEvaluationPreview']>['nodes'][number];

const pageSize = 20;

/**
 * 等级评定预览: who the next evaluation (daily, 00:10) would move up or down if it ran now, with the
 * rolling 12-month spend that decides it; members changes nothing. Filtered by direction, paged.
 */
export function TierPreviewDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('members');
  const path = useMembersPath();
  const [direction, setDirection] = useState<TierChangeDirection | undefined>();
  const pages = useCursorPages(direction ?? '');
  const { data, previousData, loading, error, refetch } = useQuery(TierEvaluationPreviewDocument, {
    variables: { direction: direction ?? null, first: pageSize, after: pages.after },
    skip: !open,
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.tierEvaluationPreview;
  const columns: ColumnsType<PreviewRow> = [
    {
      key: 'cardNumber',
      title: t('member.cardNumber'),
      render: (_, row) => (
        <Link to={path(`member/${row.membership.id}`)} onClick={onClose}>
          {row.membership.cardNumber}
        </Link>
      ),
    },
    { key: 'name', title: t('member.name'), render: (_, row) => row.membership.customer.name },
    { key: 'from', title: t('tierPreview.from'), render: (_, row) => <TierTag tier={row.from} /> },
    { key: 'to', title: t('tierPreview.to'), render: (_, row) => <TierTag tier={row.to} /> },
    {
      key: 'direction',
      title: t('tierPreview.direction'),
      render: (_, row) => (
        <Tag color={row.direction === 'UP' ? 'green' : 'orange'} data-testid="members-tier-preview-direction">
          {t(`tierPreview.directions.${row.direction}`, { defaultValue: '—' })}
        </Tag>
      ),
    },
    { key: 'spend', title: t('tierPreview.spend'), align: 'right', render: (_, row) => formatFen(row.spendFen) },
  ];
  return (
    <Drawer open={open} onClose={onClose} width={760} title={t('tierPreview.title')} data-testid="members-tier-preview">
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('tierPreview.help')}</Typography.Text>
        <Select<TierChangeDirection>
          allowClear
          value={direction}
          placeholder={t('tierPreview.anyDirection')}
          aria-label={t('tierPreview.direction')}
          style={{ width: 160 }}
          onChange={setDirection}
          options={tierChangeDirections.map((value) => ({ value, label: t(`tierPreview.directions.${value}`) }))}
          data-testid="members-tier-preview-filter"
        />
        <PagedTable
          connection={connection}
          error={error}
          onRetry={() => void refetch()}
          errorTitle={t('tierPreview.errorTitle')}
          empty={t('tierPreview.empty')}
          paging={pages}
          pageSize={pageSize}
          testId="members-tier-preview-list"
        >
          {(nodes) => (
            <Table<PreviewRow>
              data-testid="members-tier-preview-table"
              size="small"
              rowKey="id"
              columns={columns}
              dataSource={nodes}
              loading={loading}
              pagination={false}
              scroll={{ x: 680 }}
              onRow={(row) => ({ 'data-card-number': row.membership.cardNumber }) as never}
            />
          )}
        </PagedTable>
      </Space>
    </Drawer>
  );
}
