import { ReloadOutlined, UserAddOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import {
  formatFen,
  PageEmpty,
  PageLoading,
  readGraphqlError,
  QueryError,
  hospitalToday,
  useDepartmentName,
} from '@careline/frontend-shared';
import { Alert, Badge, Button, Card, Checkbox, Flex, Space, Table, Tag, Tooltip, Typography, message } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCrmPermissions } from '../../../app/use-crm-permissions.js';
import { StaffName } from '../../common/components/staff-name.js';
import { hospitalClockOf } from '../../common/utils/hospital-calendar.js';
import { CustomerNameLink } from '../../customers/components/customer-name-link.js';
import type { CrmAppointmentFragment as Appointment, CrmVisitFragment as Visit } from '../../../gql/graphql';
import { useAppointmentsOnDays } from '../../appointments/hooks/use-appointments-on-days.js';
import { useDoctorLabel } from '../../appointments/hooks/use-doctor-label.js';
import { appointmentStatusColors } from '../../appointments/utils/appointment-status.js';
import { confirmationStateColors } from '../../appointments/utils/confirmation-state.js';
import { RegisterVisitDocument } from '../graphql/visits.documents.js';
import { useTodaysVisits } from '../hooks/use-todays-visits.js';
import { MembershipPrompt } from './membership-prompt.js';
import { VisitOutcomeDrawer } from './visit-outcome-drawer.js';
import { WalkInModal } from './walk-in-modal.js';

/** The outcome of a visit as the desk lists it: pending, a deal with its amount, or no deal. */
function OutcomeTag({ visit }: { visit: Visit }) {
  const { t } = useTranslation('crm');
  const testId = `crm-visit-outcome-${visit.id}`;
  if (visit.dealt === null) return <Tag data-testid={testId}>{t('visitDesk.pending')}</Tag>;
  return visit.dealt ? (
    <Tag color="green" data-testid={testId}>
      {t('visitDesk.dealt', { amount: formatFen(visit.dealAmountFen ?? 0) })}
    </Tag>
  ) : (
    <Tag color="orange" data-testid={testId}>
      {t('visitDesk.notDealt')}
    </Tag>
  );
}

/**
 * 导医台 / 到院登记: today's expected arrivals (the day's appointments by slot) with one-click 到院 and
 * the 指定 mark, walk-in registration, today's visits with their outcome, and the deal outcome
 * recorded in a drawer (on-site consultants). Today is the hospital's day, whatever the browser's zone.
 */
export function VisitDeskPage() {
  const { t } = useTranslation('crm');
  const departmentName = useDepartmentName();
  const { registersVisits, recordsOutcomes } = useCrmPermissions();
  const doctorLabel = useDoctorLabel();
  const today = hospitalToday();
  const days = useMemo(() => [today], [today]);
  const expected = useAppointmentsOnDays(days, null);
  const visits = useTodaysVisits(today);
  const [designated, setDesignated] = useState<Record<string, boolean>>({});
  const [arriving, setArriving] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ title: string; message: string } | null>(null);
  const [walkIn, setWalkIn] = useState(false);
  const [openedId, setOpenedId] = useState<string | null>(null);
  const [register] = useMutation(RegisterVisitDocument);

  const appointments = useMemo(
    () =>
      (expected.appointments ?? [])
        .filter((appointment) => appointment.status !== 'CANCELLED')
        .sort((a, b) => a.slotStart.localeCompare(b.slotStart)),
    [expected.appointments],
  );
  const todaysVisits = visits.visits ?? [];
  const opened = todaysVisits.find((visit) => visit.id === openedId) ?? null;

  const refresh = () => {
    expected.refetch();
    visits.refetch();
  };

  const arrive = async (appointment: Appointment) => {
    setFailure(null);
    setArriving(appointment.id);
    try {
      await register({ variables: { input: { appointmentId: appointment.id, designatedDoctor: designated[appointment.id] ?? false } } });
      void message.success(t('visitDesk.arrived'));
      refresh();
    } catch (error) {
      const { message: text, extensions } = readGraphqlError(error);
      setFailure({
        title: extensions['reason'] === 'ALREADY_ARRIVED' ? t('visitDesk.alreadyArrived') : t('visitDesk.arriveFailed'),
        message: text,
      });
      refresh();
    } finally {
      setArriving(null);
    }
  };

  const expectedColumns: ColumnsType<Appointment> = [
    {
      title: t('visitDesk.slot'),
      dataIndex: 'slotStart',
      width: 80,
      render: (value: string) => <Typography.Text strong>{hospitalClockOf(value)}</Typography.Text>,
    },
    { title: t('visitDesk.customer'), dataIndex: 'customerId', render: (value: string | null) => <CustomerNameLink id={value} /> },
    {
      title: t('visitDesk.type'),
      dataIndex: 'type',
      render: (value: Appointment['type'], row) => (
        <>
          {t(`visitTypes.${value}`)}
          {row.phoneConverted && (
            <Tag color="magenta" style={{ marginLeft: 6 }}>
              {t('visitDesk.phoneConverted')}
            </Tag>
          )}
        </>
      ),
    },
    { title: t('visitDesk.doctor'), key: 'doctor', render: (_: unknown, row: Appointment) => doctorLabel(row.doctorId, row.doctor) },
    { title: t('visitDesk.department'), dataIndex: 'departmentCode', render: (value: string) => departmentName(value) },
    {
      title: t('visitDesk.consultant'),
      dataIndex: 'onsiteConsultantId',
      render: (value: string | null, row) => (
        <StaffName id={value} staff={row.onsiteConsultant} testId={`crm-visit-desk-consultant-${row.id}`} />
      ),
    },
    {
      title: t('visitDesk.status'),
      dataIndex: 'status',
      render: (value: Appointment['status'], row) => (
        <Tag color={appointmentStatusColors[value]} data-testid={`crm-visit-desk-status-${row.id}`}>
          {t(`appointmentStatus.${value}`)}
        </Tag>
      ),
    },
    {
      title: t('visitDesk.confirmation'),
      key: 'confirmation',
      render: (_, row) => (
        <Tag color={confirmationStateColors[row.confirmation.state]} data-testid={`crm-visit-desk-confirmation-${row.id}`}>
          {t(`confirmationState.${row.confirmation.state}`)}
        </Tag>
      ),
    },
    {
      title: t('visitDesk.actions'),
      key: 'actions',
      render: (_, row) =>
        registersVisits && row.status === 'BOOKED' ? (
          <Space>
            <Tooltip title={t('visitDesk.designatedHint')}>
              <Checkbox
                checked={designated[row.id] ?? false}
                onChange={(event) => setDesignated((current) => ({ ...current, [row.id]: event.target.checked }))}
                data-testid={`crm-visit-desk-designated-${row.id}`}
              >
                {t('visitDesk.designated')}
              </Checkbox>
            </Tooltip>
            <Tooltip title={row.customerId ? undefined : t('visitDesk.noCustomer')}>
              <Button
                type="primary"
                size="small"
                disabled={!row.customerId}
                loading={arriving === row.id}
                onClick={() => void arrive(row)}
                data-testid={`crm-visit-desk-arrive-${row.id}`}
              >
                {t('visitDesk.arrive')}
              </Button>
            </Tooltip>
          </Space>
        ) : null,
    },
  ];

  const visitColumns: ColumnsType<Visit> = [
    {
      title: t('visitDesk.arrivedAt'),
      dataIndex: 'arrivedAt',
      width: 80,
      render: (value: string) => <Typography.Text strong>{hospitalClockOf(value)}</Typography.Text>,
    },
    { title: t('visitDesk.customer'), dataIndex: 'customerId', render: (value: string) => <CustomerNameLink id={value} /> },
    {
      title: t('visitDesk.source'),
      key: 'source',
      render: (_, row) => (
        <>
          <Tag color={row.walkIn ? 'gold' : 'blue'}>{row.walkIn ? t('visitDesk.walkInTag') : t('visitDesk.booked')}</Tag>
          {row.phoneConverted && <Tag color="magenta">{t('visitDesk.phoneConverted')}</Tag>}
        </>
      ),
    },
    { title: t('visitDesk.type'), dataIndex: 'type', render: (value: Visit['type']) => t(`visitTypes.${value}`) },
    {
      title: t('visitDesk.doctor'),
      dataIndex: 'doctorId',
      render: (value: string | null, row) => (
        <>
          {value ? doctorLabel(value, row.doctor) : t('visitDesk.noDoctor')}
          {row.designatedDoctor && (
            <Tag color="purple" style={{ marginLeft: 6 }} data-testid={`crm-visit-designated-${row.id}`}>
              {t('visitDesk.designated')}
            </Tag>
          )}
        </>
      ),
    },
    { title: t('visitDesk.department'), dataIndex: 'departmentCode', render: (value: string) => departmentName(value) },
    {
      title: t('visitDesk.consultant'),
      dataIndex: 'onsiteConsultantId',
      render: (value: string | null, row) => (
        <StaffName id={value} staff={row.onsiteConsultant} testId={`crm-visit-consultant-${row.id}`} />
      ),
    },
    {
      title: t('visitDesk.outcome'),
      key: 'outcome',
      render: (_, row) => (
        <>
          <OutcomeTag visit={row} />
          <MembershipPrompt visit={row} variant="tag" />
        </>
      ),
    },
    {
      title: t('visitDesk.actions'),
      key: 'actions',
      render: (_, row) =>
        recordsOutcomes && row.dealt === null ? (
          <Button size="small" type="primary" onClick={() => setOpenedId(row.id)} data-testid={`crm-visit-record-${row.id}`}>
            {t('visitDesk.record')}
          </Button>
        ) : (
          <Button size="small" type="link" onClick={() => setOpenedId(row.id)} data-testid={`crm-visit-open-${row.id}`}>
            {t('visitDesk.open')}
          </Button>
        ),
    },
  ];

  const expectedBody = () => {
    if (expected.error && !expected.appointments)
      return (
        <QueryError
          error={expected.error}
          title={t('visitDesk.expectedError')}
          onRetry={expected.refetch}
          testId="crm-visit-desk-expected-error"
        />
      );
    if (!expected.appointments) return <PageLoading testId="crm-visit-desk-expected-loading" />;
    if (appointments.length === 0) return <PageEmpty testId="crm-visit-desk-expected-empty" description={t('visitDesk.expectedEmpty')} />;
    return (
      <Table<Appointment>
        rowKey="id"
        size="middle"
        columns={expectedColumns}
        dataSource={appointments}
        loading={expected.loading}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 'max-content' }}
        onRow={(row) => ({ 'data-testid': `crm-visit-desk-appointment-${row.id}` }) as never}
        data-testid="crm-visit-desk-expected"
      />
    );
  };

  const visitsBody = () => {
    if (visits.error && !visits.visits)
      return (
        <QueryError error={visits.error} title={t('visitDesk.visitsError')} onRetry={visits.refetch} testId="crm-visit-desk-visits-error" />
      );
    if (!visits.visits) return <PageLoading testId="crm-visit-desk-visits-loading" />;
    if (todaysVisits.length === 0) return <PageEmpty testId="crm-visit-desk-visits-empty" description={t('visitDesk.visitsEmpty')} />;
    return (
      <>
        {visits.truncated && <Alert type="warning" showIcon title={t('visitDesk.truncated')} style={{ marginBottom: 12 }} />}
        <Table<Visit>
          rowKey="id"
          size="middle"
          columns={visitColumns}
          dataSource={todaysVisits}
          loading={visits.loading}
          pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
          scroll={{ x: 'max-content' }}
          onRow={(row) => ({ 'data-testid': `crm-visit-row-${row.id}` }) as never}
          data-testid="crm-visit-desk-visits"
        />
      </>
    );
  };

  return (
    <Flex vertical gap={16} data-testid="crm-visit-desk-page">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="crm-visit-desk-day">
          {t('visitDesk.title', { day: today })}
        </Typography.Title>
        <Space>
          <Button icon={<ReloadOutlined />} onClick={refresh} data-testid="crm-visit-desk-refresh">
            {t('visitDesk.refresh')}
          </Button>
          {registersVisits && (
            <Button type="primary" icon={<UserAddOutlined />} onClick={() => setWalkIn(true)} data-testid="crm-visit-desk-walk-in">
              {t('visitDesk.walkIn')}
            </Button>
          )}
        </Space>
      </Flex>
      {failure && (
        <Alert
          type="error"
          showIcon
          closable
          onClose={() => setFailure(null)}
          title={failure.title}
          description={failure.message}
          data-testid="crm-visit-desk-error"
        />
      )}
      <Card
        title={
          <Space>
            {t('visitDesk.expected')}
            <Badge count={appointments.filter((appointment) => appointment.status === 'BOOKED').length} showZero color="blue" />
          </Space>
        }
        extra={<Typography.Text type="secondary">{t('visitDesk.expectedCount', { count: appointments.length })}</Typography.Text>}
      >
        {expected.truncated && <Alert type="warning" showIcon title={t('appointments.truncated')} style={{ marginBottom: 12 }} />}
        {expectedBody()}
      </Card>
      <Card
        title={t('visitDesk.visits')}
        extra={<Typography.Text type="secondary">{t('visitDesk.visitsCount', { count: todaysVisits.length })}</Typography.Text>}
      >
        {visitsBody()}
      </Card>
      <WalkInModal
        open={walkIn}
        day={today}
        onClose={() => setWalkIn(false)}
        onRegistered={() => {
          setWalkIn(false);
          void message.success(t('walkIn.saved'));
          visits.refetch();
        }}
      />
      <VisitOutcomeDrawer
        visit={opened}
        onClose={() => setOpenedId(null)}
        onRecorded={() => {
          setOpenedId(null);
          void message.success(t('visitOutcome.saved'));
          refresh();
        }}
      />
    </Flex>
  );
}
