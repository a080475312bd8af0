import { useQuery } from '@apollo/client/react';
import { useCursorPages, PagedTable } from '@careline/frontend-shared';
import { Input, Segmented, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMembersPath } from '../../../app/use-members-path.js';
import { formatPoints } from '../../common/utils/format-points.js';
import { TierTag } from '../../membership/components/tier-tag.js';
import type { UpcomingBirthdaysQuery } from '../../../gql/graphql';
import { UpcomingBirthdaysDocument } from '../graphql/birthdays.documents.js';

type UpcomingBirthday = NonNullable<UpcomingBirthdaysQuery['upcomingBirthdays']>['nodes'][number];

const pageSize = 20;

/** 生日管理: members whose birthday is in the next 7 or 30 days (hospital calendar), soonest first. */
export function BirthdaysPage() {
  const { t } = useTranslation('members');
  const path = useMembersPath();
  const [days, setDays] = useState<7 | 30>(7);
  const [search, setSearch] = useState('');
  const pages = useCursorPages(String(days));
  const { data, previousData, loading, error, refetch } = useQuery(UpcomingBirthdaysDocument, {
    variables: { days, first: pageSize, after: pages.after },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.upcomingBirthdays;
  const needle = search.toLowerCase();
  // the birthday list has no text search on the server: the filter narrows the page on screen
  const matches = (row: UpcomingBirthday) =>
    row.membership.customer.name.toLowerCase().includes(needle) || row.membership.cardNumber.toLowerCase().includes(needle);

  const columns: ColumnsType<UpcomingBirthday> = [
    {
      key: 'when',
      title: t('birthdays.columns.birthday'),
      render: (_, row) => (
        <>
          {row.birthday}{' '}
          <Tag color={row.daysUntil === 0 ? 'red' : 'blue'}>
            {row.daysUntil === 0 ? t('birthdays.today') : t('birthdays.inDays', { count: row.daysUntil })}
          </Tag>
        </>
      ),
    },
    {
      key: 'name',
      title: t('member.name'),
      render: (_, row) => <Link to={path(`member/${row.membership.id}`)}>{row.membership.customer.name}</Link>,
    },
    { key: 'card', title: t('member.cardNumber'), render: (_, row) => row.membership.cardNumber },
    { key: 'phone', title: t('member.phone'), render: (_, row) => row.membership.customer.phone },
    { key: 'tier', title: t('member.tier'), render: (_, row) => <TierTag tier={row.membership.tier} /> },
    { key: 'points', title: t('member.pointsBalance'), align: 'right', render: (_, row) => formatPoints(row.membership.pointsBalance) },
  ];

  const body = (
    <PagedTable
      connection={connection}
      error={error}
      onRetry={() => void refetch()}
      errorTitle={t('birthdays.errorTitle')}
      empty={t('birthdays.empty', { days })}
      paging={pages}
      pageSize={pageSize}
      testId="members-birthdays"
      filter={matches}
    >
      {(nodes) => (
        <Table<UpcomingBirthday>
          data-testid="members-birthdays-table"
          size="middle"
          rowKey={(row) => row.membership.id}
          columns={columns}
          dataSource={nodes}
          loading={loading}
          pagination={false}
        />
      )}
    </PagedTable>
  );

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Space wrap>
        <Segmented<7 | 30>
          value={days}
          onChange={setDays}
          options={[
            { value: 7, label: t('birthdays.next', { count: 7 }) },
            { value: 30, label: t('birthdays.next', { count: 30 }) },
          ]}
          data-testid="members-birthdays-days"
        />
        <Input.Search
          allowClear
          placeholder={t('birthdays.search')}
          aria-label={t('birthdays.search')}
          style={{ width: 240 }}
          onSearch={(value) => setSearch(value.trim())}
        />
      </Space>
      {body}
    </Space>
  );
}
