import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { useCursorPages, useHospitalTime, formatFen, PagedTable } from '@careline/frontend-shared';
import { Button, Flex, Input, Segmented, Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TierTag } from '../../membership/components/tier-tag.js';
import type { ActivityFieldsFragment } from '../../../gql/graphql';
import { ActivitiesDocument } from '../graphql/activities.documents.js';
import { ActivityDrawer } from './activity-drawer.js';
import { ActivityKindTag } from './activity-kind-tag.js';
import { CreateActivityModal } from './create-activity-modal.js';

const pageSize = 20;
const nowrap = { whiteSpace: 'nowrap' } as const;

/** 会员活动: upcoming or all activities; create one, open one to register members, record attendance and see its effect. */
export function ActivitiesPage() {
  const { t } = useTranslation('members');
  const time = useHospitalTime();
  const [upcoming, setUpcoming] = useState(true);
  const [search, setSearch] = useState('');
  const [creating, setCreating] = useState(false);
  const [open, setOpen] = useState<string | null>(null);
  const pages = useCursorPages(String(upcoming));
  const { data, previousData, loading, error, refetch } = useQuery(ActivitiesDocument, {
    variables: { upcoming, first: pageSize, after: pages.after },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.activities;
  // members' activities query has no text search: the title filter narrows the page on screen
  const matches = (activity: ActivityFieldsFragment) => activity.title.toLowerCase().includes(search.toLowerCase());

  const columns: ColumnsType<ActivityFieldsFragment> = [
    {
      key: 'title',
      title: t('activities.columns.title'),
      render: (_, activity) => (
        <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setOpen(activity.id)}>
          {activity.title}
        </Button>
      ),
    },
    { key: 'kind', title: t('activities.columns.kind'), render: (_, activity) => <ActivityKindTag kind={activity.kind} /> },
    {
      key: 'period',
      title: t('activities.columns.period'),
      render: (_, activity) => (
        <span style={nowrap}>
          {time(activity.startsAt)}
          <br />
          {time(activity.endsAt)}
        </span>
      ),
    },
    {
      key: 'targetTiers',
      title: t('activities.columns.targetTiers'),
      render: (_, activity) => activity.targetTiers.map((tier) => <TierTag key={tier} tier={tier} />),
    },
    {
      key: 'registered',
      title: t('activities.columns.registered'),
      align: 'right',
      render: (_, activity) => `${activity.registeredCount} / ${activity.capacity}`,
    },
    { key: 'attended', title: t('activities.columns.attended'), align: 'right', dataIndex: 'attendedCount' },
    { key: 'budget', title: t('activities.columns.budget'), align: 'right', render: (_, activity) => formatFen(activity.budgetFen) },
  ];

  const body = (
    <PagedTable
      connection={connection}
      error={error}
      onRetry={() => void refetch()}
      errorTitle={t('activities.errorTitle')}
      empty={t('activities.empty')}
      paging={pages}
      pageSize={pageSize}
      testId="members-activities"
      filter={matches}
    >
      {(nodes) => (
        <Table<ActivityFieldsFragment>
          data-testid="members-activities-table"
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
      <Flex justify="space-between" wrap gap={12}>
        <Flex gap={12} wrap align="center">
          <Segmented<'upcoming' | 'all'>
            value={upcoming ? 'upcoming' : 'all'}
            onChange={(value) => setUpcoming(value === 'upcoming')}
            options={[
              { value: 'upcoming', label: t('activities.upcoming') },
              { value: 'all', label: t('activities.all') },
            ]}
          />
          <Input.Search
            allowClear
            placeholder={t('activities.search')}
            aria-label={t('activities.search')}
            style={{ width: 240 }}
            onSearch={(value) => setSearch(value.trim())}
          />
        </Flex>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="members-activity-create">
          {t('activities.create')}
        </Button>
      </Flex>
      {body}
      <CreateActivityModal open={creating} onClose={() => setCreating(false)} />
      <ActivityDrawer activityId={open} onClose={() => setOpen(null)} />
    </Space>
  );
}
