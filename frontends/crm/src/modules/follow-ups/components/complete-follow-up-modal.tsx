import { useMutation } from '@apollo/client/react';
import { readGraphqlError, useIdempotentSubmit } from '@careline/frontend-shared';
import { Alert, Form, Input, Modal, Rate, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CrmFollowUpTaskFragment as FollowUpTask } from '../../../gql/graphql';
import { CompleteFollowUpDocument } from '../graphql/follow-ups.documents.js';

interface Values {
  result: string;
  satisfaction?: number;
  newNeedFound: boolean;
  newNeed?: string;
}

/** Records a follow-up's result, satisfaction (1–5) and any new need found. */
export function CompleteFollowUpModal({ task, onClose, onDone }: { task: FollowUpTask | null; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation('crm');
  const [form] = Form.useForm<Values>();
  const newNeedFound = Form.useWatch('newNeedFound', form);
  const [failure, setFailure] = useState<string | null>(null);
  const [complete] = useMutation(CompleteFollowUpDocument);
  const { submit, submitting } = useIdempotentSubmit(async (values: Values) => {
    if (!task) return false;
    setFailure(null);
    try {
      await complete({
        variables: {
          input: {
            taskId: task.id,
            result: values.result.trim(),
            satisfaction: values.satisfaction ? values.satisfaction : null,
            newNeedFound: values.newNeedFound,
            newNeed: values.newNeedFound ? (values.newNeed?.trim() ?? null) : null,
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
      open={task !== null}
      title={t('followUps.completeTitle')}
      okText={t('followUps.complete')}
      onOk={() => form.submit()}
      confirmLoading={submitting}
      onCancel={() => {
        form.resetFields();
        setFailure(null);
        onClose();
      }}
      destroyOnHidden
      data-testid="crm-follow-up-complete-modal"
    >
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
      <Form<Values> form={form} layout="vertical" initialValues={{ newNeedFound: false }} onFinish={(values) => void submit(values)}>
        <Form.Item name="result" label={t('followUps.result')} rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
          <Input.TextArea autoFocus autoSize={{ minRows: 3, maxRows: 6 }} data-testid="crm-follow-up-result" />
        </Form.Item>
        <Form.Item name="satisfaction" label={t('followUps.satisfaction')}>
          <Rate />
        </Form.Item>
        <Form.Item name="newNeedFound" label={t('followUps.newNeedFound')} valuePropName="checked">
          <Switch />
        </Form.Item>
        {newNeedFound && (
          <Form.Item
            name="newNeed"
            label={t('followUps.newNeed')}
            rules={[{ required: true, whitespace: true, message: t('form.required') }]}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
