import { useDepartmentName } from '@careline/frontend-shared';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { hospitalClockOf, slotOf } from '../../common/utils/hospital-calendar.js';
import type { CrmAppointmentFragment as Appointment } from '../../../gql/graphql';
import { holdsSlot } from '../utils/appointment-status.js';
import type { DaySlots } from '../hooks/use-doctors-free-slots.js';
import { slotClocks, slotMinutes } from '../utils/slots.js';
import { AppointmentChip } from './appointment-chip.js';

export interface DoctorRow {
  doctorId: string;
  /** identity's name; null for a doctor no longer listed */
  name: string | null;
  departmentCode: string | undefined;
}

/**
 * 日视图: doctors down, half-hour columns across, for one hospital day. A scheduled doctor's column
 * offers "book" when one of the doctor's free slots starts in it (the booking starts at that slot,
 * e.g. 09:20 for 20-minute slots); a doctor without a schedule, any half hour no booking holds (a
 * cancelled booking frees its slot). Bookings show where they start. Nothing is offered until the
 * free slots are known (`freeSlots`); if they cannot be read, the half hours are offered and crm
 * refuses one off the schedule.
 */
export function DayGrid({
  doctors,
  appointments,
  freeSlots,
  freeSlotsFailed,
  canBook,
  onBook,
  onOpen,
}: {
  doctors: readonly DoctorRow[];
  appointments: readonly Appointment[];
  /** the doctors' free slots that day; undefined while they load */
  freeSlots: DaySlots | undefined;
  /** the free slots could not be read */
  freeSlotsFailed: boolean;
  canBook: boolean;
  onBook: (doctor: DoctorRow, clock: string) => void;
  onOpen: (appointment: Appointment) => void;
}) {
  const { t } = useTranslation('crm');
  const departmentName = useDepartmentName();
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
          <Typography.Text strong>{row.name ?? t('appointments.doctorUnlisted')}</Typography.Text>
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
        const free = freeSlots?.get(row.doctorId);
        // the slot a click books: the first free one in this column, or the column itself
        const bookAt =
          free === undefined
            ? freeSlotsFailed && !taken
              ? clock
              : undefined
            : free === null
              ? taken
                ? undefined
                : clock
              : free.find((start) => slotOf(start, slotMinutes) === clock);
        return (
          <div data-testid={`crm-slot-${row.doctorId}-${clock.replace(':', '')}`} style={{ minHeight: 40 }}>
            {list.map((appointment) => (
              <AppointmentChip key={appointment.id} appointment={appointment} onOpen={onOpen} />
            ))}
            {canBook && bookAt && (
              <Button
                type="dashed"
                size="small"
                icon={<PlusOutlined />}
                onClick={() => onBook(row, bookAt)}
                aria-label={t('appointments.bookAt', { clock: bookAt })}
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
