import { useQuery } from '@apollo/client/react';
import { QueryError, useHospitalTime } from '@careline/frontend-shared';
import { Descriptions, Empty, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { CustomerReferralsQuery, ReferralStatus } from '../../../gql/graphql';
import { formatPoints } from '../../common/utils/format-points.js';
import { CustomerReferralsDocument } from '../graphql/referral.documents.js';

type Made = NonNullable<CustomerReferralsQuery['customer']>['referralsMade'][number];
const statusColors: Record<ReferralStatus, string> = { PENDING: 'gold', REWARDED: 'green', REVERSED: 'red', DECLINED: 'default' };

/** 会员360's 老带新 tab: who referred this member (and what it earned them), and the customers this member referred. */
export function ReferralsPanel({ customerId }: { customerId: string }) {
  const { t } = useTranslation('members');
  const time = useHospitalTime();
  const { data, error, loading, refetch } = useQuery(CustomerReferralsDocument, { variables: { customerId } });
  if (error && !data)
    return <QueryError error={error} title={t('referral.errorTitle')} onRetry={() => void refetch()} testId="members-referrals-error" />;
  const customer = data?.customer;
  const referral = customer?.referral;
  const status = (value: ReferralStatus, reason: string | null | undefined) => (
    <Space size={4}>
      <Tag color={statusColors[value]}>{t(`referral.statuses.${value}`)}</Tag>
      {reason && <Typography.Text type="secondary">{t(`referral.reasons.${reason}`)}</Typography.Text>}
    </Space>
  );
  const columns: ColumnsType<Made> = [
    { key: 'referred', title: t('referral.columns.referred'), render: (_, row) => row.referred.name },
    { key: 'referredAt', title: t('referral.columns.referredAt'), render: (_, row) => time(row.referredAt) },
    { key: 'status', title: t('referral.columns.status'), render: (_, row) => status(row.status, row.declineReason) },
    {
      key: 'points',
      title: t('referral.columns.points'),
      align: 'right',
      render: (_, row) => (row.points > 0 ? formatPoints(row.status === 'REVERSED' ? row.points - row.pointsReversed : row.points) : '—'),
    },
    { key: 'rewardedAt', title: t('referral.columns.rewardedAt'), render: (_, row) => (row.rewardedAt ? time(row.rewardedAt) : '—') },
  ];
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="members-referrals">
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('referral.referredBy')}
      </Typography.Title>
      {referral ? (
        <Descriptions size="small" column={{ xs: 1, md: 3 }} data-testid="members-referred-by">
          <Descriptions.Item label={t('referral.columns.referrer')}>{referral.referrer.name}</Descriptions.Item>
          <Descriptions.Item label={t('referral.columns.referredAt')}>{time(referral.referredAt)}</Descriptions.Item>
          <Descriptions.Item label={t('referral.columns.status')}>{status(referral.status, referral.declineReason)}</Descriptions.Item>
        </Descriptions>
      ) : (
        <Typography.Text type="secondary">{loading ? '…' : t('referral.notReferred')}</Typography.Text>
      )}
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('referral.made')}
      </Typography.Title>
      <Table<Made>
        size="small"
        rowKey={(row) => row.referred.id}
        loading={loading}
        columns={columns}
        dataSource={customer?.referralsMade ?? []}
        pagination={false}
        locale={{ emptyText: <Empty description={t('referral.noneMade')} /> }}
        data-testid="members-referrals-made"
      />
    </Space>
  );
}
