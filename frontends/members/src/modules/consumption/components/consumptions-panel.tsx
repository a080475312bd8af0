import { useMutation, useQuery } from '@apollo/client/react';
import { readGraphqlError, useCursorPages, useHospitalTime, useIdempotentSubmit, formatFen, PagedTable } from '@careline/frontend-shared';
import { App, Button, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReasonModal } from '../../common/components/reason-modal.js';
import { formatPoints } from '../../common/utils/format-points.js';
import type { ConsumptionFieldsFragment as Consumption, ConsumptionStatus } from '../../../gql/graphql';
import { MemberConsumptionsDocument, RefundConsumptionDocument } from '../graphql/consumption.documents.js';

const pageSize = 20;
const nowrap = { whiteSpace: 'nowrap' } as const;

/** 消费记录: the member's receipts, newest first, with the points each earned; a refund takes them back. */
export function ConsumptionsPanel({ membershipId, mayRefund }: { membershipId: string; mayRefund: boolean }) {
  const { t } = useTranslation('members');
  const time = useHospitalTime();
  const { message } = App.useApp();
  const [refunding, setRefunding] = useState<Consumption | null>(null);
  const [status, setStatus] = useState<ConsumptionStatus | undefined>();
  const pages = useCursorPages(`${membershipId}|${status ?? ''}`);
  const { data, previousData, loading, error, refetch } = useQuery(MemberConsumptionsDocument, {
    variables: { id: membershipId, status: status ?? null, first: pageSize, after: pages.after },
    notifyOnNetworkStatusChange: true,
  });
  const [refund] = useMutation(RefundConsumptionDocument, {
    refetchQueries: ['MemberConsumptions', 'MemberPointsEntries', 'Member360', 'MemberSummary'],
  });
  const perform = useCallback(
    async ({ receiptNumber, reason }: { receiptNumber: string; reason: string }, idempotencyKey: string) => {
      try {
        await refund({ variables: { input: { receiptNumber, reason, idempotencyKey } } });
        void message.success(t('consumption.refunded', { receiptNumber }));
        setRefunding(null);
        return true;
      } catch (failure) {
        void message.error(readGraphqlError(failure).message);
        return false;
      }
    },
    [refund, message, t],
  );
  const { submit, submitting, changed } = useIdempotentSubmit(perform);
  const connection = (data ?? previousData)?.membership?.consumptions;

  const columns: ColumnsType<Consumption> = [
    { key: 'occurredAt', title: t('consumption.occurredAt'), render: (_, row) => <span style={nowrap}>{time(row.occurredAt)}</span> },
    { key: 'receipt', title: t('consumption.receiptNumber'), dataIndex: 'receiptNumber' },
    {
      key: 'amount',
      title: t('consumption.amount'),
      align: 'right',
      render: (_, row) => <span style={nowrap}>{formatFen(row.amountFen)}</span>,
    },
    {
      key: 'points',
      title: t('consumption.pointsEarned'),
      align: 'right',
      render: (_, row) => (
        <>
          {formatPoints(row.pointsEarned)}
          {row.bonusPoints > 0 && (
            <Typography.Text type="secondary"> {t('consumption.bonus', { points: formatPoints(row.bonusPoints) })}</Typography.Text>
          )}
        </>
      ),
    },
    {
      key: 'source',
      title: t('consumption.source'),
      render: (_, row) => t(`consumption.sources.${row.source}`, { defaultValue: row.source }),
    },
    {
      key: 'status',
      title: t('member.status'),
      render: (_, row) =>
        row.status === 'REFUNDED' ? (
          <Tag color="orange" title={row.refundReason ?? undefined}>
            {t('consumption.refundedAt', { at: time(row.refundedAt) })}
          </Tag>
        ) : mayRefund ? (
          <Button
            size="small"
            type="link"
            danger
            onClick={() => {
              changed();
              setRefunding(row);
            }}
          >
            {t('consumption.refund')}
          </Button>
        ) : (
          <Tag color="green">{t('consumption.recorded')}</Tag>
        ),
    },
  ];

  const filter = (
    <Select<ConsumptionStatus>
      allowClear
      value={status}
      placeholder={t('form.anyStatus')}
      aria-label={t('member.status')}
      style={{ width: 160 }}
      onChange={setStatus}
      options={(['RECORDED', 'REFUNDED'] as const).map((value) => ({ value, label: t(`consumption.statuses.${value}`) }))}
      data-testid="members-consumptions-status"
    />
  );

  const body = (
    <PagedTable
      connection={connection}
      error={error}
      onRetry={() => void refetch()}
      errorTitle={t('consumption.errorTitle')}
      empty={t('consumption.empty')}
      paging={pages}
      pageSize={pageSize}
      testId="members-consumptions"
    >
      {(nodes) => (
        <Table<Consumption>
          data-testid="members-consumptions-table"
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
      <ReasonModal
        open={refunding !== null}
        title={t('consumption.refundTitle', { receiptNumber: refunding?.receiptNumber ?? '', amount: formatFen(refunding?.amountFen) })}
        okText={t('consumption.refund')}
        danger
        loading={submitting}
        onClose={() => setRefunding(null)}
        onSubmit={(reason) => refunding && void submit({ receiptNumber: refunding.receiptNumber, reason })}
      />
    </Space>
  );
}
