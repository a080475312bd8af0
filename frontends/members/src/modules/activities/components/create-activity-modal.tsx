import { useMutation } from '@apollo/client/react';
import { readGraphqlError, yuanToFen, useIdempotentSubmit } from '@careline/frontend-shared';
import { Alert, App, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toHospitalInstant } from '../../common/utils/hospital-wall-clock.js';
import { useTiers } from '../../membership/hooks/use-tiers.js';
import type { ActivityKind } from '../../../gql/graphql';
import { activityKinds, CreateActivityDocument } from '../graphql/activities.documents.js';

interface ActivityValues {
  title: string;
  description?: string;
  kind: ActivityKind;
  period: [Dayjs, Dayjs];
  targetTiers: string[];
  capacity: number;
  budget: string;
}

/** 新建活动: title, kind, when (hospital time), the tiers it is for, capacity and budget (yuan). */
export function CreateActivityModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('members');
  const { message } = App.useApp();
  const tiers = useTiers();
  const [form] = Form.useForm<ActivityValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const [create] = useMutation(CreateActivityDocument, { refetchQueries: ['Activities'] });
  const required = { required: true, message: t('form.required') };
  const { submit, submitting, changed } = useIdempotentSubmit(async (values: ActivityValues, idempotencyKey: string) => {
    setFailure(null);
    const budgetFen = yuanToFen(values.budget);
    if (budgetFen === null) {
      setFailure(t('form.amountInvalid'));
      return false;
    }
    try {
      const [startsAt, endsAt] = values.period;
      const { data } = await create({
        variables: {
          input: {
            idempotencyKey,
            title: values.title.trim(),
            description: values.description?.trim() || null,
            kind: values.kind,
            startsAt: toHospitalInstant(startsAt),
            endsAt: toHospitalInstant(endsAt),
            targetTiers: values.targetTiers,
            capacity: values.capacity,
            budgetFen,
          },
        },
      });
      void message.success(t('activities.created', { title: data?.createActivity.title ?? values.title }));
      form.resetFields();
      onClose();
      return true;
    } catch (error) {
      setFailure(readGraphqlError(error).message);
      return false;
    }
  });
  return (
    <Modal
      open={open}
      title={t('activities.create')}
      okText={t('actions.create')}
      cancelText={t('actions.cancel')}
      confirmLoading={submitting}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={640}
      data-testid="members-activity-create-modal"
    >
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} />}
      <Form<ActivityValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        onValuesChange={changed}
        initialValues={{ kind: 'LECTURE', targetTiers: tiers.options.map((tier) => tier.value), capacity: 50, budget: '0' }}
        preserve={false}
      >
        <Form.Item name="title" label={t('activities.columns.title')} rules={[{ ...required, whitespace: true }]}>
          <Input maxLength={100} data-testid="members-activity-title" />
        </Form.Item>
        <Form.Item name="description" label={t('activities.description')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <Form.Item name="kind" label={t('activities.columns.kind')} rules={[required]}>
          <Select options={activityKinds.map((kind) => ({ value: kind, label: t(`activities.kinds.${kind}`) }))} />
        </Form.Item>
        <Form.Item name="period" label={t('activities.columns.period')} extra={t('form.hospitalTime')} rules={[required]}>
          <DatePicker.RangePicker showTime format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="targetTiers" label={t('activities.columns.targetTiers')} rules={[required]}>
          <Select mode="multiple" options={tiers.options} />
        </Form.Item>
        <Form.Item name="capacity" label={t('activities.columns.capacity')} rules={[required]}>
          <InputNumber min={1} max={100000} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="budget" label={t('activities.columns.budget')} rules={[required]}>
          <InputNumber<string> stringMode min="0" precision={2} prefix="¥" style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
