import { useMutation, useQuery } from '@apollo/client/react';
import { PageLoading, QueryError, readGraphqlError, useHospitalTime, useDepartmentName } from '@careline/frontend-shared';
import { Alert, Button, Flex, Form, Input, InputNumber, Modal, Radio, Select, Switch, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDepartmentOptions } from '../../common/hooks/use-department-options.js';
import { messageChannels, ReminderRulesDocument, SetReminderRuleDocument } from '../graphql/messages.documents.js';
import type {
  CrmMessageTemplateFragment as MessageTemplate,
  CrmReminderRuleFragment as ReminderRule,
  MessageChannel,
} from '../../../gql/graphql';

interface Values {
  departmentCode: string;
  enabled: boolean;
  daysBefore: number;
  sendAt: string;
  templateId: string;
  channel: MessageChannel;
  quietStart?: string;
  quietEnd?: string;
}

const clock = /^([01]\d|2[0-3]):[0-5]\d$/;

/** 预约提醒规则: per department, when the reminder goes, with which template and channel, and quiet hours. */
export function ReminderRules({ templates }: { templates: MessageTemplate[] }) {
  const { t } = useTranslation('crm');
  const departmentName = useDepartmentName();
  const hospitalTime = useHospitalTime();
  const { data, error, refetch } = useQuery(ReminderRulesDocument);
  const [editing, setEditing] = useState<ReminderRule | 'new' | null>(null);
  const reminderTemplates = templates.filter((template) => template.kind === 'APPOINTMENT_REMINDER');
  const titleOf = (id: string) => templates.find((template) => template.id === id)?.title ?? t('reminders.unknownTemplate');
  if (error && !data?.reminderRules)
    return <QueryError error={error} title={t('reminders.error')} onRetry={() => void refetch()} testId="crm-reminder-rules-error" />;
  if (!data?.reminderRules) return <PageLoading testId="crm-reminder-rules-loading" />;
  const columns: ColumnsType<ReminderRule> = [
    { title: t('reminders.department'), dataIndex: 'departmentCode', render: (value: string) => departmentName(value) },
    {
      title: t('reminders.enabled'),
      dataIndex: 'enabled',
      render: (value: boolean) => <Tag color={value ? 'green' : 'default'}>{value ? t('reminders.on') : t('reminders.off')}</Tag>,
    },
    {
      title: t('reminders.when'),
      key: 'when',
      render: (_, rule) => t('reminders.whenValue', { count: rule.daysBefore, time: rule.sendAt }),
    },
    { title: t('reminders.template'), dataIndex: 'templateId', render: (value: string) => titleOf(value) },
    { title: t('messages.channel'), dataIndex: 'channel', render: (value: MessageChannel) => t(`messageChannels.${value}`) },
    {
      title: t('reminders.quietHours'),
      key: 'quiet',
      render: (_, rule) => (rule.quietStart && rule.quietEnd ? `${rule.quietStart}–${rule.quietEnd}` : t('reminders.noQuietHours')),
    },
    { title: t('reminders.updatedAt'), dataIndex: 'updatedAt', render: (value: string) => hospitalTime(value).slice(0, 16) },
    {
      title: t('reminders.actions'),
      key: 'actions',
      render: (_, rule) => (
        <Button size="small" onClick={() => setEditing(rule)} data-testid={`crm-reminder-rule-edit-${rule.departmentCode}`}>
          {t('reminders.edit')}
        </Button>
      ),
    },
  ];
  return (
    <Flex vertical gap={12}>
      <Typography.Paragraph type="secondary">{t('reminders.hint')}</Typography.Paragraph>
      <div>
        <Button type="primary" onClick={() => setEditing('new')} data-testid="crm-reminder-rule-new" disabled={!reminderTemplates.length}>
          {t('reminders.new')}
        </Button>
      </div>
      <Table<ReminderRule>
        rowKey="departmentCode"
        size="middle"
        columns={columns}
        dataSource={data.reminderRules}
        pagination={false}
        locale={{ emptyText: t('reminders.empty') }}
        data-testid="crm-reminder-rules"
      />
      {editing && (
        <RuleModal
          rule={editing === 'new' ? null : editing}
          templates={reminderTemplates}
          onClose={() => {
            setEditing(null);
            void refetch();
          }}
        />
      )}
    </Flex>
  );
}

function RuleModal({ rule, templates, onClose }: { rule: ReminderRule | null; templates: MessageTemplate[]; onClose: () => void }) {
  const { t } = useTranslation('crm');
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string | null>(null);
  const [save, saving] = useMutation(SetReminderRuleDocument);
  const departmentName = useDepartmentName();
  const departmentOptions = useDepartmentOptions();
  const submit = async (values: Values) => {
    setFailure(null);
    try {
      await save({
        variables: {
          input: {
            departmentCode: values.departmentCode,
            enabled: values.enabled,
            daysBefore: values.daysBefore,
            sendAt: values.sendAt.trim(),
            templateId: values.templateId,
            channel: values.channel,
            quietStart: values.quietStart?.trim() || null,
            quietEnd: values.quietEnd?.trim() || null,
          },
        },
      });
      onClose();
    } catch (error) {
      setFailure(readGraphqlError(error).message);
    }
  };
  const optionalClock = { pattern: clock, message: t('reminders.clockInvalid') };
  return (
    <Modal
      open
      title={rule ? t('reminders.editTitle', { department: departmentName(rule.departmentCode) }) : t('reminders.new')}
      okText={t('complaints.confirm')}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'crm-reminder-rule-submit' } as never}
      confirmLoading={saving.loading}
      onCancel={onClose}
      destroyOnHidden
    >
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 12 }} data-testid="crm-reminder-rule-error" />}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(values) => void submit(values)}
        initialValues={{
          departmentCode: rule?.departmentCode,
          enabled: rule?.enabled ?? true,
          daysBefore: rule?.daysBefore ?? 1,
          sendAt: rule?.sendAt ?? '18:00',
          templateId: rule?.templateId ?? templates[0]?.id,
          channel: rule?.channel ?? 'SMS',
          quietStart: rule?.quietStart ?? '21:00',
          quietEnd: rule?.quietEnd ?? '08:00',
        }}
      >
        <Form.Item name="departmentCode" label={t('reminders.department')} rules={[{ required: true, message: t('form.required') }]}>
          <Select
            disabled={Boolean(rule)}
            showSearch={{ optionFilterProp: 'label' }}
            options={departmentOptions}
            data-testid="crm-reminder-rule-department"
          />
        </Form.Item>
        <Form.Item name="enabled" label={t('reminders.enabled')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Flex gap={12}>
          <Form.Item name="daysBefore" label={t('reminders.daysBefore')} rules={[{ required: true }]}>
            <InputNumber min={0} max={7} precision={0} data-testid="crm-reminder-rule-days" />
          </Form.Item>
          <Form.Item
            name="sendAt"
            label={t('reminders.sendAt')}
            rules={[{ required: true, message: t('reminders.clockInvalid') }, optionalClock]}
          >
            <Input placeholder="18:00" style={{ width: 100 }} data-testid="crm-reminder-rule-send-at" />
          </Form.Item>
        </Flex>
        <Form.Item name="templateId" label={t('reminders.template')} rules={[{ required: true }]}>
          <Select options={templates.map((template) => ({ value: template.id, label: template.title }))} />
        </Form.Item>
        <Form.Item name="channel" label={t('messages.channel')}>
          <Radio.Group options={messageChannels.map((channel) => ({ value: channel, label: t(`messageChannels.${channel}`) }))} />
        </Form.Item>
        <Flex gap={12}>
          <Form.Item name="quietStart" label={t('reminders.quietStart')} rules={[optionalClock]}>
            <Input placeholder="21:00" style={{ width: 100 }} />
          </Form.Item>
          <Form.Item name="quietEnd" label={t('reminders.quietEnd')} rules={[optionalClock]}>
            <Input placeholder="08:00" style={{ width: 100 }} />
          </Form.Item>
        </Flex>
      </Form>
    </Modal>
  );
}
