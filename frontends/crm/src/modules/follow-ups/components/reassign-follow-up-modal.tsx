import { useMutation } from '@apollo/client/react';
import { readGraphqlError, useIdempotentSubmit } from '@careline/frontend-shared';
import { Alert, Form, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CrmFollowUpTaskFragment as FollowUpTask } from '../../../gql/graphql';
import { ReassignFollowUpDocument } from '../graphql/follow-ups.documents.js';
import { OwnerPicker } from './owner-picker.js';

/** 改派: gives an open task to the person picked by name. */
export function ReassignFollowUpModal({ task, onClose, onDone }: { task: FollowUpTask | null; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation('crm');
  const [form] = Form.useForm<{ assigneeId: string }>();
  const [failure, setFailure] = useState<string | null>(null);
  const [reassign] = useMutation(ReassignFollowUpDocument);
  const { submit, submitting } = useIdempotentSubmit(async (values: { assigneeId: string }) => {
    if (!task) return false;
    setFailure(null);
    try {
      await reassign({ variables: { input: { taskId: task.id, assigneeId: values.assigneeId } } });
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
      title={t('followUps.reassignTitle')}
      okText={t('followUps.reassign')}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'crm-follow-up-reassign-submit' } as never}
      confirmLoading={submitting}
      onCancel={() => {
        form.resetFields();
        setFailure(null);
        onClose();
      }}
      destroyOnHidden
      data-testid="crm-follow-up-reassign-modal"
    >
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} data-testid="crm-follow-up-reassign-error" />}
      <Form form={form} layout="vertical" onFinish={(values) => void submit(values)}>
        <Form.Item name="assigneeId" label={t('followUps.owner')} rules={[{ required: true, message: t('form.required') }]}>
          <OwnerPicker testId="crm-follow-up-reassign-owner" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
