import { useQuery } from '@apollo/client/react';
import { PageEmpty, PageLoading, QueryError, hospitalToday, useDepartmentName } from '@careline/frontend-shared';
import { Badge, Button, Card, Checkbox, Flex, Space, Table, Tabs, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PlusOutlined } from '@ant-design/icons';
import { useCrmPermissions } from '../../../app/use-crm-permissions.js';
import { StaffName } from '../../common/components/staff-name.js';
import { CustomerNameLink } from '../../customers/components/customer-name-link.js';
import { CustomerPicker } from '../../customers/components/customer-picker.js';
import type { CrmFollowUpTaskFragment as FollowUpTask } from '../../../gql/graphql';
import { CustomerFollowUpsDocument, MyFollowUpsTodayDocument, OverdueFollowUpsDocument } from '../graphql/follow-ups.documents.js';
import { CompleteFollowUpModal } from './complete-follow-up-modal.js';
import { CreateFollowUpModal } from './create-follow-up-modal.js';
import { ReassignFollowUpModal } from './reassign-follow-up-modal.js';
import { FollowUpRulesDrawer } from './follow-up-rules-drawer.js';

/** One list of the queue: the tasks, oldest due first, each with the steps the caller may take on it. */
function FollowUpTable({
  tasks,
  loading,
  onComplete,
  onReassign,
  testId,
}: {
  tasks: FollowUpTask[];
  loading: boolean;
  onComplete: (task: FollowUpTask) => void;
  onReassign: (task: FollowUpTask) => void;
  testId: string;
}) {
  const { t } = useTranslation('crm');
  const departmentName = useDepartmentName();
  const today = hospitalToday();
  const columns: ColumnsType<FollowUpTask> = [
    {
      title: t('followUps.dueDate'),
      dataIndex: 'dueDate',
      render: (value: string, task) => (
        <>
          {value}
          {(task.overdue || (task.status === 'OPEN' && value < today)) && (
            <Tag color="red" style={{ marginLeft: 8 }}>
              {t('followUps.overdue')}
            </Tag>
          )}
        </>
      ),
    },
    { title: t('followUps.customer'), dataIndex: 'customerId', render: (value: string | null) => <CustomerNameLink id={value} /> },
    { title: t('followUps.type'), dataIndex: 'type', render: (value: FollowUpTask['type']) => t(`followUpTypes.${value}`) },
    { title: t('followUps.channel'), dataIndex: 'channel', render: (value: FollowUpTask['channel']) => t(`followUpChannels.${value}`) },
    { title: t('followUps.department'), dataIndex: 'departmentCode', render: (value: string | null) => departmentName(value) },
    {
      title: t('followUps.owner'),
      dataIndex: 'assigneeId',
      render: (value: string | null, task) =>
        value ? (
          <StaffName id={value} staff={task.assignee} testId={`crm-follow-up-owner-${task.id}`} />
        ) : (
          <Tag data-testid={`crm-follow-up-owner-${task.id}`}>{t('followUps.queue')}</Tag>
        ),
    },
    {
      title: t('followUps.status'),
      dataIndex: 'status',
      render: (value: FollowUpTask['status']) => <Tag>{t(`followUpStatus.${value}`)}</Tag>,
    },
    {
      title: t('followUps.actions'),
      key: 'actions',
      // the steps crm will accept from this caller now (FollowUpTask.viewerActions, the mutations' own rules)
      render: (_, task) =>
        task.viewerActions.length > 0 ? (
          <Space>
            {task.viewerActions.includes('COMPLETE') && (
              <Button size="small" type="primary" onClick={() => onComplete(task)} data-testid={`crm-follow-up-complete-${task.id}`}>
                {t('followUps.complete')}
              </Button>
            )}
            {task.viewerActions.includes('REASSIGN') && (
              <Button size="small" onClick={() => onReassign(task)} data-testid={`crm-follow-up-reassign-${task.id}`}>
                {t('followUps.reassign')}
              </Button>
            )}
          </Space>
        ) : null,
    },
  ];
  return (
    <Table<FollowUpTask>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={[...tasks].sort((a, b) => a.dueDate.localeCompare(b.dueDate))}
      loading={loading}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
      scroll={{ x: 'max-content' }}
      onRow={(task) => ({ 'data-testid': `crm-follow-up-row-${task.id}`, 'data-due-date': task.dueDate }) as never}
      data-testid={testId}
    />
  );
}

/**
 * 回访队列: my follow-ups due today or earlier (still open), my department's overdue ones, and one
 * customer's tasks whatever their due day (those the rules generated after a visit among them); each
 * open task is completed here with its result, satisfaction and any new need. The API returns these
 * lists whole (no cursors), so they page on screen.
 */
export function FollowUpQueuePage() {
  const { t } = useTranslation('crm');
  const mine = useQuery(MyFollowUpsTodayDocument, { notifyOnNetworkStatusChange: true });
  const overdue = useQuery(OverdueFollowUpsDocument, { variables: { departmentCode: null }, notifyOnNetworkStatusChange: true });
  // the customer 360's timeline links here with ?customer=…: that customer's tasks, whatever their status
  const [params] = useSearchParams();
  const [customerId, setCustomerId] = useState<string | null>(params.get('customer'));
  const [customerOpenOnly, setCustomerOpenOnly] = useState(!params.get('customer'));
  const ofCustomer = useQuery(CustomerFollowUpsDocument, {
    variables: { customerId: customerId ?? '', status: customerOpenOnly ? 'OPEN' : null },
    skip: !customerId,
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [completing, setCompleting] = useState<FollowUpTask | null>(null);
  const [reassigning, setReassigning] = useState<FollowUpTask | null>(null);
  const [creating, setCreating] = useState(false);
  const [rulesOpen, setRulesOpen] = useState(false);
  const { createsFollowUps } = useCrmPermissions();
  const refresh = () => {
    void mine.refetch();
    void overdue.refetch();
    if (customerId) void ofCustomer.refetch();
  };

  const list = (
    query: { data?: FollowUpTask[]; loading: boolean; error?: unknown; refetch: () => unknown },
    key: string,
    emptyText: string,
  ) => {
    if (query.error && !query.data)
      return (
        <QueryError
          error={query.error}
          title={t('followUps.errorTitle')}
          onRetry={() => void query.refetch()}
          testId={`crm-follow-ups-${key}-error`}
        />
      );
    if (!query.data) return <PageLoading testId={`crm-follow-ups-${key}-loading`} />;
    if (query.data.length === 0) return <PageEmpty testId={`crm-follow-ups-${key}-empty`} description={emptyText} />;
    return (
      <FollowUpTable
        tasks={query.data}
        loading={query.loading}
        onComplete={setCompleting}
        onReassign={setReassigning}
        testId={`crm-follow-ups-${key}`}
      />
    );
  };

  // null (crm could not answer; the error says so) shows as not loaded
  const mineTasks = mine.data?.myFollowUpsToday ?? undefined;
  const overdueTasks = overdue.data?.overdueFollowUps ?? undefined;
  return (
    <Card
      title={t('followUps.title')}
      extra={
        <Space>
          <Typography.Text type="secondary">{t('followUps.today', { day: hospitalToday() })}</Typography.Text>
          <Button onClick={() => setRulesOpen(true)} data-testid="crm-follow-up-rules-open">
            {t('followUpRules.open')}
          </Button>
          {createsFollowUps && (
            <Button icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="crm-follow-up-create">
              {t('followUps.create')}
            </Button>
          )}
        </Space>
      }
      data-testid="crm-follow-ups-page"
    >
      <Tabs
        defaultActiveKey={params.get('customer') ? 'customer' : undefined}
        items={[
          {
            key: 'mine',
            label: (
              <span data-testid="crm-follow-ups-tab-mine">
                {t('followUps.mine')} <Badge count={mineTasks?.length ?? 0} showZero color="blue" />
              </span>
            ),
            children: list(
              { data: mineTasks, loading: mine.loading, error: mine.error, refetch: mine.refetch },
              'mine',
              t('followUps.emptyMine'),
            ),
          },
          {
            key: 'overdue',
            label: (
              <span data-testid="crm-follow-ups-tab-overdue">
                {t('followUps.overdueTab')} <Badge count={overdueTasks?.length ?? 0} showZero color="red" />
              </span>
            ),
            children: list(
              { data: overdueTasks, loading: overdue.loading, error: overdue.error, refetch: overdue.refetch },
              'overdue',
              t('followUps.emptyOverdue'),
            ),
          },
          {
            // the rules' tasks are due days ahead, some waiting in a department queue: found here by customer
            key: 'customer',
            label: <span data-testid="crm-follow-ups-tab-customer">{t('followUps.byCustomer')}</span>,
            children: (
              <Flex vertical gap={12}>
                <Space wrap>
                  <div style={{ width: 320 }}>
                    <CustomerPicker value={customerId} onChange={setCustomerId} testId="crm-follow-ups-customer-picker" />
                  </div>
                  <Checkbox
                    checked={customerOpenOnly}
                    onChange={(event) => setCustomerOpenOnly(event.target.checked)}
                    data-testid="crm-follow-ups-customer-open-only"
                  >
                    {t('followUps.openOnly')}
                  </Checkbox>
                </Space>
                {customerId ? (
                  list(
                    {
                      data: ofCustomer.data?.customer?.followUps?.nodes,
                      loading: ofCustomer.loading,
                      error: ofCustomer.error,
                      refetch: ofCustomer.refetch,
                    },
                    'customer',
                    t('followUps.emptyCustomer'),
                  )
                ) : (
                  <Typography.Text type="secondary">{t('followUps.pickCustomer')}</Typography.Text>
                )}
              </Flex>
            ),
          },
        ]}
      />
      <ReassignFollowUpModal
        task={reassigning}
        onClose={() => setReassigning(null)}
        onDone={() => {
          setReassigning(null);
          refresh();
        }}
      />
      {/* crm lets the follow-up departments (and the director) save rules: the same as creating follow-ups by hand */}
      <FollowUpRulesDrawer open={rulesOpen} onClose={() => setRulesOpen(false)} editable={createsFollowUps} />
      <CreateFollowUpModal
        open={creating}
        onClose={() => setCreating(false)}
        onDone={() => {
          setCreating(false);
          refresh();
        }}
      />
      <CompleteFollowUpModal
        task={completing}
        onClose={() => setCompleting(null)}
        onDone={() => {
          setCompleting(null);
          refresh();
        }}
      />
    </Card>
  );
}
