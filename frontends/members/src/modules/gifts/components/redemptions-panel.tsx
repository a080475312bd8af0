import { useMutation, useQuery } from '@apollo/client/react';
import { readGraphqlError, useCursorPages, useHospitalTime, useIdempotentSubmit, PagedTable } from '@careline/frontend-shared';
import { App, Button, Select, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReasonModal } from '../../common/components/reason-modal.js';
import { formatPoints } from '../../common/utils/format-points.js';
import type { GiftRedemptionStatus, RedemptionFieldsFragment as GiftRedemption } from '../../../gql/graphql';
import { CancelGiftRedemptionDocument, MemberRedemptionsDocument } from '../graphql/gifts.documents.js';

const pageSize = 20;
const nowrap = { whiteSpace: 'nowrap' } as const;

/** 兑换记录: the member's gift redemptions, newest first; cancelling one returns the points and the stock. */
export function RedemptionsPanel({ membershipId, mayWrite }: { membershipId: string; mayWrite: boolean }) {
  const { t } = useTranslation('members');
  const time = useHospitalTime();
  const { message } = App.useApp();
  const [cancelling, setCancelling] = useState<GiftRedemption | null>(null);
  const [status, setStatus] = useState<GiftRedemptionStatus | undefined>();
  const pages = useCursorPages(`${membershipId}|${status ?? ''}`);
  const { data, previousData, loading, error, refetch } = useQuery(MemberRedemptionsDocument, {
    variables: { id: membershipId, status: status ?? null, first: pageSize, after: pages.after },
    notifyOnNetworkStatusChange: true,
  });
  const [cancel] = useMutation(CancelGiftRedemptionDocument, {
    refetchQueries: ['MemberRedemptions', 'MemberPointsEntries', 'Member360', 'MemberSummary'],
  });
  const perform = useCallback(
    async ({ redemptionId, reason }: { redemptionId: string; reason: string }, idempotencyKey: string) => {
      try {
        await cancel({ variables: { input: { redemptionId, reason, idempotencyKey } } });
        void message.success(t('redemptions.cancelled'));
        setCancelling(null);
        return true;
      } catch (failure) {
        void message.error(readGraphqlError(failure).message);
        return false;
      }
    },
    [cancel, message, t],
  );
  const { submit, submitting, changed } = useIdempotentSubmit(perform);
  const connection = (data ?? previousData)?.membership?.redemptions;

  const columns: ColumnsType<GiftRedemption> = [
    { key: 'redeemedAt', title: t('redemptions.redeemedAt'), render: (_, row) => <span style={nowrap}>{time(row.redeemedAt)}</span> },
    { key: 'gift', title: t('redeem.gift'), render: (_, row) => row.gift.name },
    { key: 'quantity', title: t('redeem.quantity'), align: 'right', dataIndex: 'quantity' },
    { key: 'points', title: t('redemptions.points'), align: 'right', render: (_, row) => formatPoints(row.points) },
    {
      key: 'status',
      title: t('member.status'),
      render: (_, row) =>
        row.status === 'CANCELLED' ? (
          <Tag title={row.cancelReason ?? undefined}>{t('redemptions.cancelledAt', { at: time(row.cancelledAt) })}</Tag>
        ) : mayWrite ? (
          <Button
            size="small"
            type="link"
            danger
            onClick={() => {
              changed();
              setCancelling(row);
            }}
          >
            {t('redemptions.cancel')}
          </Button>
        ) : (
          <Tag color="green">{t('redemptions.redeemed')}</Tag>
        ),
    },
  ];

  const filter = (
    <Select<GiftRedemptionStatus>
      allowClear
      value={status}
      placeholder={t('form.anyStatus')}
      aria-label={t('member.status')}
      style={{ width: 160 }}
      onChange={setStatus}
      options={(['REDEEMED', 'CANCELLED'] as const).map((value) => ({ value, label: t(`redemptions.statuses.${value}`) }))}
      data-testid="members-redemptions-status"
    />
  );

  const body = (
    <PagedTable
      connection={connection}
      error={error}
      onRetry={() => void refetch()}
      errorTitle={t('redemptions.errorTitle')}
      empty={t('redemptions.empty')}
      paging={pages}
      pageSize={pageSize}
      testId="members-redemptions"
    >
      {(nodes) => (
        <Table<GiftRedemption>
          data-testid="members-redemptions-table"
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
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      {filter}
      {body}
      <ReasonModal
        open={cancelling !== null}
        title={t('redemptions.cancelTitle', { gift: cancelling?.gift.name ?? '' })}
        okText={t('redemptions.cancel')}
        danger
        loading={submitting}
        onClose={() => setCancelling(null)}
        onSubmit={(reason) => cancelling && void submit({ redemptionId: cancelling.id, reason })}
      />
    </Space>
  );
}
