import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  PageEmpty,
  PageLoading,
  QueryError,
  readGraphqlError,
  useDepartmentName,
  useHospitalTime,
  useSession,
} from '@careline/frontend-shared';
import { Alert, Button, Card, Col, DatePicker, Flex, Form, Input, InputNumber, Row, Select, Space, Typography, message } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCrmPermissions } from '../../../app/use-crm-permissions.js';
import type { CrmDoctorScheduleQuery } from '../../../gql/graphql';
import { DoctorScheduleDocument, SetDoctorScheduleDocument } from '../graphql/appointments.documents.js';
import { useDoctors } from '../hooks/use-doctors.js';
import { FreeSlotPicker } from './free-slot-picker.js';

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

interface Stretch {
  start: string;
  end: string;
}
interface Values {
  slotMinutes: number;
  /** index 0 = Monday … 6 = Sunday */
  weekly: Stretch[][];
  exceptions: { day: Dayjs; start?: string | null; end?: string | null; note?: string | null }[];
}

type Schedule = NonNullable<CrmDoctorScheduleQuery['doctorSchedule']>;

const toValues = (schedule: Schedule | null): Values => ({
  slotMinutes: schedule?.slotMinutes ?? 30,
  weekly: WEEKDAYS.map((weekday) =>
    (schedule?.weekly ?? []).filter((hours) => hours.weekday === weekday).map(({ start, end }) => ({ start, end })),
  ),
  exceptions: (schedule?.exceptions ?? []).map((exception) => ({
    day: dayjs(exception.day),
    start: exception.start,
    end: exception.end,
    note: exception.note,
  })),
});

/**
 * 排班: the director and a clinical department's admin pick a doctor and edit the weekly hours (several
 * stretches a day), the slot length and the exceptions (a day off, or other hours, with a note); saving
 * replaces the schedule (crm's setDoctorSchedule) and the preview shows the free slots that follow.
 */
export function SchedulesPage() {
  const { t } = useTranslation('crm');
  const departmentName = useDepartmentName();
  const hospitalTime = useHospitalTime();
  const { staff } = useSession();
  const { editsSchedules } = useCrmPermissions();
  const director = staff?.role === 'OPS_DIRECTOR';
  const [departmentCode, setDepartmentCode] = useState<string | null>(director ? null : (staff?.departmentCode ?? null));
  const [doctorId, setDoctorId] = useState<string | null>(null);
  const { doctors, clinicalDepartments, loading, error, refetch } = useDoctors();
  const shownDoctors = doctors.filter((doctor) => !departmentCode || doctor.departmentCode === departmentCode);
  const doctor = doctors.find((candidate) => candidate.id === doctorId) ?? null;

  if (!editsSchedules) return <PageEmpty testId="crm-schedules-forbidden" description={t('schedules.forbidden')} />;
  return (
    <Flex vertical gap={16} data-testid="crm-schedules-page">
      <Space wrap>
        {director && (
          <Select
            allowClear
            style={{ width: 160 }}
            placeholder={t('appointments.anyDepartment')}
            value={departmentCode}
            onChange={(value) => (setDepartmentCode(value ?? null), setDoctorId(null))}
            options={clinicalDepartments.map((code) => ({ value: code, label: departmentName(code) }))}
            data-testid="crm-schedule-department"
          />
        )}
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 240 }}
          loading={loading}
          placeholder={t('schedules.pickDoctor')}
          value={doctorId}
          onChange={(value) => setDoctorId(value)}
          options={shownDoctors.map((option) => ({ value: option.id, label: `${option.name} · ${departmentName(option.departmentCode)}` }))}
          data-testid="crm-schedule-doctor"
        />
      </Space>
      {error && !doctors.length ? (
        <QueryError error={error} title={t('schedules.doctorsError')} onRetry={refetch} testId="crm-schedules-error" />
      ) : loading && !doctors.length ? (
        <PageLoading testId="crm-schedules-loading" />
      ) : !doctors.length ? (
        <PageEmpty testId="crm-schedules-empty" description={t('schedules.noDoctors')} />
      ) : doctor ? (
        <ScheduleEditor key={doctor.id} doctor={doctor} hospitalTime={hospitalTime} />
      ) : (
        <PageEmpty testId="crm-schedules-pick" description={t('schedules.pickDoctorHint')} />
      )}
    </Flex>
  );
}

function ScheduleEditor({
  doctor,
  hospitalTime,
}: {
  doctor: { id: string; name: string; departmentCode: string; specialities: string[] };
  hospitalTime: (iso: string) => string;
}) {
  const { t } = useTranslation('crm');
  const departmentName = useDepartmentName();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string | null>(null);
  const [savedAt, setSavedAt] = useState(0);
  const schedule = useQuery(DoctorScheduleDocument, { variables: { doctorId: doctor.id }, fetchPolicy: 'network-only' });
  const [save, saving] = useMutation(SetDoctorScheduleDocument);
  const weekdays = t('appointments.weekdays', { returnObjects: true }) as string[];
  const current = schedule.data?.doctorSchedule ?? null;

  useEffect(() => {
    if (schedule.data) form.setFieldsValue(toValues(schedule.data.doctorSchedule ?? null));
  }, [schedule.data, form]);

  const onFinish = async (values: Values) => {
    setFailure(null);
    try {
      await save({
        variables: {
          input: {
            doctorId: doctor.id,
            departmentCode: current?.departmentCode ?? doctor.departmentCode,
            slotMinutes: values.slotMinutes,
            weekly: values.weekly.flatMap((stretches, index) =>
              (stretches ?? []).map((stretch) => ({ weekday: index + 1, start: stretch.start, end: stretch.end })),
            ),
            exceptions: (values.exceptions ?? []).map((exception) => ({
              day: exception.day.format('YYYY-MM-DD'),
              start: exception.start || null,
              end: exception.end || null,
              note: exception.note?.trim() || null,
            })),
          },
        },
      });
      setSavedAt((n) => n + 1);
      void message.success(t('schedules.saved'));
      void schedule.refetch();
    } catch (error) {
      setFailure(readGraphqlError(error).message);
    }
  };

  if (schedule.error && !schedule.data)
    return (
      <QueryError
        error={schedule.error}
        title={t('schedules.errorTitle')}
        onRetry={() => void schedule.refetch()}
        testId="crm-schedule-error"
      />
    );
  if (!schedule.data) return <PageLoading testId="crm-schedule-loading" />;
  const clockRule = { pattern: CLOCK, message: t('schedules.clockInvalid') };
  return (
    <Row gutter={16}>
      <Col xs={24} xl={15}>
        <Card
          title={
            <span data-testid="crm-schedule-title">
              {t('schedules.title', { name: doctor.name, department: departmentName(doctor.departmentCode) })}
            </span>
          }
          extra={
            <Typography.Text type="secondary" data-testid="crm-schedule-updated">
              {current
                ? t('schedules.updated', {
                    at: hospitalTime(current.updatedAt),
                    by: current.updatedByStaff?.name ?? t('schedules.someone'),
                  })
                : t('schedules.none')}
            </Typography.Text>
          }
        >
          {failure && (
            <Alert
              type="error"
              showIcon
              title={t('schedules.saveFailed')}
              description={failure}
              style={{ marginBottom: 12 }}
              data-testid="crm-schedule-save-error"
            />
          )}
          <Form<Values> form={form} layout="vertical" onFinish={(values) => void onFinish(values)} initialValues={toValues(null)}>
            <Form.Item
              name="slotMinutes"
              label={t('schedules.slotMinutes')}
              rules={[{ required: true, type: 'integer', min: 5, max: 240, message: t('schedules.slotMinutesInvalid') }]}
            >
              <InputNumber min={5} max={240} step={5} suffix={t('schedules.minutes')} data-testid="crm-schedule-slot-minutes" />
            </Form.Item>
            <Typography.Title level={5}>{t('schedules.weekly')}</Typography.Title>
            {WEEKDAYS.map((weekday, index) => (
              <Form.List key={weekday} name={['weekly', index]}>
                {(fields, { add, remove }) => (
                  <Flex gap={8} align="baseline" wrap style={{ marginBottom: 8 }} data-testid={`crm-schedule-weekday-${weekday}`}>
                    <Typography.Text strong style={{ width: 40 }}>
                      {weekdays[index]}
                    </Typography.Text>
                    {fields.length === 0 && <Typography.Text type="secondary">{t('schedules.dayOff')}</Typography.Text>}
                    {fields.map((field, i) => (
                      <Space.Compact key={field.key}>
                        <Form.Item
                          name={[field.name, 'start']}
                          noStyle
                          rules={[{ required: true, message: t('schedules.clockInvalid') }, clockRule]}
                        >
                          <Input style={{ width: 72 }} placeholder="09:00" data-testid={`crm-schedule-weekday-${weekday}-${i}-start`} />
                        </Form.Item>
                        <Input style={{ width: 28, pointerEvents: 'none' }} placeholder="–" disabled />
                        <Form.Item
                          name={[field.name, 'end']}
                          noStyle
                          rules={[{ required: true, message: t('schedules.clockInvalid') }, clockRule]}
                        >
                          <Input style={{ width: 72 }} placeholder="12:00" data-testid={`crm-schedule-weekday-${weekday}-${i}-end`} />
                        </Form.Item>
                        <Button
                          icon={<DeleteOutlined />}
                          aria-label={t('schedules.removeStretch')}
                          onClick={() => remove(field.name)}
                          data-testid={`crm-schedule-weekday-${weekday}-${i}-remove`}
                        />
                      </Space.Compact>
                    ))}
                    <Button
                      size="small"
                      icon={<PlusOutlined />}
                      onClick={() => add({ start: '09:00', end: '12:00' })}
                      data-testid={`crm-schedule-weekday-${weekday}-add`}
                    >
                      {t('schedules.addStretch')}
                    </Button>
                  </Flex>
                )}
              </Form.List>
            ))}
            <Typography.Title level={5}>{t('schedules.exceptions')}</Typography.Title>
            <Typography.Paragraph type="secondary">{t('schedules.exceptionsHint')}</Typography.Paragraph>
            <Form.List name="exceptions">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((field, i) => (
                    <Space key={field.key} wrap align="baseline" data-testid={`crm-schedule-exception-${i}`}>
                      <Form.Item name={[field.name, 'day']} rules={[{ required: true, message: t('form.required') }]}>
                        <DatePicker allowClear={false} data-testid={`crm-schedule-exception-${i}-day`} />
                      </Form.Item>
                      <Form.Item name={[field.name, 'start']} rules={[clockRule]}>
                        <Input
                          style={{ width: 80 }}
                          placeholder={t('schedules.offStart')}
                          data-testid={`crm-schedule-exception-${i}-start`}
                        />
                      </Form.Item>
                      <Form.Item name={[field.name, 'end']} rules={[clockRule]}>
                        <Input style={{ width: 80 }} placeholder={t('schedules.offEnd')} data-testid={`crm-schedule-exception-${i}-end`} />
                      </Form.Item>
                      <Form.Item name={[field.name, 'note']}>
                        <Input
                          style={{ width: 160 }}
                          placeholder={t('schedules.note')}
                          maxLength={100}
                          data-testid={`crm-schedule-exception-${i}-note`}
                        />
                      </Form.Item>
                      <Button
                        icon={<DeleteOutlined />}
                        aria-label={t('schedules.removeException')}
                        onClick={() => remove(field.name)}
                        data-testid={`crm-schedule-exception-${i}-remove`}
                      />
                    </Space>
                  ))}
                  <Button icon={<PlusOutlined />} onClick={() => add({ day: dayjs() })} data-testid="crm-schedule-exception-add">
                    {t('schedules.addException')}
                  </Button>
                </>
              )}
            </Form.List>
            <Flex justify="end" style={{ marginTop: 16 }}>
              <Button type="primary" htmlType="submit" loading={saving.loading} data-testid="crm-schedule-save">
                {t('schedules.save')}
              </Button>
            </Flex>
          </Form>
        </Card>
      </Col>
      <Col xs={24} xl={9}>
        <Card title={t('schedules.preview')} data-testid="crm-schedule-preview">
          {current ? (
            <FreeSlotPicker key={savedAt} doctorId={doctor.id} />
          ) : (
            <Typography.Text type="secondary">{t('schedules.previewNone')}</Typography.Text>
          )}
        </Card>
      </Col>
    </Row>
  );
}
