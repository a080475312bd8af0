import { useDepartmentName } from '@careline/frontend-shared';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { hospitalClockOf, slotOf } from '../../common/utils/hospital-calendar.js';
import type { CrmAppointmentFragment as Appointment } from '../../../gql/graphql';
import { useDoctorLabel } from '../hooks/use-doctor-label.js';
import { holdsSlot } from '../utils/appointment-status.js';
import { slotClocks, slotMinutes } from '../utils/slots.js';
import { AppointmentChip } from './appointment-chip.js';

interface DoctorRow {
  doctorId: string;
  departmentCode: string | undefined;
}

/**
 * 日视图: doctors down, half-hour slots across, for one hospital day. A free slot offers "book"
 * (a cancelled booking frees its slot); a slot a booking holds shows it.
 */
export function DayGrid({
  doctors,
  appointments,
  canBook,
  onBook,
  onOpen,
}: {
  doctors: readonly DoctorRow[];
  appointments: readonly Appointment[];
  canBook: boolean;
  onBook: (doctor: DoctorRow, clock: string) => void;
  onOpen: (appointment: Appointment) => void;
}) {
  const { t } = useTranslation('crm');
  const departmentName = useDepartmentName();
  const doctorLabel = useDoctorLabel();
  // bookings outside the clinic day's slots still show, in the first or last column
  const clocks = [...slotClocks];
  const columnOf = (clock: string) =>
    clock < clocks[0]! ? clocks[0]! : clock > clocks[clocks.length - 1]! ? clocks[clocks.length - 1]! : clock;
  const cells = new Map<string, Appointment[]>();
  for (const appointment of appointments) {
    const key = `${appointment.doctorId}|${columnOf(slotOf(hospitalClockOf(appointment.slotStart), slotMinutes))}`;
    cells.set(key, [...(cells.get(key) ?? []), appointment]);
  }

  const columns: ColumnsType<DoctorRow> = [
    {
      title: t('appointments.doctor'),
      key: 'doctor',
      fixed: 'left',
      width: 160,
      render: (_, row) => (
        <>
          <Typography.Text strong>{doctorLabel(row.doctorId)}</Typography.Text>
          {row.departmentCode && <div style={{ fontSize: 12, color: '#888' }}>{departmentName(row.departmentCode)}</div>}
        </>
      ),
    },
    ...clocks.map((clock) => ({
      title: clock,
      key: clock,
      width: 140,
      render: (_: unknown, row: DoctorRow) => {
        const list = (cells.get(`${row.doctorId}|${clock}`) ?? []).sort((a, b) => a.slotStart.localeCompare(b.slotStart));
        const taken = list.some((appointment) => holdsSlot(appointment.status));
        return (
          <div data-testid={`crm-slot-${row.doctorId}-${clock.replace(':', '')}`} style={{ minHeight: 40 }}>
            {list.map((appointment) => (
              <AppointmentChip key={appointment.id} appointment={appointment} onOpen={onOpen} />
            ))}
            {canBook && !taken && (
              <Button
                type="dashed"
                size="small"
                icon={<PlusOutlined />}
                onClick={() => onBook(row, clock)}
                aria-label={t('appointments.bookAt', { clock })}
                data-testid={`crm-slot-book-${row.doctorId}-${clock.replace(':', '')}`}
              />
            )}
          </div>
        );
      },
    })),
  ];
  return (
    <Table<DoctorRow>
      rowKey="doctorId"
      size="small"
      bordered
      columns={columns}
      dataSource={[...doctors]}
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid="crm-day-grid"
    />
  );
}
