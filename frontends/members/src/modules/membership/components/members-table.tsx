import { CrownOutlined } from '@ant-design/icons';
import { Table, Tag, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMembersPath } from '../../../app/use-members-path.js';
import { useHospitalTime } from '@careline/frontend-shared';
import { formatPoints } from '../../common/utils/format-points.js';
import type { MemberRow } from '../utils/member-row.js';
import { MembershipStatusTag } from './membership-status-tag.js';
import { TierTag } from './tier-tag.js';

const nowrap = { whiteSpace: 'nowrap' } as const;

/**
 * Members (and, found by name, people who are not members yet) with card, tier, status, points and
 * joined-at; the card number opens 会员360. `action` adds a last column (e.g. 入会 for a non-member).
 */
export function MembersTable({
  rows,
  loading,
  testId,
  action,
}: {
  rows: MemberRow[];
  loading: boolean;
  testId: string;
  action?: { title: string; render: (row: MemberRow) => ReactNode };
}) {
  const { t } = useTranslation('members');
  const time = useHospitalTime();
  const path = useMembersPath();
  const columns: ColumnsType<MemberRow> = [
    {
      key: 'cardNumber',
      title: t('member.cardNumber'),
      render: (_, row) =>
        row.membership ? (
          <Link to={path(`member/${row.membership.id}`)} data-testid={`member-link-${row.membership.cardNumber}`}>
            {row.membership.cardNumber}
          </Link>
        ) : (
          <Tag data-testid="member-not-member">{t('member.notMember')}</Tag>
        ),
    },
    {
      key: 'name',
      title: t('member.name'),
      render: (_, row) => (
        <span style={nowrap}>
          {row.customer.name}
          {row.membership?.isKeyCustomer && (
            <Tooltip title={t('member.keyCustomer')}>
              <CrownOutlined style={{ color: '#d48806', marginInlineStart: 6 }} aria-label={t('member.keyCustomer')} />
            </Tooltip>
          )}
        </span>
      ),
    },
    { key: 'phone', title: t('member.phone'), render: (_, row) => <span style={nowrap}>{row.customer.phone}</span> },
    { key: 'tier', title: t('member.tier'), render: (_, row) => (row.membership ? <TierTag tier={row.membership.tier} /> : '—') },
    {
      key: 'status',
      title: t('member.status'),
      render: (_, row) => (row.membership ? <MembershipStatusTag status={row.membership.status} /> : '—'),
    },
    {
      key: 'points',
      title: t('member.pointsBalance'),
      align: 'right',
      render: (_, row) => (row.membership ? formatPoints(row.membership.pointsBalance) : '—'),
    },
    {
      key: 'joinedAt',
      title: t('member.joinedAt'),
      render: (_, row) => <span style={nowrap}>{time(row.membership?.joinedAt)}</span>,
    },
    ...(action ? [{ key: 'action', title: action.title, render: (_: unknown, row: MemberRow) => action.render(row) }] : []),
  ];
  return (
    <Table<MemberRow>
      data-testid={testId}
      size="middle"
      rowKey="key"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={false}
      scroll={{ x: 960 }}
    />
  );
}
