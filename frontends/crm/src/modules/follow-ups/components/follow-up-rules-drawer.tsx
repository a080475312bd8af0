import { useMutation, useQuery } from '@apollo/client/react';
import { PageEmpty, PageLoading, QueryError, readGraphqlError, useDepartmentName } from '@careline/frontend-shared';
import { Alert, Button, Drawer, Form, Input, InputNumber, Modal, Select, Space, Switch, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  AppointmentType,
  CrmFollowUpRuleFragment as FollowUpRule,
  FollowUpAssignment,
  FollowUpChannel,
  FollowUpTrigger,
  FollowUpType,
} from '../../../gql/graphql';
import {
  consultationOutcomes,
  followUpTriggers,
  FollowUpRulesDocument,
  ruleAssignments,
  ruleChannels,
  ruleDepartments,
  ruleFollowUpTypes,
  ruleVisitTypes,
  SaveFollowUpRuleDocument,
  visitOutcomes,
} from '../graphql/follow-up-rules.documents.js';

interface Values {
  name: string;
  trigger: FollowUpTrigger;
  visitType?: AppointmentType;
  outcome: string;
  offsetDays: number;
  type: FollowUpType;
  channel: FollowUpChannel;
  departmentCode: string;
  assignTo: FollowUpAssignment;
  active: boolean;
}

/** A rule's outcome in words: VISIT's deal outcome or CONSULTATION's outcome. */
function useOutcomeName() {
  const { t } = useTranslation('crm');
  return (trigger: FollowUpTrigger, outcome: string) =>
    trigger === 'VISIT'
      ? t(`followUpRules.visitOutcomes.${outcome}`, { defaultValue: '—' })
      : t(`outcomes.${outcome}`, { defaultValue: '—' });
}

/**
 * 回访规则: the rules that turn visits and consultations into follow-up tasks (crm's followUpRules),
 * listed for everyone who works the queue and edited by those crm lets save them (customer service and
 * the member centre, and the director: saveFollowUpRule's department rule). A refusal shows its reason.
 */
export function FollowUpRulesDrawer({ open, onClose, editable }: { open: boolean; onClose: () => void; editable: boolean }) {
  const { t } = useTranslation('crm');
  const departmentName = useDepartmentName();
  const outcomeName = useOutcomeName();
  const { data, loading, error, refetch } = useQuery(FollowUpRulesDocument, { skip: !open });
  const [editing, setEditing] = useState<FollowUpRule | 'new' | null>(null);
  const rules = data?.followUpRules;
  const columns: ColumnsType<FollowUpRule> = [
    { title: t('followUpRules.name'), dataIndex: 'name' },
    {
      title: t('followUpRules.when'),
      key: 'when',
      render: (_, rule) =>
        `${t(`followUpRules.triggers.${rule.trigger}`)}${rule.visitType ? ` · ${t(`visitTypes.${rule.visitType}`)}` : ''} · ${outcomeName(rule.trigger, rule.outcome)}`,
    },
    { title: t('followUpRules.offsetDays'), dataIndex: 'offsetDays', render: (days: number) => t('followUpRules.afterDays', { days }) },
    { title: t('followUpRules.type'), dataIndex: 'type', render: (type: FollowUpType) => t(`followUpTypes.${type}`) },
    { title: t('followUpRules.channel'), dataIndex: 'channel', render: (channel: FollowUpChannel) => t(`followUpChannels.${channel}`) },
    { title: t('followUpRules.department'), dataIndex: 'departmentCode', render: (code: string) => departmentName(code) },
    {
      title: t('followUpRules.assignTo'),
      dataIndex: 'assignTo',
      render: (value: FollowUpAssignment) => t(`followUpRules.assignments.${value}`),
    },
    {
      title: t('followUpRules.active'),
      dataIndex: 'active',
      render: (active: boolean) => <Tag color={active ? 'green' : 'default'}>{t(active ? 'followUpRules.on' : 'followUpRules.off')}</Tag>,
    },
    ...(editable
      ? [
          {
            title: '',
            key: 'edit',
            render: (_: unknown, rule: FollowUpRule) => (
              <Button size="small" onClick={() => setEditing(rule)} data-testid="crm-follow-up-rule-edit">
                {t('followUpRules.edit')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  let body;
  if (error && !rules)
    body = (
      <QueryError error={error} title={t('followUpRules.errorTitle')} onRetry={() => void refetch()} testId="crm-follow-up-rules-error" />
    );
  else if (!rules) body = <PageLoading testId="crm-follow-up-rules-loading" />;
  else if (rules.length === 0) body = <PageEmpty testId="crm-follow-up-rules-empty" description={t('followUpRules.empty')} />;
  else
    body = (
      <Table<FollowUpRule>
        rowKey="id"
        size="small"
        pagination={false}
        loading={loading}
        columns={columns}
        dataSource={rules}
        scroll={{ x: 'max-content' }}
        onRow={(rule) => ({ 'data-rule-name': rule.name }) as never}
        data-testid="crm-follow-up-rules-table"
      />
    );
  return (
    <Drawer
      open={open}
      onClose={onClose}
      width={1000}
      title={t('followUpRules.title')}
      extra={
        editable && (
          <Button type="primary" onClick={() => setEditing('new')} data-testid="crm-follow-up-rule-new">
            {t('followUpRules.new')}
          </Button>
        )
      }
      data-testid="crm-follow-up-rules"
    >
      <Alert type="info" showIcon title={t('followUpRules.help')} style={{ marginBottom: 12 }} />
      {body}
      {editing && <RuleModal rule={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Drawer>
  );
}

function RuleModal({ rule, onClose }: { rule: FollowUpRule | null; onClose: () => void }) {
  const { t } = useTranslation('crm');
  const departmentName = useDepartmentName();
  const outcomeName = useOutcomeName();
  const [form] = Form.useForm<Values>();
  const trigger = Form.useWatch('trigger', form) ?? rule?.trigger ?? 'VISIT';
  const [failure, setFailure] = useState<string | null>(null);
  const [save, { loading }] = useMutation(SaveFollowUpRuleDocument, { refetchQueries: [FollowUpRulesDocument], awaitRefetchQueries: true });
  const outcomes: readonly string[] = trigger === 'VISIT' ? visitOutcomes : consultationOutcomes;
  const submit = async (values: Values) => {
    setFailure(null);
    try {
      await save({
        variables: {
          input: {
            ...(rule ? { id: rule.id } : {}),
            ...values,
            name: values.name.trim(),
            visitType: values.trigger === 'VISIT' ? (values.visitType ?? null) : null,
          },
        },
      });
      onClose();
    } catch (error) {
      setFailure(readGraphqlError(error).message);
    }
  };
  return (
    <Modal
      open
      title={t(rule ? 'followUpRules.editTitle' : 'followUpRules.newTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('followUpRules.save')}
      confirmLoading={loading}
      okButtonProps={{ 'data-testid': 'crm-follow-up-rule-save' } as never}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={
          rule
            ? { ...rule, visitType: rule.visitType ?? undefined }
            : {
                trigger: 'VISIT',
                outcome: 'NOT_DEALT',
                offsetDays: 1,
                type: 'UNCONVERTED',
                channel: 'PHONE',
                departmentCode: 'CUSTOMER_SERVICE',
                assignTo: 'DEPARTMENT_QUEUE',
                active: true,
              }
        }
        onFinish={(values) => void submit(values)}
        onValuesChange={(changed: Partial<Values>) => {
          // another trigger has other outcomes: start from its first
          if (changed.trigger) form.setFieldValue('outcome', changed.trigger === 'VISIT' ? visitOutcomes[0] : consultationOutcomes[0]);
        }}
      >
        <Form.Item
          name="name"
          label={t('followUpRules.name')}
          rules={[{ required: true, whitespace: true, max: 100, message: t('followUpRules.nameRequired') }]}
        >
          <Input data-testid="crm-follow-up-rule-name" />
        </Form.Item>
        <Space wrap>
          <Form.Item name="trigger" label={t('followUpRules.trigger')}>
            <Select
              style={{ width: 160 }}
              options={followUpTriggers.map((value) => ({ value, label: t(`followUpRules.triggers.${value}`) }))}
              data-testid="crm-follow-up-rule-trigger"
            />
          </Form.Item>
          {trigger === 'VISIT' && (
            <Form.Item name="visitType" label={t('followUpRules.visitType')}>
              <Select
                allowClear
                placeholder={t('followUpRules.anyVisitType')}
                style={{ width: 160 }}
                options={ruleVisitTypes.map((value) => ({ value, label: t(`visitTypes.${value}`) }))}
              />
            </Form.Item>
          )}
          <Form.Item name="outcome" label={t('followUpRules.outcome')}>
            <Select
              style={{ width: 160 }}
              options={outcomes.map((value) => ({ value, label: outcomeName(trigger, value) }))}
              data-testid="crm-follow-up-rule-outcome"
            />
          </Form.Item>
          <Form.Item
            name="offsetDays"
            label={t('followUpRules.offsetDays')}
            rules={[{ required: true, type: 'integer', min: 0, max: 3650, message: t('followUpRules.offsetRange') }]}
          >
            <InputNumber precision={0} style={{ width: 120 }} data-testid="crm-follow-up-rule-offset" />
          </Form.Item>
        </Space>
        <Space wrap>
          <Form.Item name="type" label={t('followUpRules.type')}>
            <Select style={{ width: 160 }} options={ruleFollowUpTypes.map((value) => ({ value, label: t(`followUpTypes.${value}`) }))} />
          </Form.Item>
          <Form.Item name="channel" label={t('followUpRules.channel')}>
            <Select style={{ width: 120 }} options={ruleChannels.map((value) => ({ value, label: t(`followUpChannels.${value}`) }))} />
          </Form.Item>
          <Form.Item name="departmentCode" label={t('followUpRules.department')}>
            <Select style={{ width: 140 }} options={ruleDepartments.map((value) => ({ value, label: departmentName(value) }))} />
          </Form.Item>
          <Form.Item name="assignTo" label={t('followUpRules.assignTo')}>
            <Select
              style={{ width: 200 }}
              options={ruleAssignments.map((value) => ({ value, label: t(`followUpRules.assignments.${value}`) }))}
            />
          </Form.Item>
        </Space>
        <Form.Item name="active" label={t('followUpRules.active')} valuePropName="checked">
          <Switch data-testid="crm-follow-up-rule-active" />
        </Form.Item>
        {failure && <Alert type="error" showIcon title={failure} data-testid="crm-follow-up-rule-error" />}
      </Form>
    </Modal>
  );
}
