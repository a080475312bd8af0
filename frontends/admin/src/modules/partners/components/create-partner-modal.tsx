import { useMutation } from '@apollo/client/react';
import { readGraphqlError, uuidRule, useIdempotentSubmit } from '@careline/frontend-shared';
import { Alert, App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreatePartnerOrganisationDocument } from '../graphql/partners.documents.js';

interface PartnerForm {
  name: string;
  keyAccountId: string;
}

/** 新建合作机构: registers one of crm's key accounts as a partner organisation that may hold API keys. */
export function CreatePartnerModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('admin');
  const { message } = App.useApp();
  const [form] = Form.useForm<PartnerForm>();
  const [failure, setFailure] = useState<string | null>(null);
  const [create] = useMutation(CreatePartnerOrganisationDocument, { refetchQueries: ['PartnerOrganisations'] });
  const required = { required: true, whitespace: true, message: t('partners.form.required') };

  const { submit, submitting, changed } = useIdempotentSubmit(async ({ name, keyAccountId }: PartnerForm, idempotencyKey: string) => {
    setFailure(null);
    try {
      await create({ variables: { input: { idempotencyKey, name: name.trim(), keyAccountId: keyAccountId.trim() } } });
      void message.success(t('partners.form.created', { name: name.trim() }));
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
      title={t('partners.form.title')}
      okText={t('actions.create')}
      cancelText={t('actions.cancel')}
      confirmLoading={submitting}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} />}
      <Form<PartnerForm> form={form} layout="vertical" onFinish={submit} onValuesChange={changed} preserve={false}>
        <Form.Item name="name" label={t('partners.form.name')} rules={[required]}>
          <Input maxLength={100} data-testid="admin-partner-name" />
        </Form.Item>
        <Form.Item
          name="keyAccountId"
          label={t('partners.form.keyAccountId')}
          extra={t('partners.form.keyAccountIdHelp')}
          rules={[required, uuidRule(t('partners.form.keyAccountIdInvalid'))]}
        >
          <Input autoComplete="off" data-testid="admin-partner-key-account" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
