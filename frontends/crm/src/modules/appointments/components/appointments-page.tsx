import { LeftOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import { PageEmpty, PageLoading, QueryError, hospitalToday, useDepartmentName } from '@careline/frontend-shared';
import { Alert, Button, Col, DatePicker, Flex, Row, Segmented, Select, Space, Typography, message } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCrmPermissions } from '../../../app/use-crm-permissions.js';
import { addDays, weekOf } from '../../common/utils/hospital-calendar.js';
import type { CrmAppointmentFragment as Appointment, AppointmentStatus } from '../../../gql/graphql';
import { appointmentStatuses } from '../graphql/appointments.documents.js';
import { useAppointmentsOnDays } from '../hooks/use-appointments-on-days.js';
import { useDoctors } from '../hooks/use-doctors.js';
import { useDoctorsFreeSlots } from '../hooks/use-doctors-free-slots.js';
import { AppointmentDrawer } from './appointment-drawer.js';
import { AppointmentList } from './appointment-list.js';
import { BookAppointmentModal, type BookingPreset } from './book-appointment-modal.js';
import { DayGrid, type DoctorRow } from './day-grid.js';
import { DutyRosterCard } from './duty-roster-card.js';
import { WeekGrid } from './week-grid.js';

type View = 'day' | 'week' | 'list';

/**
 * 预约: the doctors' day and week grids (a free slot books; crm refuses a slot another booking
 * holds and the refusal is shown), filters by department / doctor / status, cancel and no-show in
 * the appointment's drawer, and the day's on-site duty roster the phone-converted bookings rotate over.
 */
export function AppointmentsPage() {
  const { t } = useTranslation('crm');
  const departmentName = useDepartmentName();
  const { books } = useCrmPermissions();
  const { doctors, clinicalDepartments } = useDoctors();
  const today = hospitalToday();
  const [view, setView] = useState<View>('day');
  // the customer 360's timeline links here with ?day=…&appointment=…: that day, the appointment's drawer open
  const [params] = useSearchParams();
  const linkedDay = params.get('day');
  const linkedAppointment = params.get('appointment');
  const [day, setDay] = useState(linkedDay && /^\d{4}-\d{2}-\d{2}$/.test(linkedDay) ? linkedDay : today);
  const [departmentCode, setDepartmentCode] = useState<string | null>(null);
  const [doctorId, setDoctorId] = useState<string | null>(null);
  const [status, setStatus] = useState<AppointmentStatus | null>(null);
  const [preset, setPreset] = useState<BookingPreset | null>(null);
  const [opened, setOpened] = useState<Appointment | null>(null);

  const days = useMemo(() => (view === 'week' ? weekOf(day) : [day]), [view, day]);
  const onDays = useAppointmentsOnDays(view === 'list' ? [day] : days, doctorId);
  const all = onDays.appointments ?? [];
  useEffect(() => {
    const linked = linkedAppointment ? all.find((appointment) => appointment.id === linkedAppointment) : undefined;
    if (linked) setOpened(linked);
  }, [linkedAppointment, onDays.appointments]);

  // the grid's rows: identity's doctors (by name) plus any doctor met in the period's appointments (one who has left)
  const doctorRows = useMemo(() => {
    const rows = new Map<string, DoctorRow>();
    for (const doctor of doctors) rows.set(doctor.id, { doctorId: doctor.id, name: doctor.name, departmentCode: doctor.departmentCode });
    for (const appointment of all)
      if (!rows.has(appointment.doctorId))
        rows.set(appointment.doctorId, {
          doctorId: appointment.doctorId,
          name: appointment.doctor?.name ?? null,
          departmentCode: appointment.departmentCode,
        });
    return [...rows.values()];
  }, [doctors, all]);
  const departments = useMemo(
    () => [...new Set([...clinicalDepartments, ...doctorRows.map((row) => row.departmentCode).filter((code): code is string => !!code)])],
    [clinicalDepartments, doctorRows],
  );
  const shownDoctors = doctorRows.filter(
    (row) => (!departmentCode || row.departmentCode === departmentCode) && (!doctorId || row.doctorId === doctorId),
  );
  const shownAppointments = all.filter(
    (appointment) => (!departmentCode || appointment.departmentCode === departmentCode) && (!status || appointment.status === status),
  );

  // the day grid's doctors' free slots: asked again only when the rows change, not on every render
  const shownIds = shownDoctors.map((row) => row.doctorId).join(',');
  const gridDoctorIds = useMemo(() => (shownIds ? shownIds.split(',') : []), [shownIds]);
  const dayFreeSlots = useDoctorsFreeSlots(gridDoctorIds, day, view !== 'day' || !books);

  const step = view === 'week' ? 7 : 1;
  const refresh = () => {
    onDays.refetch();
    dayFreeSlots.refetch();
  };

  const body = () => {
    if (view === 'list') return <AppointmentList day={day} doctorId={doctorId} onOpen={setOpened} />;
    if (onDays.error && !onDays.appointments)
      return <QueryError error={onDays.error} title={t('appointments.errorTitle')} onRetry={refresh} testId="crm-appointments-error" />;
    if (!onDays.appointments) return <PageLoading testId="crm-appointments-loading" />;
    if (shownDoctors.length === 0) return <PageEmpty testId="crm-appointments-empty" description={t('appointments.noDoctors')} />;
    return view === 'day' ? (
      <DayGrid
        doctors={shownDoctors}
        appointments={shownAppointments}
        freeSlots={dayFreeSlots.slots}
        freeSlotsFailed={!!dayFreeSlots.error}
        canBook={books}
        onBook={(row, clock) => setPreset({ doctorId: row.doctorId, departmentCode: row.departmentCode, day, clock })}
        onOpen={setOpened}
      />
    ) : (
      <WeekGrid
        doctors={shownDoctors}
        days={days}
        today={today}
        appointments={shownAppointments}
        onOpenDay={(picked) => (setDay(picked), setView('day'))}
        onOpen={setOpened}
      />
    );
  };

  return (
    <Flex vertical gap={16} data-testid="crm-appointments-page">
      <Flex justify="space-between" wrap gap={8}>
        <Space wrap>
          <Segmented<View>
            value={view}
            onChange={setView}
            options={[
              { value: 'day', label: <span data-testid="crm-appointments-view-day">{t('appointments.dayView')}</span> },
              { value: 'week', label: <span data-testid="crm-appointments-view-week">{t('appointments.weekView')}</span> },
              { value: 'list', label: <span data-testid="crm-appointments-view-list">{t('appointments.listView')}</span> },
            ]}
          />
          <Button
            icon={<LeftOutlined />}
            aria-label={t('appointments.previous')}
            onClick={() => setDay(addDays(day, -step))}
            data-testid="crm-appointments-previous"
          />
          <DatePicker
            allowClear={false}
            value={dayjs(day)}
            onChange={(value) => value && setDay(value.format('YYYY-MM-DD'))}
            data-testid="crm-appointments-day"
          />
          <Button
            icon={<RightOutlined />}
            aria-label={t('appointments.next')}
            onClick={() => setDay(addDays(day, step))}
            data-testid="crm-appointments-next"
          />
          <Button onClick={() => setDay(today)}>{t('appointments.today')}</Button>
        </Space>
        <Space wrap>
          <Select
            allowClear
            style={{ width: 150 }}
            placeholder={t('appointments.anyDepartment')}
            value={departmentCode}
            onChange={(value) => setDepartmentCode(value ?? null)}
            options={departments.map((code) => ({ value: code, label: departmentName(code) }))}
            data-testid="crm-appointments-department"
          />
          <Select
            allowClear
            style={{ width: 170 }}
            placeholder={t('appointments.anyDoctor')}
            value={doctorId}
            onChange={(value) => setDoctorId(value ?? null)}
            options={doctorRows.map((row) => ({ value: row.doctorId, label: row.name ?? t('appointments.doctorUnlisted') }))}
            data-testid="crm-appointments-doctor"
          />
          <Select
            allowClear
            style={{ width: 130 }}
            placeholder={t('appointments.anyStatus')}
            value={status}
            onChange={(value) => setStatus(value ?? null)}
            options={appointmentStatuses.map((value) => ({ value, label: t(`appointmentStatus.${value}`) }))}
            data-testid="crm-appointments-status"
          />
          {books && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setPreset({ day })} data-testid="crm-appointments-book">
              {t('appointments.book')}
            </Button>
          )}
        </Space>
      </Flex>
      <Row gutter={16}>
        <Col xs={24} xl={18}>
          {onDays.truncated && view !== 'list' && (
            <Alert type="warning" showIcon title={t('appointments.truncated')} style={{ marginBottom: 12 }} />
          )}
          {body()}
        </Col>
        <Col xs={24} xl={6}>
          <DutyRosterCard day={day} />
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, fontSize: 12 }}>
            {t('roster.hint')}
          </Typography.Paragraph>
        </Col>
      </Row>
      <BookAppointmentModal
        preset={preset}
        onClose={() => setPreset(null)}
        onBooked={() => {
          setPreset(null);
          void message.success(t('appointments.booked'));
          refresh();
        }}
      />
      <AppointmentDrawer
        appointment={opened}
        onClose={() => setOpened(null)}
        onChanged={() => {
          setOpened(null);
          refresh();
        }}
      />
    </Flex>
  );
}
