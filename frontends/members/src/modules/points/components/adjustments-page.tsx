import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { useCursorPages, useHospitalTime, PagedTable } from '@careline/frontend-shared';
import { Button, Flex, Input, Modal, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMemberPermissions } from '../../../app/use-member-permissions.js';
import { useMembersPath } from '../../../app/use-members-path.js';
import { useMembershipParam } from '../../common/hooks/use-membership-param.js';
import { formatPoints } from '../../common/utils/format-points.js';
import type { PointsAdjustmentFieldsFragment as PointsAdjustment, PointsAdjustmentStatus } from '../../../gql/graphql';
import { PointsAdjustmentsDocument, pointsAdjustmentStatuses } from '../graphql/points.documents.js';
import { useDecideAdjustment } from '../hooks/use-decide-adjustment.js';
import { useDepartmentName } from '../hooks/use-department-name.js';
import { MemberPicker } from '../../membership/components/member-picker.js';
import { RequestAdjustmentModal } from './request-adjustment-modal.js';
import { ReferralRuleCard } from '../../referral/components/referral-rule-card.js';

const pageSize = 20;
const nowrap = { whiteSpace: 'nowrap' } as const;
const statusColors: Record<PointsAdjustmentStatus, string> = { PENDING: 'gold', APPROVED: 'green', REJECTED: 'default' };

/**
 * 积分调整: requests and their decisions. Anyone who may adjust asks; approving is for someone else:
 * the buttons are not shown to the requester (the server refuses them anyway).
 */
export function AdjustmentsPage() {
  const { t } = useTranslation('members');
  const time = useHospitalTime();
  const departmentName = useDepartmentName();
  const path = useMembersPath();
  const permissions = useMemberPermissions();
  const initialMembership = useMembershipParam();
  const [status, setStatus] = useState<PointsAdjustmentStatus | undefined>('PENDING');
  const [requesting, setRequesting] = useState(initialMembership !== undefined && permissions.records);
  const [rejecting, setRejecting] = useState<PointsAdjustment | null>(null);
  const [rejectReason, setRejectReason] = useState('');
  const [member, setMember] = useState<string | undefined>();
  const pages = useCursorPages(`${status ?? ''}|${member ?? ''}`);
  const { data, previousData, loading, error, refetch } = useQuery(PointsAdjustmentsDocument, {
    variables: { status: status ?? null, membershipId: member ?? null, first: pageSize, after: pages.after },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.pointsAdjustments;
  const { approve, reject, deciding } = useDecideAdjustment();

  const columns: ColumnsType<PointsAdjustment> = [
    {
      key: 'requestedAt',
      title: t('adjustments.columns.requestedAt'),
      render: (_, row) => <span style={nowrap}>{time(row.requestedAt)}</span>,
    },
    {
      key: 'member',
      title: t('form.member'),
      render: (_, row) =>
        row.membership ? (
          <Link to={path(`member/${row.membership.id}`)} style={nowrap}>
            {row.membership.customer.name} · {row.membership.cardNumber}
          </Link>
        ) : (
          '—'
        ),
    },
    {
      key: 'points',
      title: t('adjustments.points'),
      align: 'right',
      render: (_, row) => <Typography.Text type={row.points < 0 ? 'danger' : 'success'}>{formatPoints(row.points, true)}</Typography.Text>,
    },
    { key: 'reason', title: t('adjustments.reason'), dataIndex: 'reason' },
    { key: 'department', title: t('adjustments.responsibleDepartment'), render: (_, row) => departmentName(row.responsibleDepartment) },
    {
      key: 'status',
      title: t('adjustments.columns.status'),
      render: (_, row) => (
        <>
          <Tag color={statusColors[row.status]}>{t(`adjustments.statuses.${row.status}`)}</Tag>
          {row.rejectionReason && <Typography.Text type="secondary">{row.rejectionReason}</Typography.Text>}
        </>
      ),
    },
    {
      key: 'actions',
      title: t('columns.actions'),
      render: (_, row) => {
        if (row.status !== 'PENDING') return <span style={nowrap}>{time(row.decidedAt)}</span>;
        // members says what the caller may decide (never their own request; 批准 only when the balance covers it)
        const approvable = row.viewerActions.includes('APPROVE');
        const rejectable = row.viewerActions.includes('REJECT');
        if (!approvable && !rejectable) return <Typography.Text type="secondary">{t('adjustments.awaitingOther')}</Typography.Text>;
        return (
          <Space size={0}>
            {!approvable && (
              <Typography.Text type="secondary" data-testid={`members-adjustment-cannot-approve-${row.id}`}>
                {t('adjustments.cannotApprove')}
              </Typography.Text>
            )}
            {approvable && (
              <Popconfirm
                title={t('adjustments.approveConfirm', { points: formatPoints(row.points, true) })}
                onConfirm={() => approve(row.id)}
                okText={t('adjustments.approve')}
                cancelText={t('actions.cancel')}
              >
                <Button type="link" size="small" disabled={deciding} data-testid={`members-adjustment-approve-${row.id}`}>
                  {t('adjustments.approve')}
                </Button>
              </Popconfirm>
            )}
            {rejectable && (
              <Button
                type="link"
                size="small"
                danger
                disabled={deciding}
                onClick={() => setRejecting(row)}
                data-testid={`members-adjustment-reject-${row.id}`}
              >
                {t('adjustments.reject')}
              </Button>
            )}
          </Space>
        );
      },
    },
  ];

  const body = (
    <PagedTable
      connection={connection}
      error={error}
      onRetry={() => void refetch()}
      errorTitle={t('adjustments.errorTitle')}
      empty={t('adjustments.empty')}
      paging={pages}
      pageSize={pageSize}
      testId="members-adjustments"
    >
      {(nodes) => (
        <Table<PointsAdjustment>
          data-testid="members-adjustments-table"
          size="middle"
          rowKey="id"
          columns={columns}
          dataSource={nodes}
          loading={loading}
          pagination={false}
          scroll={{ x: 1000 }}
        />
      )}
    </PagedTable>
  );

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      {/* the points rule the member centre's admin keeps besides adjustments: 老带新 rewards */}
      <ReferralRuleCard editable={permissions.approves} />
      <Flex justify="space-between" wrap gap={12}>
        <Flex gap={12} wrap>
          <Select<PointsAdjustmentStatus>
            allowClear
            value={status}
            placeholder={t('adjustments.allStatuses')}
            aria-label={t('adjustments.columns.status')}
            style={{ width: 160 }}
            onChange={setStatus}
            options={pointsAdjustmentStatuses.map((value) => ({ value, label: t(`adjustments.statuses.${value}`) }))}
            data-testid="members-adjustments-status"
          />
          <div style={{ width: 320 }}>
            <MemberPicker value={member} onChange={setMember} testId="members-adjustments-member" />
          </div>
        </Flex>
        {permissions.records && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRequesting(true)} data-testid="members-adjustment-request">
            {t('adjustments.request')}
          </Button>
        )}
      </Flex>
      {body}
      <RequestAdjustmentModal open={requesting} membershipId={initialMembership} onClose={() => setRequesting(false)} />
      <Modal
        open={rejecting !== null}
        title={t('adjustments.rejectTitle')}
        okText={t('adjustments.reject')}
        okButtonProps={{ danger: true, disabled: rejectReason.trim() === '' }}
        cancelText={t('actions.cancel')}
        confirmLoading={deciding}
        onCancel={() => setRejecting(null)}
        onOk={async () => {
          if (rejecting && (await reject(rejecting.id, rejectReason.trim()))) {
            setRejecting(null);
            setRejectReason('');
          }
        }}
        destroyOnHidden
      >
        <Input.TextArea
          rows={3}
          maxLength={500}
          value={rejectReason}
          onChange={(event) => setRejectReason(event.target.value)}
          placeholder={t('adjustments.rejectReason')}
        />
      </Modal>
    </Space>
  );
}
