import { Button, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { hospitalDayOf, useDepartmentName } from '@careline/frontend-shared';
import { weekdayOf } from '../../common/utils/hospital-calendar.js';
import type { CrmAppointmentFragment as Appointment } from '../../../gql/graphql';
import { AppointmentChip } from './appointment-chip.js';

export interface DoctorRow {
  doctorId: string;
  /** identity's name; null for a doctor no longer listed */
  name: string | null;
  departmentCode: string | undefined;
}

/** 周视图: doctors down, the week's days (Monday first) across; a day's header opens its day view. */
export function WeekGrid({
  doctors,
  days,
  today,
  appointments,
  onOpenDay,
  onOpen,
}: {
  doctors: readonly DoctorRow[];
  days: readonly string[];
  today: string;
  appointments: readonly Appointment[];
  onOpenDay: (day: string) => void;
  onOpen: (appointment: Appointment) => void;
}) {
  const { t } = useTranslation('crm');
  const departmentName = useDepartmentName();
  const cells = new Map<string, Appointment[]>();
  for (const appointment of appointments) {
    const key = `${appointment.doctorId}|${hospitalDayOf(appointment.slotStart)}`;
    cells.set(key, [...(cells.get(key) ?? []), appointment]);
  }
  const weekdays = t('appointments.weekdays', { returnObjects: true }) as string[];
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
    ...days.map((day) => ({
      title: (
        <Button type={day === today ? 'primary' : 'link'} size="small" onClick={() => onOpenDay(day)} data-testid={`crm-week-day-${day}`}>
          {weekdays[weekdayOf(day)]} {day.slice(5)}
        </Button>
      ),
      key: day,
      width: 170,
      render: (_: unknown, row: DoctorRow) => {
        const list = (cells.get(`${row.doctorId}|${day}`) ?? []).sort((a, b) => a.slotStart.localeCompare(b.slotStart));
        return (
          <div data-testid={`crm-week-cell-${row.doctorId}-${day}`}>
            {list.map((appointment) => (
              <AppointmentChip key={appointment.id} appointment={appointment} showTime onOpen={onOpen} />
            ))}
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
      data-testid="crm-week-grid"
    />
  );
}
