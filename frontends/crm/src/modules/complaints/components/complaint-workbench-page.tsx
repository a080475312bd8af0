import { useQuery } from '@apollo/client/react';
import { formatFen, useCursorPages, useHospitalTime, PagedTable, useDepartmentName } from '@careline/frontend-shared';
import { Button, Card, Descriptions, Drawer, Empty, Flex, Select, Space, Switch, Table, Tag, Timeline, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { CustomerNameLink } from '../../customers/components/customer-name-link.js';
import type { ComplaintAction, ComplaintStatus, CrmComplaintFragment as Complaint } from '../../../gql/graphql';
import { ComplaintDocument, complaintStatuses, ComplaintsDocument } from '../graphql/complaints.documents.js';
import { allowedActions, needsApproval } from '../utils/complaint-actions.js';
import { ComplaintActionModal } from './complaint-action-modal.js';
import { ReceiveComplaintModal } from './receive-complaint-modal.js';
import { ComplaintClockTag } from './complaint-clock-tag.js';
import { ComplaintTimeLimitsDrawer } from './complaint-time-limits-drawer.js';
import { useNow } from '../hooks/use-now.js';
import { useCrmPermissions } from '../../../app/use-crm-permissions.js';
import { useCrmPath } from '../../../app/use-crm-path.js';

const pageSize = 20;
const statusColors: Record<ComplaintStatus, string> = {
  RECEIVED: 'default',
  ONSITE: 'processing',
  ESCALATED: 'orange',
  CONFERENCE: 'purple',
  RESOLUTION_PROPOSED: 'cyan',
  DIRECTOR_APPROVED: 'geekblue',
  FINANCE_CONFIRMED: 'blue',
  RESOLVED: 'green',
  CLOSED: 'default',
};
const severityColors: Record<Complaint['severity'], string> = { LOW: 'default', MEDIUM: 'gold', HIGH: 'orange', CRITICAL: 'red' };
const dangerous: readonly ComplaintAction[] = ['EMERGENCY', 'DIRECTOR_REJECT', 'ONSITE_ATTEMPT_FAILED'];

function StatusTag({ status, testId }: { status: ComplaintStatus; testId?: string }) {
  const { t } = useTranslation('crm');
  return (
    <Tag color={statusColors[status]} data-testid={testId} data-status={status}>
      {t(`complaintStatus.${status}`)}
    </Tag>
  );
}

/** A step's label: the time-limit job's "TIME_LIMIT_ESCALATE CS_MANAGER" names whom it escalated to. */
function useStepLabel() {
  const { t } = useTranslation('crm');
  return (action: string) => {
    const [name = action, target] = action.split(' ');
    if (name === 'TIME_LIMIT_ESCALATE' && target) return t('complaintClock.escalatedStep', { owner: t(`complaintOwners.${target}`) });
    // a remedy's steps name its kind: "APPROVE_REMEDY CREDIT_POINTS"
    if (name.endsWith('_REMEDY') || name === 'CHECK_REMEDY_RECORD')
      return `${t(`complaintActions.${name}`)} · ${target ? t(`remedies.kinds.${target}`, { defaultValue: '' }) : ''}`;
    return t(`complaintActions.${action}`, { defaultValue: action });
  };
}

/**
 * 投诉工作台: complaints and suggestions, newest first, by status, paged by the API's cursors. A row
 * opens the complaint: its facts, every step so far, and the actions the workflow allows next.
 * Each open complaint shows the time left at its stage or how long it is overdue (投诉时限), and
 * the overdue ones can be listed alone; the limits open from the header.
 */
export function ComplaintWorkbenchPage() {
  const { t } = useTranslation('crm');
  const departmentName = useDepartmentName();
  const hospitalTime = useHospitalTime();
  const permissions = useCrmPermissions();
  const path = useCrmPath();
  const now = useNow();
  const stepLabel = useStepLabel();
  const [status, setStatus] = useState<ComplaintStatus | undefined>();
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [limitsOpen, setLimitsOpen] = useState(false);
  const pages = useCursorPages(`${status ?? ''}:${overdueOnly}`);
  const { data, previousData, loading, error, refetch } = useQuery(ComplaintsDocument, {
    variables: { status: status ?? null, overdueOnly: overdueOnly || null, first: pageSize, after: pages.after },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.complaints;
  // the customer 360's timeline links here with ?complaint=…: its drawer opens, fetched alone when not on this page
  const [params] = useSearchParams();
  const [openId, setOpenId] = useState<string | null>(params.get('complaint'));
  const [action, setAction] = useState<ComplaintAction | null>(null);
  const [receiving, setReceiving] = useState(false);
  const listed = connection?.nodes.find((complaint) => complaint.id === openId);
  const alone = useQuery(ComplaintDocument, { variables: { id: openId ?? '' }, skip: !openId || !connection || listed !== undefined });
  const open = listed ?? (openId ? (alone.data?.complaint ?? null) : null);

  const columns: ColumnsType<Complaint> = [
    { title: t('complaints.receivedAt'), dataIndex: 'receivedAt', render: (value: string) => hospitalTime(value) },
    {
      title: t('complaints.kind'),
      dataIndex: 'kind',
      render: (value: Complaint['kind'], row) => (
        <>
          {t(`complaintKinds.${value}`)}
          {row.emergency && (
            <Tag color="red" style={{ marginLeft: 6 }}>
              {t('complaints.emergency')}
            </Tag>
          )}
        </>
      ),
    },
    { title: t('complaints.customer'), dataIndex: 'customerId', render: (value: string | null) => <CustomerNameLink id={value} /> },
    { title: t('complaints.category'), dataIndex: 'category', render: (value: Complaint['category']) => t(`complaintCategories.${value}`) },
    {
      title: t('complaints.severity'),
      dataIndex: 'severity',
      render: (value: Complaint['severity']) => <Tag color={severityColors[value]}>{t(`severities.${value}`)}</Tag>,
    },
    { title: t('complaints.department'), dataIndex: 'departmentCode', render: (value: string | null) => departmentName(value) },
    {
      title: t('complaints.status'),
      dataIndex: 'status',
      render: (value: ComplaintStatus, row) => <StatusTag status={value} testId={`crm-complaint-status-${row.id}`} />,
    },
    {
      title: t('complaintClock.column'),
      key: 'clock',
      render: (_, row) => <ComplaintClockTag complaint={row} now={now} testId={`crm-complaint-clock-${row.id}`} />,
    },
    {
      title: t('complaints.next'),
      key: 'next',
      render: (_, row) => {
        const next = allowedActions(row).filter((candidate) => candidate !== 'EMERGENCY');
        return next.length > 0 ? next.map((candidate) => t(`complaintActions.${candidate}`)).join(' / ') : '—';
      },
    },
  ];

  const body = (
    <PagedTable
      connection={connection}
      error={error}
      onRetry={() => void refetch()}
      errorTitle={t('complaints.errorTitle')}
      empty={t(overdueOnly ? 'complaintClock.emptyOverdue' : status ? 'complaints.emptyStatus' : 'complaints.empty')}
      paging={pages}
      pageSize={pageSize}
      testId="crm-complaints"
    >
      {(nodes) => (
        <Table<Complaint>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={nodes}
          loading={loading}
          pagination={false}
          scroll={{ x: 'max-content' }}
          onRow={(row) =>
            ({ onClick: () => setOpenId(row.id), style: { cursor: 'pointer' }, 'data-testid': `crm-complaint-row-${row.id}` }) as never
          }
          data-testid="crm-complaints-table"
        />
      )}
    </PagedTable>
  );

  // crm says which steps the caller may take (the rule its mutations apply): no mirror of roles here
  const actions = open?.viewerActions ?? [];
  return (
    <Card
      title={t('complaints.title')}
      extra={
        <Space>
          <Space size={4}>
            <Switch checked={overdueOnly} onChange={setOverdueOnly} data-testid="crm-complaints-overdue-only" />
            {t('complaintClock.overdueOnly')}
          </Space>
          {permissions.handlesComplaints && (
            <Link to={path('complaints/opinion-report')} data-testid="crm-opinion-report-open">
              {t('opinionReport.open')}
            </Link>
          )}
          <Button onClick={() => setLimitsOpen(true)} data-testid="crm-complaint-limits-open">
            {t('complaintLimits.open')}
          </Button>
          {/* receiving creates a complaint: no record yet, so the page-level department rule decides */}
          {permissions.handlesComplaints && (
            <Button type="primary" onClick={() => setReceiving(true)} data-testid="crm-complaint-receive">
              {t('complaints.receive')}
            </Button>
          )}
          <Select<ComplaintStatus>
            allowClear
            style={{ width: 180 }}
            placeholder={t('complaints.anyStatus')}
            value={status}
            onChange={setStatus}
            options={complaintStatuses.map((value) => ({ value, label: t(`complaintStatus.${value}`) }))}
            data-testid="crm-complaints-status"
          />
        </Space>
      }
      data-testid="crm-complaints-page"
    >
      {body}
      <Drawer
        open={open !== null}
        width={640}
        title={open ? `${t(`complaintKinds.${open.kind}`)} · ${t(`complaintCategories.${open.category}`)}` : ''}
        onClose={() => setOpenId(null)}
        extra={open && <StatusTag status={open.status} testId="crm-complaint-drawer-status" />}
        data-testid="crm-complaint-drawer"
      >
        {open && (
          <Flex vertical gap={16}>
            <div>
              <Typography.Text strong>{t('complaints.nextActions')}</Typography.Text>
              <div style={{ marginTop: 8 }}>
                {actions.length > 0 ? (
                  <Space wrap>
                    {actions.map((candidate) => (
                      <Button
                        key={candidate}
                        type={dangerous.includes(candidate) ? 'default' : 'primary'}
                        danger={dangerous.includes(candidate)}
                        onClick={() => setAction(candidate)}
                        data-testid={`crm-complaint-action-${candidate}`}
                      >
                        {t(`complaintActions.${candidate}`)}
                      </Button>
                    ))}
                  </Space>
                ) : (
                  <Typography.Text type="secondary">{t('complaints.noActions')}</Typography.Text>
                )}
              </div>
              {open.status === 'RESOLUTION_PROPOSED' && needsApproval(open) && (
                <Typography.Text type="secondary">{t('complaints.awaitingDirector')}</Typography.Text>
              )}
            </div>
            <Descriptions column={2} size="small" bordered>
              <Descriptions.Item label={t('complaints.customer')}>
                <CustomerNameLink id={open.customerId} />
              </Descriptions.Item>
              <Descriptions.Item label={t('customer.channel')}>{t(`channels.${open.channel}`)}</Descriptions.Item>
              <Descriptions.Item label={t('complaints.severity')}>
                <Tag color={severityColors[open.severity]}>{t(`severities.${open.severity}`)}</Tag>
              </Descriptions.Item>
              <Descriptions.Item label={t('complaints.department')}>{departmentName(open.departmentCode)}</Descriptions.Item>
              <Descriptions.Item label={t('complaints.receivedAt')}>{hospitalTime(open.receivedAt)}</Descriptions.Item>
              <Descriptions.Item label={t('complaints.onsiteAttempts')}>
                <span data-testid="crm-complaint-onsite-attempts">{open.onsiteAttempts} / 3</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('complaintClock.owner')}>
                <span data-testid="crm-complaint-owner">{open.owner ? t(`complaintOwners.${open.owner}`) : '—'}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('complaintClock.dueAt')}>
                <Space size={4} wrap>
                  {open.dueAt ? hospitalTime(open.dueAt) : '—'}
                  <ComplaintClockTag complaint={open} now={now} testId="crm-complaint-drawer-clock" />
                </Space>
              </Descriptions.Item>
              {open.escalatedTo && open.escalatedAt && (
                <Descriptions.Item label={t('complaintClock.escalatedTo')} span={2}>
                  <span data-testid="crm-complaint-escalated-to">
                    {t('complaintClock.escalatedToAt', {
                      owner: t(`complaintOwners.${open.escalatedTo}`),
                      at: hospitalTime(open.escalatedAt),
                      count: open.overdueCount,
                    })}
                  </span>
                </Descriptions.Item>
              )}
              <Descriptions.Item label={t('complaints.description')} span={2}>
                {/* the approvers of a refund read the text as approvalText (their roles see description masked) */}
                <span data-testid="crm-complaint-description">{open.description ?? open.approvalText ?? '—'}</span>
              </Descriptions.Item>
              {open.resolutionKind && (
                <Descriptions.Item label={t('complaints.resolution')} span={2}>
                  <span data-testid="crm-complaint-drawer-resolution">{t(`resolutionKinds.${open.resolutionKind}`)}</span>
                  {open.amountFen != null ? ` ${formatFen(open.amountFen)}` : ''}：{open.resolution ?? '—'}
                </Descriptions.Item>
              )}
              {open.satisfaction !== null && (
                <Descriptions.Item label={t('complaints.satisfaction')}>{open.satisfaction} / 5</Descriptions.Item>
              )}
              {open.closedAt && <Descriptions.Item label={t('complaints.closedAt')}>{hospitalTime(open.closedAt)}</Descriptions.Item>}
              {open.responsibleDepartment && (
                <Descriptions.Item label={t('complaints.responsibleDepartment')} span={2}>
                  {open.responsibleDepartment}
                  {open.penalty ? ` · ${open.penalty}` : ''}
                  {open.announced ? ` · ${t('complaints.announced')}` : ''}
                </Descriptions.Item>
              )}
            </Descriptions>
            <div>
              <Typography.Text strong>{t('complaints.steps')}</Typography.Text>
              {open.steps.length > 0 ? (
                <Timeline
                  style={{ marginTop: 12 }}
                  data-testid="crm-complaint-steps"
                  items={open.steps.map((step) => ({
                    key: step.id,
                    children: (
                      <>
                        <Typography.Text strong>{stepLabel(step.action)}</Typography.Text>{' '}
                        {step.fromStatus && step.fromStatus !== step.toStatus && (
                          <>
                            <StatusTag status={step.fromStatus} />→ <StatusTag status={step.toStatus} />
                          </>
                        )}
                        {step.note && <div>{step.note}</div>}
                        <Typography.Text type="secondary">
                          {hospitalTime(step.at)}
                          {step.actorName ? ` · ${step.actorName}` : ''}
                        </Typography.Text>
                      </>
                    ),
                  }))}
                />
              ) : (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
              )}
            </div>
          </Flex>
        )}
      </Drawer>
      <ComplaintTimeLimitsDrawer open={limitsOpen} onClose={() => setLimitsOpen(false)} editable={permissions.setsComplaintLimits} />
      <ReceiveComplaintModal
        open={receiving}
        onClose={() => setReceiving(false)}
        onDone={(id) => {
          setReceiving(false);
          void refetch().then(() => setOpenId(id));
        }}
      />
      {open && (
        <ComplaintActionModal
          complaintId={open.id}
          action={action}
          onClose={() => setAction(null)}
          onDone={() => {
            setAction(null);
            void refetch();
          }}
        />
      )}
    </Card>
  );
}
