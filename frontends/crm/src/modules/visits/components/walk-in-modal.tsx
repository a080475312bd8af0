import { useMutation, useQuery } from '@apollo/client/react';
import { readGraphqlError, useDepartmentName, useIdempotentSubmit } from '@careline/frontend-shared';
import { Alert, Checkbox, Col, Form, Modal, Row, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCrmPath } from '../../../app/use-crm-path.js';
import { StaffName } from '../../common/components/staff-name.js';
import { CustomerPicker } from '../../customers/components/customer-picker.js';
import type { AppointmentType, CrmVisitFragment as Visit } from '../../../gql/graphql';
import { appointmentTypes, DutyRosterDocument } from '../../appointments/graphql/appointments.documents.js';
import { useDoctors } from '../../appointments/hooks/use-doctors.js';
import { RegisterVisitDocument } from '../graphql/visits.documents.js';

interface Values {
  customerId: string;
  type: AppointmentType;
  departmentCode: string;
  doctorId?: string | null;
  designatedDoctor: boolean;
  onsiteConsultantId?: string | null;
}

/**
 * 散客登记: a walk-in's arrival — the customer (found by name, pinyin, initials or phone), visit type,
 * department, doctor with the 指定 mark, and the on-site consultant from today's duty roster.
 */
export function WalkInModal({
  open,
  day,
  onClose,
  onRegistered,
}: {
  open: boolean;
  day: string;
  onClose: () => void;
  onRegistered: (visit: Visit) => void;
}) {
  const { t } = useTranslation('crm');
  const path = useCrmPath();
  const departmentName = useDepartmentName();
  const { doctors, clinicalDepartments } = useDoctors();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string | null>(null);
  const roster = useQuery(DutyRosterDocument, { variables: { day }, skip: !open, fetchPolicy: 'cache-and-network' });
  const consultants = roster.data?.dutyRoster?.consultants ?? [];
  const [register] = useMutation(RegisterVisitDocument);

  useEffect(() => {
    if (open) setFailure(null);
  }, [open]);

  const { submit, submitting, changed } = useIdempotentSubmit(async (values: Values, idempotencyKey: string) => {
    setFailure(null);
    try {
      const { data } = await register({
        variables: {
          input: {
            idempotencyKey,
            customerId: values.customerId,
            type: values.type,
            departmentCode: values.departmentCode,
            doctorId: values.doctorId ?? null,
            designatedDoctor: Boolean(values.doctorId) && values.designatedDoctor,
            onsiteConsultantId: values.onsiteConsultantId ?? null,
          },
        },
      });
      if (!data) return false;
      form.resetFields();
      onRegistered(data.registerVisit);
      return true;
    } catch (error) {
      setFailure(readGraphqlError(error).message);
      return false;
    }
  });

  return (
    <Modal
      open={open}
      title={t('walkIn.title')}
      okText={t('walkIn.submit')}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'crm-walk-in-submit' } as never}
      confirmLoading={submitting}
      onCancel={onClose}
      width={640}
      forceRender
      data-testid="crm-walk-in-modal"
    >
      {failure && (
        <Alert
          type="error"
          showIcon
          title={t('walkIn.failed')}
          description={failure}
          style={{ marginBottom: 12 }}
          data-testid="crm-walk-in-error"
        />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ type: 'EXPERT', designatedDoctor: false }}
        onFinish={(values) => void submit(values)}
        onValuesChange={(change: Partial<Values>) => {
          changed();
          // a doctor brings their department
          if (change.doctorId) {
            const department = doctors.find((doctor) => doctor.id === change.doctorId)?.departmentCode;
            if (department) form.setFieldValue('departmentCode', department);
          }
        }}
      >
        <Form.Item
          name="customerId"
          label={t('walkIn.customer')}
          rules={[{ required: true, message: t('form.required') }]}
          extra={
            <>
              {t('walkIn.customerHint')} <Link to={path('customers/new')}>{t('walkIn.newCustomer')}</Link>
            </>
          }
        >
          <CustomerPicker testId="crm-walk-in-customer" />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="type" label={t('walkIn.type')} rules={[{ required: true, message: t('form.required') }]}>
              <Select
                options={appointmentTypes.map((value) => ({ value, label: t(`visitTypes.${value}`) }))}
                data-testid="crm-walk-in-type"
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="departmentCode"
              label={t('walkIn.department')}
              rules={[{ required: true, whitespace: true, message: t('form.required') }]}
            >
              <Select
                options={clinicalDepartments.map((code) => ({ value: code, label: departmentName(code) }))}
                data-testid="crm-walk-in-department"
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="doctorId" label={t('walkIn.doctor')}>
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                options={doctors.map((doctor) => ({
                  value: doctor.id,
                  label: `${doctor.name} · ${departmentName(doctor.departmentCode)}`,
                }))}
                data-testid="crm-walk-in-doctor"
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="onsiteConsultantId"
              label={t('walkIn.consultant')}
              extra={consultants.length > 0 ? t('walkIn.consultantHint') : t('walkIn.noRoster')}
            >
              <Select
                allowClear
                loading={roster.loading}
                options={consultants.map((consultant) => ({
                  value: consultant.id,
                  label: <StaffName id={consultant.id} staff={consultant} />,
                }))}
                data-testid="crm-walk-in-consultant"
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="designatedDoctor" valuePropName="checked">
          <Checkbox data-testid="crm-walk-in-designated">{t('walkIn.designated')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
