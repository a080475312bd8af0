import { uuidRule } from '@careline/frontend-shared';
import { Form, Input, Modal } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useDoctorDirectory, type SavedDoctor } from '../hooks/use-doctor-directory.js';

/** Names a doctor (staff id, name, department) in the desk's directory, or adds one. */
export function DoctorModal({ doctor, onClose }: { doctor: Partial<SavedDoctor> | null; onClose: () => void }) {
  const { t } = useTranslation('crm');
  const { save } = useDoctorDirectory();
  const [form] = Form.useForm<SavedDoctor>();
  useEffect(() => {
    if (doctor) form.setFieldsValue({ id: doctor.id ?? '', name: doctor.name ?? '', departmentCode: doctor.departmentCode ?? '' });
  }, [doctor, form]);
  return (
    <Modal
      open={doctor !== null}
      title={t('doctors.title')}
      onCancel={onClose}
      onOk={() => form.submit()}
      forceRender
      data-testid="crm-doctor-modal"
    >
      <Form<SavedDoctor>
        form={form}
        layout="vertical"
        onFinish={(values) => {
          save({ id: values.id.trim().toLowerCase(), name: values.name.trim(), departmentCode: values.departmentCode.trim() });
          onClose();
        }}
      >
        <Form.Item
          name="id"
          label={t('doctors.id')}
          extra={t('doctors.idHint')}
          rules={[{ required: true, message: t('doctors.idInvalid') }, uuidRule(t('doctors.idInvalid'))]}
        >
          <Input disabled={Boolean(doctor?.id)} data-testid="crm-doctor-id" />
        </Form.Item>
        <Form.Item name="name" label={t('doctors.name')} rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
          <Input data-testid="crm-doctor-name" />
        </Form.Item>
        <Form.Item
          name="departmentCode"
          label={t('appointments.department')}
          rules={[{ required: true, whitespace: true, message: t('form.required') }]}
        >
          <Input placeholder="DENTAL" data-testid="crm-doctor-department" />
        </Form.Item>
      </Form>
      <p style={{ color: '#888', margin: 0 }}>{t('doctors.localNote')}</p>
    </Modal>
  );
}
