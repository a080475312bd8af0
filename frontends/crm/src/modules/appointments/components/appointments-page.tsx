import { LeftOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import { PageEmpty, PageLoading, QueryError, hospitalToday, useDepartmentName } from '@careline/frontend-shared';
import { Alert, Button, Col, DatePicker, Flex, Row, Segmented, Select, Space, Typography, message } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCrmPermissions } from '../../../app/use-crm-permissions.js';
import { addDays, weekOf } from '../../common/utils/hospital-calendar.js';
import type { CrmAppointmentFragment as Appointment, AppointmentStatus } from '../../../gql/graphql';
import { appointmentStatuses } from '../graphql/appointments.documents.js';
import { useAppointmentsOnDays } from '../hooks/use-appointments-on-days.js';
import { useDoctorDirectory, type SavedDoctor } from '../hooks/use-doctor-directory.js';
import { useDoctorLabel } from '../hooks/use-doctor-label.js';
import { AppointmentDrawer } from './appointment-drawer.js';
import { AppointmentList } from './appointment-list.js';
import { BookAppointmentModal, type BookingPreset } from './book-appointment-modal.js';
import { DayGrid } from './day-grid.js';
import { DoctorModal } from './doctor-modal.js';
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
  const { doctors: savedDoctors } = useDoctorDirectory();
  const doctorLabel = useDoctorLabel();
  const today = hospitalToday();
  const [view, setView] = useState<View>('day');
  const [day, setDay] = useState(today);
  const [departmentCode, setDepartmentCode] = useState<string | null>(null);
  const [doctorId, setDoctorId] = useState<string | null>(null);
  const [status, setStatus] = useState<AppointmentStatus | null>(null);
  const [preset, setPreset] = useState<BookingPreset | null>(null);
  const [opened, setOpened] = useState<Appointment | null>(null);
  const [namingDoctor, setNamingDoctor] = useState<Partial<SavedDoctor> | null>(null);

  const days = useMemo(() => (view === 'week' ? weekOf(day) : [day]), [view, day]);
  const onDays = useAppointmentsOnDays(view === 'list' ? [day] : days, doctorId);
  const all = onDays.appointments ?? [];

  // the grid's rows: the named doctors plus any doctor met in the period's appointments
  const doctorRows = useMemo(() => {
    const rows = new Map<string, { doctorId: string; departmentCode: string | undefined }>();
    for (const doctor of savedDoctors) rows.set(doctor.id, { doctorId: doctor.id, departmentCode: doctor.departmentCode || undefined });
    for (const appointment of all)
      if (!rows.has(appointment.doctorId))
        rows.set(appointment.doctorId, { doctorId: appointment.doctorId, departmentCode: appointment.departmentCode });
    return [...rows.values()];
  }, [savedDoctors, all]);
  const departments = useMemo(
    () => [...new Set(doctorRows.map((row) => row.departmentCode).filter((code): code is string => !!code))].sort(),
    [doctorRows],
  );
  const shownDoctors = doctorRows.filter(
    (row) => (!departmentCode || row.departmentCode === departmentCode) && (!doctorId || row.doctorId === doctorId),
  );
  const shownAppointments = all.filter(
    (appointment) => (!departmentCode || appointment.departmentCode === departmentCode) && (!status || appointment.status === status),
  );

  const step = view === 'week' ? 7 : 1;
  const refresh = () => onDays.refetch();

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
            options={doctorRows.map((row) => ({ value: row.doctorId, label: doctorLabel(row.doctorId) }))}
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
          <Button onClick={() => setNamingDoctor({})} data-testid="crm-appointments-add-doctor">
            {t('appointments.addDoctor')}
          </Button>
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
        doctorIds={doctorRows.map((row) => row.doctorId)}
        departments={departments}
        onClose={() => setPreset(null)}
        onBooked={() => {
          setPreset(null);
          void message.success(t('appointments.booked'));
          refresh();
        }}
        onAddDoctor={() => setNamingDoctor({})}
      />
      <AppointmentDrawer
        appointment={opened}
        onClose={() => setOpened(null)}
        onChanged={() => {
          setOpened(null);
          refresh();
        }}
      />
      <DoctorModal doctor={namingDoctor} onClose={() => setNamingDoctor(null)} />
    </Flex>
  );
}
