import { useMutation, useQuery } from '@apollo/client/react';
import { readGraphqlError, useDepartmentName, useIdempotentSubmit, useHospitalTime, hospitalInstant } from '@careline/frontend-shared';
import { Alert, Col, Form, Modal, Row, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { shortId } from '../../common/utils/short-id.js';
import { CustomerPicker } from '../../customers/components/customer-picker.js';
import { CustomerConsultationsDocument } from '../../customers/graphql/customer-360.documents.js';
import type { AppointmentType, CrmAppointmentFragment as Appointment } from '../../../gql/graphql';
import { appointmentTypes, BookAppointmentDocument, DutyRosterDocument } from '../graphql/appointments.documents.js';
import { useDoctors } from '../hooks/use-doctors.js';
import { FreeSlotPicker } from './free-slot-picker.js';

/** Where a booking starts: a grid cell (doctor, day, time), a consultation, or nothing. */
export interface BookingPreset {
  doctorId?: string;
  departmentCode?: string;
  day?: string;
  clock?: string;
  customerId?: string | null;
  customerLabel?: string;
  consultationId?: string | null;
}

interface Values {
  customerId?: string | null;
  consultationId?: string | null;
  type: AppointmentType;
  departmentCode: string;
  doctorId: string;
  /** the chosen free slot's start (ISO) */
  slotStart: string;
}

/**
 * 预约: a doctor's slot for a customer, optionally from one of their consultations (a phone
 * consultation makes it 电转预约, handed to the next on-site consultant on duty). The desk picks a
 * clinical department (科室), then one of its doctors (identity's `doctors`, by name), then a free slot
 * of the doctor's schedule (crm's `doctorFreeSlots`). A slot taken meanwhile is refused by crm
 * (CONFLICT SLOT_TAKEN), and the refusal is shown here.
 */
export function BookAppointmentModal({
  preset,
  onClose,
  onBooked,
}: {
  preset: BookingPreset | null;
  onClose: () => void;
  onBooked: (appointment: Appointment) => void;
}) {
  const { t } = useTranslation('crm');
  const hospitalTime = useHospitalTime();
  const departmentName = useDepartmentName();
  const { doctors, clinicalDepartments, loading: doctorsLoading } = useDoctors();
  const [form] = Form.useForm<Values>();
  const departmentCode = Form.useWatch('departmentCode', form);
  const doctorId = Form.useWatch('doctorId', form);
  const [failure, setFailure] = useState<{ message: string; code?: string; reason?: string } | null>(null);
  const customerId = Form.useWatch('customerId', form);
  const consultations = useQuery(CustomerConsultationsDocument, {
    variables: { customerId: customerId ?? '', first: 5, after: null },
    skip: !customerId,
  });
  // a phone-converted booking moves the duty roster's rotation on: the roster card shows who is next
  const [book] = useMutation(BookAppointmentDocument, { refetchQueries: [DutyRosterDocument] });

  useEffect(() => {
    if (!preset) return;
    form.resetFields();
    setFailure(null);
    form.setFieldsValue({
      customerId: preset.customerId ?? null,
      consultationId: preset.consultationId ?? null,
      doctorId: preset.doctorId,
      departmentCode: preset.departmentCode ?? doctors.find((doctor) => doctor.id === preset.doctorId)?.departmentCode,
      slotStart: preset.day && preset.clock ? hospitalInstant(preset.day, preset.clock) : undefined,
    });
    // the preset is applied when the modal opens (the grid's doctor carries its department)
  }, [preset, form]);

  const { submit, submitting, changed } = useIdempotentSubmit(async (values: Values, idempotencyKey: string) => {
    setFailure(null);
    try {
      const { data } = await book({
        variables: {
          input: {
            idempotencyKey,
            type: values.type,
            departmentCode: values.departmentCode,
            doctorId: values.doctorId,
            slotStart: values.slotStart,
            customerId: values.customerId ?? null,
            consultationId: values.consultationId ?? null,
          },
        },
      });
      if (!data) return false;
      onBooked(data.bookAppointment);
      return true;
    } catch (error) {
      const { message, code, extensions } = readGraphqlError(error);
      setFailure({ message, code, reason: extensions['reason'] as string | undefined });
      return false;
    }
  });

  const consultationOptions = (consultations.data?.consultations?.nodes ?? []).map((consultation) => ({
    value: consultation.id,
    label: `${hospitalTime(consultation.consultedAt)} · ${t(`channels.${consultation.channel}`)} · ${t(`outcomes.${consultation.outcome}`)}`,
  }));
  if (preset?.consultationId && !consultationOptions.some((option) => option.value === preset.consultationId)) {
    consultationOptions.unshift({
      value: preset.consultationId,
      label: t('appointments.fromConsultation', { id: shortId(preset.consultationId) }),
    });
  }

  return (
    <Modal
      open={preset !== null}
      title={t('appointments.book')}
      okText={t('appointments.bookSubmit')}
      onOk={() => form.submit()}
      confirmLoading={submitting}
      onCancel={onClose}
      width={640}
      forceRender
      data-testid="crm-book-modal"
    >
      {failure && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="crm-book-error"
          title={failure.reason === 'SLOT_TAKEN' ? t('appointments.slotTaken') : t('appointments.bookFailed')}
          // the reason's message in the page's language, never the server's words or raw codes
          description={failure.reason === 'SLOT_TAKEN' ? undefined : failure.message}
        />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ type: 'EXPERT' }}
        onFinish={(values) => void submit(values)}
        onValuesChange={() => changed()}
      >
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item
              name="customerId"
              label={t('appointments.customer')}
              rules={[{ required: !preset?.consultationId, message: t('form.required') }]}
            >
              <CustomerPicker initialLabel={preset?.customerLabel} testId="crm-book-customer" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="consultationId" label={t('appointments.consultation')} extra={t('appointments.consultationHint')}>
              <Select
                allowClear
                options={consultationOptions}
                placeholder={t('appointments.noConsultation')}
                data-testid="crm-book-consultation"
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="type" label={t('appointments.type')} rules={[{ required: true, message: t('form.required') }]}>
              <Select options={appointmentTypes.map((value) => ({ value, label: t(`visitTypes.${value}`) }))} data-testid="crm-book-type" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="departmentCode" label={t('appointments.department')} rules={[{ required: true, message: t('form.required') }]}>
              <Select
                options={clinicalDepartments.map((code) => ({ value: code, label: departmentName(code) }))}
                placeholder={t('appointments.pickDepartment')}
                onChange={() => form.setFieldsValue({ doctorId: undefined, slotStart: undefined })}
                data-testid="crm-book-department"
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="doctorId" label={t('appointments.doctor')} rules={[{ required: true, message: t('form.required') }]}>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                loading={doctorsLoading}
                disabled={!departmentCode}
                placeholder={departmentCode ? t('appointments.pickDoctor') : t('appointments.pickDepartmentFirst')}
                onChange={() => form.setFieldValue('slotStart', undefined)}
                options={doctors
                  .filter((doctor) => doctor.departmentCode === departmentCode)
                  .map((doctor) => ({
                    value: doctor.id,
                    label: doctor.specialities.length ? `${doctor.name}（${doctor.specialities.join('、')}）` : doctor.name,
                  }))}
                data-testid="crm-book-doctor"
              />
            </Form.Item>
          </Col>
          <Col span={24}>
            {doctorId ? (
              <Form.Item name="slotStart" label={t('appointments.slot')} rules={[{ required: true, message: t('appointments.pickSlot') }]}>
                <FreeSlotPicker key={doctorId} doctorId={doctorId} startDay={preset?.day} />
              </Form.Item>
            ) : (
              <Form.Item label={t('appointments.slot')} required>
                <Alert type="info" title={t('appointments.pickDoctorFirst')} data-testid="crm-book-slots-waiting" />
              </Form.Item>
            )}
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
