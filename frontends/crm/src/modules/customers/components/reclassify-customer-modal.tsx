import { useMutation } from '@apollo/client/react';
import { readGraphqlError, useHospitalTime, useIdempotentSubmit } from '@careline/frontend-shared';
import { Alert, Divider, Empty, Form, Input, Modal, Radio, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReclassifyCustomerDocument } from '../graphql/customer-admin.documents.js';
import type { Customer360Fragment as Customer360 } from '../../../gql/graphql';
import type { CustomerClass } from '../../../gql/graphql';
import { customerClasses } from '../graphql/customers.documents.js';

interface Values {
  customerClass: CustomerClass;
  reason: string;
  hiddenNeeds: string;
}

/** Who changed the class, when (hospital time), from what to what, and why; newest first. */
export function ClassHistory({ history, testId }: { history: Customer360['classHistory']; testId: string }) {
  const { t } = useTranslation('crm');
  const hospitalTime = useHospitalTime();
  if (history.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('c360.noClassHistory')} data-testid={`${testId}-empty`} />;
  return (
    <Timeline
      data-testid={testId}
      items={history.map((change) => ({
        key: change.id,
        children: (
          <div data-testid={`${testId}-item`}>
            <Typography.Text strong>
              {change.fromClass ?? t('customer.unclassified')} → {change.toClass}
            </Typography.Text>
            <div>{change.reason}</div>
            <Typography.Text type="secondary">
              {hospitalTime(change.changedAt)} · {change.changedByName ?? t('reclassify.unknownStaff')}
            </Typography.Text>
          </div>
        ),
      }))}
    />
  );
}

/** 重新分类: A / B / C with the reason (required, kept in the history) and the hidden-needs note. */
export function ReclassifyCustomerModal({
  customer,
  open,
  onClose,
  onSaved,
}: {
  customer: Customer360;
  open: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation('crm');
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string | null>(null);
  const [reclassify] = useMutation(ReclassifyCustomerDocument);
  const { submit, submitting, changed } = useIdempotentSubmit(async (values: Values) => {
    setFailure(null);
    const note = values.hiddenNeeds.trim();
    try {
      await reclassify({
        variables: {
          input: {
            customerId: customer.id,
            customerClass: values.customerClass,
            reason: values.reason.trim(),
            // omitted keeps the current note
            ...(note !== (customer.hiddenNeeds ?? '') ? { hiddenNeeds: note || null } : {}),
          },
        },
      });
      form.resetFields();
      onSaved();
      return true;
    } catch (error) {
      setFailure(readGraphqlError(error).message);
      return false;
    }
  });
  return (
    <Modal
      open={open}
      title={t('reclassify.title', { name: customer.name })}
      okText={t('reclassify.submit')}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'crm-reclassify-submit' } as never}
      confirmLoading={submitting}
      onCancel={() => {
        setFailure(null);
        onClose();
      }}
      destroyOnHidden
      data-testid="crm-reclassify-modal"
    >
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} data-testid="crm-reclassify-failure" />}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ customerClass: customer.customerClass ?? undefined, reason: '', hiddenNeeds: customer.hiddenNeeds ?? '' }}
        onValuesChange={changed}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item label={t('reclassify.current')}>
          <Typography.Text>{customer.customerClass ? t(`classes.${customer.customerClass}`) : t('customer.unclassified')}</Typography.Text>
        </Form.Item>
        <Form.Item name="customerClass" label={t('reclassify.newClass')} rules={[{ required: true, message: t('form.required') }]}>
          <Radio.Group
            optionType="button"
            options={customerClasses.map((value) => ({ value, label: t(`classes.${value}`) }))}
            data-testid="crm-reclassify-class"
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('reclassify.reason')}
          rules={[{ required: true, whitespace: true, message: t('reclassify.reasonRequired') }, { max: 500 }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} data-testid="crm-reclassify-reason" />
        </Form.Item>
        <Form.Item name="hiddenNeeds" label={t('customer.hiddenNeeds')} rules={[{ max: 500 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} data-testid="crm-reclassify-hidden-needs" />
        </Form.Item>
      </Form>
      <Divider>{t('c360.classHistory')}</Divider>
      <ClassHistory history={customer.classHistory} testId="crm-reclassify-history" />
    </Modal>
  );
}
