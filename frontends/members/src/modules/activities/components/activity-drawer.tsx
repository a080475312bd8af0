import { useMutation, useQuery } from '@apollo/client/react';
import { readGraphqlError, PagedTable, useCursorPages, useHospitalTime, formatFen } from '@careline/frontend-shared';
import { App, Button, Descriptions, Divider, Drawer, Flex, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MemberPicker } from '../../membership/components/member-picker.js';
import { TierTag } from '../../membership/components/tier-tag.js';
import type { ActivityRegistrationFieldsFragment } from '../../../gql/graphql';
import { ActivityRegistrationsDocument, RecordAttendanceDocument, RegisterForActivityDocument } from '../graphql/activities.documents.js';
import { ActivityEffectPanel } from './activity-effect-panel.js';
import { ActivityKindTag } from './activity-kind-tag.js';

const pageSize = 20;
const refetchQueries = ['ActivityRegistrations', 'ActivityEffect', 'Activities'];

/** One activity: its details and effect, registering members, and recording who came. */
export function ActivityDrawer({ activityId, onClose }: { activityId: string | null; onClose: () => void }) {
  const { t } = useTranslation('members');
  const time = useHospitalTime();
  const { message } = App.useApp();
  const [member, setMember] = useState<string | undefined>();
  const pages = useCursorPages(activityId ?? '');
  const { data, previousData, loading, error, refetch } = useQuery(ActivityRegistrationsDocument, {
    variables: { id: activityId ?? '', first: pageSize, after: pages.after },
    skip: !activityId,
    notifyOnNetworkStatusChange: true,
  });
  const [register, registering] = useMutation(RegisterForActivityDocument, { refetchQueries });
  const [attend, attending] = useMutation(RecordAttendanceDocument, { refetchQueries });
  const activity = (data ?? previousData)?.activity;

  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      void message.success(done);
      return true;
    } catch (failure) {
      void message.error(readGraphqlError(failure).message);
      return false;
    }
  };

  const columns: ColumnsType<ActivityRegistrationFieldsFragment> = [
    { key: 'name', title: t('member.name'), render: (_, row) => row.membership?.customer.name ?? '—' },
    { key: 'card', title: t('member.cardNumber'), render: (_, row) => row.membership?.cardNumber ?? '—' },
    { key: 'tier', title: t('member.tier'), render: (_, row) => (row.membership ? <TierTag tier={row.membership.tier} /> : '—') },
    { key: 'registeredAt', title: t('activities.registeredAt'), render: (_, row) => time(row.registeredAt) },
    {
      key: 'attended',
      title: t('activities.attendance'),
      render: (_, row) =>
        row.attendedAt ? (
          <Tag color="green">{t('activities.attendedAt', { at: time(row.attendedAt) })}</Tag>
        ) : (
          <Button
            size="small"
            disabled={attending.loading || !row.membership || !activityId}
            onClick={() =>
              void run(
                () => attend({ variables: { activityId: activityId!, membershipId: row.membership!.id } }),
                t('activities.attendanceRecorded'),
              )
            }
          >
            {t('activities.recordAttendance')}
          </Button>
        ),
    },
  ];

  const registrations = (
    <PagedTable
      connection={activity?.registrations}
      error={error}
      onRetry={() => void refetch()}
      errorTitle={t('activities.errorTitle')}
      empty={t('activities.noRegistrations')}
      paging={pages}
      pageSize={pageSize}
      testId="members-activity-registrations"
      testIds={{ error: 'members-activity-error' }}
    >
      {(nodes) => (
        <Table<ActivityRegistrationFieldsFragment>
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
    <Drawer
      open={activityId !== null}
      onClose={onClose}
      size={820}
      title={activity?.title ?? t('activities.title')}
      destroyOnHidden
      data-testid="members-activity-drawer"
    >
      {activity && (
        <Descriptions size="small" column={2} style={{ marginBottom: 16 }}>
          <Descriptions.Item label={t('activities.columns.kind')}>
            <ActivityKindTag kind={activity.kind} />
          </Descriptions.Item>
          <Descriptions.Item label={t('activities.columns.period')}>
            {time(activity.startsAt)} – {time(activity.endsAt)}
          </Descriptions.Item>
          <Descriptions.Item label={t('activities.columns.targetTiers')}>
            {activity.targetTiers.map((tier) => (
              <TierTag key={tier} tier={tier} />
            ))}
          </Descriptions.Item>
          <Descriptions.Item label={t('activities.columns.capacity')}>
            {activity.registeredCount} / {activity.capacity}
          </Descriptions.Item>
          <Descriptions.Item label={t('activities.columns.budget')}>{formatFen(activity.budgetFen)}</Descriptions.Item>
          {activity.description && <Descriptions.Item label={t('activities.description')}>{activity.description}</Descriptions.Item>}
        </Descriptions>
      )}
      {activityId && <ActivityEffectPanel activityId={activityId} />}
      <Divider />
      <Typography.Title level={5}>{t('activities.registrations')}</Typography.Title>
      <Flex gap={8} style={{ marginBottom: 12 }}>
        <div style={{ flex: 1 }}>
          <MemberPicker value={member} onChange={setMember} testId="members-activity-member" />
        </div>
        <Button
          type="primary"
          disabled={!member || !activityId}
          loading={registering.loading}
          onClick={async () => {
            if (
              member &&
              activityId &&
              (await run(() => register({ variables: { activityId, membershipId: member } }), t('activities.registered')))
            ) {
              setMember(undefined);
            }
          }}
          data-testid="members-activity-register"
        >
          {t('activities.register')}
        </Button>
      </Flex>
      {registrations}
    </Drawer>
  );
}
