import { useMutation } from '@apollo/client/react';
import { hospitalToday, readGraphqlError, useIdempotentSubmit, useSession } from '@careline/frontend-shared';
import { Alert, DatePicker, Form, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUpType } from '../../../gql/graphql';
import { CustomerPicker } from '../../customers/components/customer-picker.js';
import { CreateFollowUpDocument } from '../graphql/follow-ups.documents.js';
import { OwnerPicker } from './owner-picker.js';

const followUpTypes = [
  'SATISFACTION',
  'NEXT_DAY',
  'POST_TREATMENT',
  'UNCONVERTED',
  'REVISIT_REMINDER',
  'DISCHARGE',
] as const satisfies readonly FollowUpType[];

/** Roles identity lets list staff by name; anyone else creates the task for themselves. */
const pickingRoles = new Set(['OPS_DIRECTOR', 'DEPT_ADMIN']);

interface Values {
  customerId: string;
  type: FollowUpType;
  dueDate: Dayjs;
  assigneeId?: string;
}

/** 新建回访: a hand-made task for a customer, due on a hospital day, owned by the person picked by name (default: me). */
export function CreateFollowUpModal({ open, onClose, onDone }: { open: boolean; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation('crm');
  const { staff } = useSession();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string | null>(null);
  const [create] = useMutation(CreateFollowUpDocument);
  const { submit, submitting } = useIdempotentSubmit(async (values: Values, idempotencyKey: string) => {
    setFailure(null);
    try {
      await create({
        variables: {
          input: {
            idempotencyKey,
            customerId: values.customerId,
            type: values.type,
            dueDate: values.dueDate.format('YYYY-MM-DD'),
            assigneeId: values.assigneeId ?? null,
          },
        },
      });
      form.resetFields();
      onDone();
      return true;
    } catch (error) {
      setFailure(readGraphqlError(error).message);
      return false;
    }
  });
  return (
    <Modal
      open={open}
      title={t('followUps.createTitle')}
      okText={t('followUps.create')}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'crm-follow-up-create-submit' } as never}
      confirmLoading={submitting}
      onCancel={() => {
        form.resetFields();
        setFailure(null);
        onClose();
      }}
      destroyOnHidden
      data-testid="crm-follow-up-create-modal"
    >
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} data-testid="crm-follow-up-create-error" />}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ type: 'SATISFACTION', dueDate: dayjs(hospitalToday(), 'YYYY-MM-DD') }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item name="customerId" label={t('followUps.customer')} rules={[{ required: true, message: t('form.required') }]}>
          <CustomerPicker testId="crm-follow-up-create-customer" />
        </Form.Item>
        <Form.Item name="type" label={t('followUps.type')} rules={[{ required: true, message: t('form.required') }]}>
          <Select
            options={followUpTypes.map((type) => ({ value: type, label: t(`followUpTypes.${type}`) }))}
            data-testid="crm-follow-up-create-type"
          />
        </Form.Item>
        <Form.Item name="dueDate" label={t('followUps.dueDate')} rules={[{ required: true, message: t('form.required') }]}>
          <DatePicker format="YYYY-MM-DD" data-testid="crm-follow-up-create-due" />
        </Form.Item>
        {pickingRoles.has(staff?.role ?? '') && (
          <Form.Item name="assigneeId" label={t('followUps.owner')} extra={t('followUps.ownerDefault')}>
            <OwnerPicker testId="crm-follow-up-create-owner" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
