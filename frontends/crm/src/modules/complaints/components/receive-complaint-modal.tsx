import { useMutation } from '@apollo/client/react';
import { readGraphqlError, useIdempotentSubmit } from '@careline/frontend-shared';
import { Alert, Form, Input, Modal, Radio, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplaintCategory, ComplaintKind, ComplaintSeverity, SourceChannel } from '../../../gql/graphql';
import { useDepartmentOptions } from '../../common/hooks/use-department-options.js';
import { sourceChannels } from '../../customers/graphql/customers.documents.js';
import { complaintCategories, complaintKinds, complaintSeverities, ReceiveComplaintDocument } from '../graphql/complaints.documents.js';

interface Values {
  kind: ComplaintKind;
  channel: SourceChannel;
  category: ComplaintCategory;
  severity: ComplaintSeverity;
  description: string;
  departmentCode?: string;
}

/** 受理投诉 / 建议, for a customer (from 客户360) or for nobody in particular. */
export function ReceiveComplaintModal({
  open,
  customerId = null,
  onClose,
  onDone,
}: {
  open: boolean;
  customerId?: string | null;
  onClose: () => void;
  onDone: (complaintId: string) => void;
}) {
  const { t } = useTranslation('crm');
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string | null>(null);
  const [receive] = useMutation(ReceiveComplaintDocument);
  const departmentOptions = useDepartmentOptions();
  const { submit, submitting } = useIdempotentSubmit(async (values: Values, idempotencyKey: string) => {
    setFailure(null);
    try {
      const { data } = await receive({
        variables: {
          input: {
            idempotencyKey,
            kind: values.kind,
            customerId,
            channel: values.channel,
            category: values.category,
            severity: values.severity,
            description: values.description.trim(),
            departmentCode: values.departmentCode ?? null,
          },
        },
      });
      if (!data) return false;
      form.resetFields();
      onDone(data.receiveComplaint.id);
      return true;
    } catch (error) {
      setFailure(readGraphqlError(error).message);
      return false;
    }
  });
  return (
    <Modal
      open={open}
      title={t('complaints.receive')}
      okText={t('complaints.confirm')}
      onOk={() => form.submit()}
      confirmLoading={submitting}
      onCancel={() => {
        form.resetFields();
        setFailure(null);
        onClose();
      }}
      destroyOnHidden
      data-testid="crm-complaint-receive-modal"
    >
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'COMPLAINT', channel: 'PHONE', severity: 'MEDIUM' }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item name="kind" label={t('complaints.kind')}>
          <Radio.Group optionType="button" options={complaintKinds.map((value) => ({ value, label: t(`complaintKinds.${value}`) }))} />
        </Form.Item>
        <Form.Item name="channel" label={t('customer.channel')} rules={[{ required: true, message: t('form.required') }]}>
          <Select options={sourceChannels.map((value) => ({ value, label: t(`channels.${value}`) }))} />
        </Form.Item>
        <Form.Item name="category" label={t('complaints.category')} rules={[{ required: true, message: t('form.required') }]}>
          <Select
            options={complaintCategories.map((value) => ({ value, label: t(`complaintCategories.${value}`) }))}
            data-testid="crm-complaint-receive-category"
          />
        </Form.Item>
        <Form.Item name="severity" label={t('complaints.severity')} rules={[{ required: true, message: t('form.required') }]}>
          <Radio.Group
            optionType="button"
            options={complaintSeverities.map((value) => ({
              value,
              label: <span data-testid={`crm-complaint-receive-severity-${value}`}>{t(`severities.${value}`)}</span>,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('complaints.description')}
          rules={[{ required: true, whitespace: true, message: t('form.required') }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 6 }} data-testid="crm-complaint-receive-description" />
        </Form.Item>
        <Form.Item name="departmentCode" label={t('complaints.department')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={departmentOptions}
            data-testid="crm-complaint-receive-department"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
