import { useQuery } from '@apollo/client/react';
import { useCursorPages, useHospitalTime, PagedTable, useDepartmentName } from '@careline/frontend-shared';
import { Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { StaffName } from '../../common/components/staff-name.js';
import { CustomerNameLink } from '../../customers/components/customer-name-link.js';
import type { CrmAppointmentFragment as Appointment } from '../../../gql/graphql';
import { AppointmentsDocument } from '../graphql/appointments.documents.js';
import { useDoctorLabel } from '../hooks/use-doctor-label.js';
import { appointmentStatusColors } from '../utils/appointment-status.js';
import { confirmationStateColors } from '../utils/confirmation-state.js';

const pageSize = 20;

/** 列表: the day's appointments (of a doctor), newest booking first, paged by crm's cursors. */
export function AppointmentList({
  day,
  doctorId,
  onOpen,
}: {
  day: string;
  doctorId: string | null;
  onOpen: (appointment: Appointment) => void;
}) {
  const { t } = useTranslation('crm');
  const departmentName = useDepartmentName();
  const hospitalTime = useHospitalTime();
  const doctorLabel = useDoctorLabel();
  const pages = useCursorPages(`${day}|${doctorId ?? ''}`);
  const { data, previousData, loading, error, refetch } = useQuery(AppointmentsDocument, {
    variables: { day, doctorId, first: pageSize, after: pages.after },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.appointments;
  const columns: ColumnsType<Appointment> = [
    { title: t('appointments.slot'), dataIndex: 'slotStart', render: (value: string) => hospitalTime(value).slice(0, 16) },
    { title: t('appointments.customer'), dataIndex: 'customerId', render: (value: string | null) => <CustomerNameLink id={value} /> },
    { title: t('appointments.type'), dataIndex: 'type', render: (value: Appointment['type']) => t(`visitTypes.${value}`) },
    { title: t('appointments.department'), dataIndex: 'departmentCode', render: (value: string) => departmentName(value) },
    { title: t('appointments.doctor'), key: 'doctor', render: (_: unknown, row: Appointment) => doctorLabel(row.doctorId, row.doctor) },
    {
      title: t('appointments.status'),
      dataIndex: 'status',
      render: (value: Appointment['status'], row) => (
        <>
          <Tag color={appointmentStatusColors[value]}>{t(`appointmentStatus.${value}`)}</Tag>
          {row.phoneConverted && <Tag color="magenta">{t('appointments.phoneConvertedShort')}</Tag>}
        </>
      ),
    },
    {
      title: t('appointments.confirmation'),
      key: 'confirmation',
      render: (_, row) => (
        <Tag color={confirmationStateColors[row.confirmation.state]} data-testid={`crm-appointment-confirmation-${row.id}`}>
          {t(`confirmationState.${row.confirmation.state}`)}
        </Tag>
      ),
    },
    {
      title: t('appointments.onsiteConsultant'),
      dataIndex: 'onsiteConsultantId',
      render: (value: string | null, row) => <StaffName id={value} staff={row.onsiteConsultant} />,
    },
  ];
  return (
    <PagedTable
      connection={connection}
      error={error}
      onRetry={() => void refetch()}
      errorTitle={t('appointments.errorTitle')}
      empty={t('appointments.emptyDay')}
      paging={pages}
      pageSize={pageSize}
      testId="crm-appointment-list"
    >
      {(nodes) => (
        <Table<Appointment>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={nodes}
          loading={loading}
          pagination={false}
          scroll={{ x: 'max-content' }}
          onRow={(row) => ({ onClick: () => onOpen(row), style: { cursor: 'pointer' } })}
          data-testid="crm-appointment-list"
        />
      )}
    </PagedTable>
  );
}
