import { useMutation } from '@apollo/client/react';
import { readGraphqlError, hospitalInstant } from '@careline/frontend-shared';
import { Alert, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateApiKeyDocument } from '../graphql/partners.documents.js';
import { suggestedScopes } from '../utils/suggested-scopes.js';

interface ApiKeyForm {
  name: string;
  scopes: string[];
  expiresOn?: Dayjs | null;
}

/**
 * 新建 API 密钥: name, scopes and an optional expiry date (the key stops at the end of that day, hospital
 * time). The secret comes back once, handed to `onCreated` for the secret dialog.
 */
export function CreateApiKeyModal({
  partnerId,
  open,
  onClose,
  onCreated,
}: {
  partnerId: string;
  open: boolean;
  onClose: () => void;
  onCreated: (secret: string) => void;
}) {
  const { t } = useTranslation('admin');
  const [form] = Form.useForm<ApiKeyForm>();
  const [failure, setFailure] = useState<string | null>(null);
  const [create, { loading }] = useMutation(CreateApiKeyDocument, { refetchQueries: ['ApiKeys'] });

  const submit = async ({ name, scopes, expiresOn }: ApiKeyForm) => {
    setFailure(null);
    try {
      const expiresAt = expiresOn ? hospitalInstant(expiresOn.add(1, 'day').format('YYYY-MM-DD')) : null;
      const { data } = await create({ variables: { input: { partnerId, name: name.trim(), scopes, expiresAt } } });
      if (data) onCreated(data.createApiKey.secret);
    } catch (error) {
      setFailure(readGraphqlError(error).message);
    }
  };

  return (
    <Modal
      open={open}
      title={t('apiKeys.form.title')}
      okText={t('actions.create')}
      cancelText={t('actions.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      data-testid="admin-create-api-key-modal"
    >
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} />}
      <Form<ApiKeyForm> form={form} layout="vertical" onFinish={submit} preserve={false} initialValues={{ scopes: [] }}>
        <Form.Item
          name="name"
          label={t('apiKeys.form.name')}
          rules={[{ required: true, whitespace: true, message: t('apiKeys.form.required') }]}
        >
          <Input maxLength={100} placeholder={t('apiKeys.form.namePlaceholder')} data-testid="admin-api-key-name" />
        </Form.Item>
        <Form.Item
          name="scopes"
          label={t('apiKeys.form.scopes')}
          extra={t('apiKeys.form.scopesHelp')}
          rules={[{ required: true, type: 'array', min: 1, message: t('apiKeys.form.required') }]}
        >
          <Select
            mode="tags"
            options={suggestedScopes.map((scope) => ({ value: scope, label: scope }))}
            data-testid="admin-api-key-scopes"
          />
        </Form.Item>
        <Form.Item name="expiresOn" label={t('apiKeys.form.expiresAt')} extra={t('apiKeys.form.expiresAtHelp')}>
          <DatePicker disabledDate={(date) => date.isBefore(dayjs(), 'day')} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
