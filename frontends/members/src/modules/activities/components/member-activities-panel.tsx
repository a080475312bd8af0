import { useQuery } from '@apollo/client/react';
import { useCursorPages, useHospitalTime, PagedTable } from '@careline/frontend-shared';
import { Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { MemberActivityRegistrationsQuery } from '../../../gql/graphql';
import { MemberActivityRegistrationsDocument } from '../graphql/activities.documents.js';
import { ActivityKindTag } from './activity-kind-tag.js';

type MemberActivityRegistration = NonNullable<MemberActivityRegistrationsQuery['membership']>['activityRegistrations']['nodes'][number];

const pageSize = 20;
const nowrap = { whiteSpace: 'nowrap' } as const;

/** 会员360 活动: the activities the member registered for, newest registration first, and whether they came. */
export function MemberActivitiesPanel({ membershipId }: { membershipId: string }) {
  const { t } = useTranslation('members');
  const time = useHospitalTime();
  const pages = useCursorPages(membershipId);
  const { data, previousData, loading, error, refetch } = useQuery(MemberActivityRegistrationsDocument, {
    variables: { id: membershipId, first: pageSize, after: pages.after },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.membership?.activityRegistrations;
  const columns: ColumnsType<MemberActivityRegistration> = [
    { key: 'title', title: t('activities.columns.title'), render: (_, row) => row.activity.title },
    { key: 'kind', title: t('activities.columns.kind'), render: (_, row) => <ActivityKindTag kind={row.activity.kind} /> },
    {
      key: 'startsAt',
      title: t('activities.member.startsAt'),
      render: (_, row) => <span style={nowrap}>{time(row.activity.startsAt)}</span>,
    },
    {
      key: 'registeredAt',
      title: t('activities.member.registeredAt'),
      render: (_, row) => <span style={nowrap}>{time(row.registeredAt)}</span>,
    },
    {
      key: 'attended',
      title: t('activities.attendance'),
      render: (_, row) =>
        row.attended ? (
          <Tag color="green" title={row.attendedAt ? time(row.attendedAt) : undefined}>
            {t('activities.member.attended')}
          </Tag>
        ) : new Date(row.activity.startsAt).getTime() > Date.now() ? (
          <Tag>{t('activities.member.upcoming')}</Tag>
        ) : (
          <Tag color="default">{t('activities.member.notAttended')}</Tag>
        ),
    },
  ];
  return (
    <PagedTable
      connection={connection}
      error={error}
      onRetry={() => void refetch()}
      errorTitle={t('activities.member.errorTitle')}
      empty={t('activities.member.empty')}
      paging={pages}
      pageSize={pageSize}
      testId="members-360-activities"
    >
      {(nodes) => (
        <Table<MemberActivityRegistration>
          data-testid="members-360-activities-table"
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
}
