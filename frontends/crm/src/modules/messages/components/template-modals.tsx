import { useMutation } from '@apollo/client/react';
import { readGraphqlError, useIdempotentSubmit } from '@careline/frontend-shared';
import { Alert, Card, Form, Input, Modal, Radio, Select, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CreateMessageTemplateDocument,
  messageChannels,
  MessageTemplatesDocument,
  templateKinds,
  UpdateMessageTemplateDocument,
} from '../graphql/messages.documents.js';
import type { CrmMessageTemplateFragment as MessageTemplate, MessageChannel, TemplateKind } from '../../../gql/graphql';
import { TemplatePreview } from './template-preview.js';

interface Values {
  code: string;
  kind: TemplateKind;
  channel: MessageChannel;
  title: string;
  body: string;
  holidayDate?: string;
  active: boolean;
}

const holidayPattern = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** 新建 / 编辑模板: code and kind are fixed once created; a holiday template needs its MM-DD. */
export function TemplateModal({ open, template, onClose }: { open: boolean; template: MessageTemplate | null; onClose: () => void }) {
  const { t } = useTranslation('crm');
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string | null>(null);
  const [create] = useMutation(CreateMessageTemplateDocument, { refetchQueries: [{ query: MessageTemplatesDocument }] });
  const [update] = useMutation(UpdateMessageTemplateDocument);
  const kind = Form.useWatch('kind', form) ?? template?.kind;
  const title = Form.useWatch('title', form) ?? '';
  const body = Form.useWatch('body', form) ?? '';
  const { submit, submitting, changed } = useIdempotentSubmit(async (values: Values) => {
    setFailure(null);
    try {
      const holidayDate = kind === 'HOLIDAY' ? values.holidayDate?.trim() || null : null;
      if (template) {
        await update({
          variables: {
            id: template.id,
            input: { title: values.title.trim(), body: values.body.trim(), holidayDate, active: values.active },
          },
        });
      } else {
        await create({
          variables: {
            input: {
              code: values.code.trim().toUpperCase(),
              kind: values.kind,
              channel: values.channel,
              title: values.title.trim(),
              body: values.body.trim(),
              holidayDate,
            },
          },
        });
      }
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
      width={720}
      title={template ? t('messages.editTemplate', { code: template.code }) : t('messages.newTemplate')}
      okText={t('complaints.confirm')}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'crm-msg-template-submit' } as never}
      confirmLoading={submitting}
      onCancel={() => {
        setFailure(null);
        onClose();
      }}
      destroyOnHidden
      data-testid="crm-msg-template-modal"
    >
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} data-testid="crm-msg-template-failure" />}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={
          template
            ? {
                code: template.code,
                kind: template.kind,
                channel: template.channel,
                title: template.title,
                body: template.body,
                holidayDate: template.holidayDate ?? '',
                active: template.active,
              }
            : { kind: 'CAMPAIGN', channel: 'SMS', active: true, body: '{{name}}，' }
        }
        onValuesChange={changed}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          name="code"
          label={t('messages.code')}
          extra={t('messages.codeHint')}
          rules={[
            { required: true, message: t('form.required') },
            { pattern: /^[A-Za-z0-9_]{2,50}$/, message: t('messages.codeInvalid') },
          ]}
        >
          <Input disabled={Boolean(template)} data-testid="crm-msg-template-code" />
        </Form.Item>
        <Form.Item name="kind" label={t('messages.kind')}>
          <Radio.Group
            disabled={Boolean(template)}
            optionType="button"
            options={templateKinds.map((value) => ({ value, label: t(`templateKinds.${value}`) }))}
          />
        </Form.Item>
        <Form.Item name="channel" label={t('messages.channel')}>
          <Select
            disabled={Boolean(template)}
            options={messageChannels.map((value) => ({ value, label: t(`messageChannels.${value}`) }))}
            style={{ width: 160 }}
          />
        </Form.Item>
        {kind === 'HOLIDAY' && (
          <Form.Item
            name="holidayDate"
            label={t('messages.holidayDate')}
            rules={[
              { required: true, message: t('form.required') },
              { pattern: holidayPattern, message: t('messages.holidayInvalid') },
            ]}
          >
            <Input placeholder="10-01" style={{ width: 120 }} />
          </Form.Item>
        )}
        <Form.Item name="title" label={t('messages.title')} rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
          <Input data-testid="crm-msg-template-title" />
        </Form.Item>
        <Form.Item
          name="body"
          label={t('messages.body')}
          extra={t('messages.bodyHint')}
          rules={[{ required: true, whitespace: true, message: t('form.required') }, { max: 1000 }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} showCount maxLength={1000} data-testid="crm-msg-template-body" />
        </Form.Item>
        {template && (
          <Form.Item name="active" label={t('messages.active')} valuePropName="checked" extra={t('messages.activeHint')}>
            <Switch />
          </Form.Item>
        )}
      </Form>
      <Card size="small" title={t('messages.preview')}>
        <TemplatePreview title={title} body={body} testId="crm-msg-template-preview" />
        <Typography.Text type="secondary">{t('messages.previewHint')}</Typography.Text>
      </Card>
    </Modal>
  );
}
