import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  exportXlsx,
  PageLoading,
  readGraphqlError,
  PagedTable,
  QueryError,
  useCursorPages,
  useHospitalTime,
  useIdempotentSubmit,
  hospitalInstant,
  hospitalToday,
} from '@careline/frontend-shared';
import {
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Flex,
  Form,
  Input,
  Radio,
  Row,
  Select,
  Statistic,
  Switch,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCrmPath } from '../../../app/use-crm-path.js';
import { useCrmPermissions } from '../../../app/use-crm-permissions.js';
import { CustomerPicker } from '../../customers/components/customer-picker.js';
import { customerClasses, customerStages, sourceChannels } from '../../customers/graphql/customers.documents.js';
import { ExportButton } from '../../exports/export-button.js';
import { fetchAllPages } from '../../exports/fetch-all-pages.js';
import {
  MessageDeliveriesDocument,
  MessageSendDocument,
  MessageTemplatesDocument,
  MessagingProvidersDocument,
  ScheduleMessageDocument,
  SegmentCountsDocument,
} from '../graphql/messages.documents.js';
import type {
  CrmMessageDeliveryFragment as MessageDelivery,
  CrmMessageSendFragment as MessageSend,
  CrmMessageTemplateFragment as MessageTemplate,
  CustomerClass,
  CustomerFilter as Segment,
  CustomerStage,
  DeliveryStatus,
  SourceChannel,
} from '../../../gql/graphql';
import { templateVariables } from '../utils/render-template.js';
import { TemplateModal } from './template-modals.js';
import { TemplatePreview } from './template-preview.js';
import { ReminderRules } from './reminder-rules.js';

const deliveryColors: Record<DeliveryStatus, string> = {
  PENDING: 'blue',
  DELIVERED: 'green',
  FAILED: 'red',
  THROTTLED: 'gold',
  REJECTED: 'red',
};
const sendColors: Record<MessageSend['status'], string> = { SCHEDULED: 'blue', SENDING: 'gold', DONE: 'green', FAILED: 'red' };
const pageSize = 20;

/** 模板: birthday, holiday, campaign and follow-up-reminder templates; edit, (de)activate, preview. */
function Templates({ templates }: { templates: MessageTemplate[] }) {
  const { t } = useTranslation('crm');
  const hospitalTime = useHospitalTime();
  const [editing, setEditing] = useState<MessageTemplate | 'new' | null>(null);
  const [previewing, setPreviewing] = useState<MessageTemplate | null>(null);
  const columns: ColumnsType<MessageTemplate> = [
    { title: t('messages.kind'), dataIndex: 'kind', render: (value: MessageTemplate['kind']) => t(`templateKinds.${value}`) },
    { title: t('messages.channel'), dataIndex: 'channel', render: (value: MessageTemplate['channel']) => t(`messageChannels.${value}`) },
    { title: t('messages.title'), dataIndex: 'title' },
    {
      title: t('messages.body'),
      dataIndex: 'body',
      render: (value: string) => (
        <Typography.Text ellipsis={{ tooltip: value }} style={{ maxWidth: 320 }}>
          {value}
        </Typography.Text>
      ),
    },
    {
      title: t('messages.variables'),
      key: 'variables',
      render: (_, row) => templateVariables(row.title, row.body).map((key) => <Tag key={key}>{`{{${key}}}`}</Tag>),
    },
    { title: t('messages.holidayDate'), dataIndex: 'holidayDate', render: (value: string | null) => value ?? '—' },
    {
      title: t('messages.active'),
      dataIndex: 'active',
      render: (value: boolean) => <Tag color={value ? 'green' : 'default'}>{t(value ? 'messages.on' : 'messages.off')}</Tag>,
    },
    { title: t('messages.createdAt'), dataIndex: 'createdAt', render: (value: string) => hospitalTime(value) },
    {
      title: '',
      key: 'actions',
      render: (_, row) => (
        <Flex gap={4}>
          <Button size="small" type="link" onClick={() => setPreviewing(row)} data-testid={`crm-msg-preview-${row.code}`}>
            {t('messages.preview')}
          </Button>
          <Button size="small" type="link" onClick={() => setEditing(row)} data-testid={`crm-msg-edit-${row.code}`}>
            {t('messages.edit')}
          </Button>
        </Flex>
      ),
    },
  ];
  return (
    <Flex vertical gap={12}>
      <Flex justify="flex-end">
        <Button type="primary" onClick={() => setEditing('new')} data-testid="crm-msg-template-new">
          {t('messages.newTemplate')}
        </Button>
      </Flex>
      <Table<MessageTemplate>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={templates}
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="crm-msg-templates"
      />
      {previewing && (
        <Card
          size="small"
          title={`${t('messages.preview')} · ${previewing.code}`}
          extra={
            <Button size="small" onClick={() => setPreviewing(null)}>
              ×
            </Button>
          }
        >
          <TemplatePreview key={previewing.id} title={previewing.title} body={previewing.body} testId="crm-msg-preview" />
        </Card>
      )}
      {editing && <TemplateModal open template={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Flex>
  );
}

interface CampaignValues {
  templateId: string;
  customerClass?: CustomerClass;
  stage?: CustomerStage;
  channel?: SourceChannel;
  tag?: string;
  region?: string;
  when: 'now' | 'later';
  scheduledAt?: Dayjs;
  variables?: Record<string, string>;
}

/** The segment a campaign form describes (crm's CustomerFilter); empty fields do not narrow it. */
function segmentOf(values: Partial<CampaignValues>): Segment {
  const segment: Segment = {};
  if (values.customerClass) segment.customerClass = values.customerClass;
  if (values.stage) segment.stage = values.stage;
  if (values.channel) segment.channel = values.channel;
  if (values.tag?.trim()) segment.tag = values.tag.trim();
  if (values.region?.trim()) segment.region = values.region.trim();
  return segment;
}

/** One sending's progress, polled until it is done: sent, and left out for no consent. */
function SendProgress({ send, onShowLog }: { send: MessageSend; onShowLog: (sendId: string) => void }) {
  const { t } = useTranslation('crm');
  const hospitalTime = useHospitalTime();
  const { data } = useQuery(MessageSendDocument, { variables: { id: send.id }, pollInterval: 1500, fetchPolicy: 'network-only' });
  const current = data?.messageSend ?? send;
  return (
    <Card size="small" data-testid="crm-msg-send" data-status={current.status}>
      <Flex gap={24} align="center" wrap="wrap">
        <Tag color={sendColors[current.status]} data-testid="crm-msg-send-status">
          {t(`sendStatus.${current.status}`)}
        </Tag>
        <Typography.Text>
          {t('messages.scheduledAt')}：{hospitalTime(current.scheduledAt)}
        </Typography.Text>
        <Statistic title={t('messages.sent')} value={current.sent} valueStyle={{ fontSize: 18 }} data-testid="crm-msg-send-sent" />
        <Statistic
          title={t('messages.skippedNoConsent')}
          value={current.skippedNoConsent}
          valueStyle={{ fontSize: 18 }}
          data-testid="crm-msg-send-skipped"
        />
        <Button onClick={() => onShowLog(current.id)} data-testid="crm-msg-send-log">
          {t('messages.showLog')}
        </Button>
      </Flex>
    </Card>
  );
}

/** 营销活动: a template to a segment, now or at a hospital time; only consenting customers receive it. */
function Campaign({ templates, onShowLog }: { templates: MessageTemplate[]; onShowLog: (sendId: string) => void }) {
  const { t } = useTranslation('crm');
  const [form] = Form.useForm<CampaignValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const [sends, setSends] = useState<MessageSend[]>([]);
  const values = Form.useWatch([], form) as Partial<CampaignValues> | undefined;
  const segment = segmentOf(values ?? {});
  const counts = useQuery(SegmentCountsDocument, {
    variables: { segment, consenting: { ...segment, marketingConsent: true } },
    fetchPolicy: 'network-only',
  });
  const template = templates.find((candidate) => candidate.id === values?.templateId);
  const variables = template ? templateVariables(template.title, template.body).filter((key) => key !== 'name') : [];
  const [schedule] = useMutation(ScheduleMessageDocument);
  const { submit, submitting, changed } = useIdempotentSubmit(async (submitted: CampaignValues, idempotencyKey: string) => {
    setFailure(null);
    try {
      const { data } = await schedule({
        variables: {
          input: {
            idempotencyKey,
            templateId: submitted.templateId,
            segment: segmentOf(submitted),
            variables: variables.map((key) => ({ key, value: submitted.variables?.[key]?.trim() ?? '' })),
            scheduledAt:
              submitted.when === 'later' && submitted.scheduledAt
                ? hospitalInstant(submitted.scheduledAt.format('YYYY-MM-DD'), submitted.scheduledAt.format('HH:mm'))
                : null,
          },
        },
      });
      if (data) setSends((current) => [data.scheduleMessage, ...current]);
      return Boolean(data);
    } catch (error) {
      setFailure(readGraphqlError(error).message);
      return false;
    }
  });
  const all = counts.data?.all?.totalCount;
  const consenting = counts.data?.consenting?.totalCount;
  const active = templates.filter((candidate) => candidate.active);
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={14}>
        {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} data-testid="crm-msg-campaign-failure" />}
        <Form<CampaignValues>
          form={form}
          layout="vertical"
          initialValues={{ when: 'now' }}
          onValuesChange={changed}
          onFinish={(submitted) => void submit(submitted)}
        >
          <Form.Item name="templateId" label={t('messages.template')} rules={[{ required: true, message: t('form.required') }]}>
            <Select
              options={active.map((candidate) => ({
                value: candidate.id,
                label: `${candidate.title} · ${candidate.code}（${t(`templateKinds.${candidate.kind}`)}）`,
              }))}
              data-testid="crm-msg-campaign-template"
            />
          </Form.Item>
          <Typography.Title level={5}>{t('messages.segment')}</Typography.Title>
          <Flex gap={8} wrap="wrap">
            <Form.Item name="customerClass" label={t('customer.class')}>
              <Select
                allowClear
                style={{ width: 120 }}
                options={customerClasses.map((value) => ({ value, label: t(`classes.${value}`) }))}
              />
            </Form.Item>
            <Form.Item name="stage" label={t('customer.stage')}>
              <Select allowClear style={{ width: 140 }} options={customerStages.map((value) => ({ value, label: t(`stages.${value}`) }))} />
            </Form.Item>
            <Form.Item name="channel" label={t('customer.channel')}>
              <Select
                allowClear
                style={{ width: 140 }}
                options={sourceChannels.map((value) => ({ value, label: t(`channels.${value}`) }))}
              />
            </Form.Item>
            <Form.Item name="tag" label={t('customer.tag')}>
              <Input allowClear style={{ width: 140 }} data-testid="crm-msg-campaign-tag" />
            </Form.Item>
            <Form.Item name="region" label={t('customer.region')}>
              <Input allowClear style={{ width: 140 }} />
            </Form.Item>
          </Flex>
          {variables.length > 0 && (
            <>
              <Typography.Title level={5}>{t('messages.variables')}</Typography.Title>
              <Flex gap={8} wrap="wrap">
                {variables.map((key) => (
                  <Form.Item
                    key={key}
                    name={['variables', key]}
                    label={`{{${key}}}`}
                    rules={[{ required: true, whitespace: true, message: t('form.required') }]}
                  >
                    <Input style={{ width: 180 }} data-testid={`crm-msg-campaign-var-${key}`} />
                  </Form.Item>
                ))}
              </Flex>
            </>
          )}
          <Flex gap={12} align="flex-end" wrap="wrap">
            <Form.Item name="when" label={t('messages.when')}>
              <Radio.Group
                optionType="button"
                options={[
                  { value: 'now', label: t('messages.now') },
                  { value: 'later', label: t('messages.later') },
                ]}
              />
            </Form.Item>
            {values?.when === 'later' && (
              <Form.Item name="scheduledAt" label={t('messages.scheduledAt')} rules={[{ required: true, message: t('form.required') }]}>
                <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
              </Form.Item>
            )}
          </Flex>
          <Button type="primary" htmlType="submit" loading={submitting} disabled={consenting === 0} data-testid="crm-msg-campaign-submit">
            {t('messages.send')}
          </Button>
        </Form>
      </Col>
      <Col xs={24} xl={10}>
        <Flex vertical gap={12}>
          <Card size="small" title={t('messages.audience')} data-testid="crm-msg-audience">
            {counts.error ? (
              <Alert type="error" showIcon message={readGraphqlError(counts.error).message} />
            ) : (
              <Descriptions column={1} size="small">
                <Descriptions.Item label={t('messages.inSegment')}>
                  <span data-testid="crm-msg-audience-all">{all ?? '…'}</span>
                </Descriptions.Item>
                <Descriptions.Item label={t('messages.willReceive')}>
                  <span data-testid="crm-msg-audience-consenting">{consenting ?? '…'}</span>
                </Descriptions.Item>
                <Descriptions.Item label={t('messages.excludedNoConsent')}>
                  <Typography.Text type="warning" data-testid="crm-msg-audience-excluded">
                    {all === undefined || consenting === undefined ? '…' : all - consenting}
                  </Typography.Text>
                </Descriptions.Item>
              </Descriptions>
            )}
            <Typography.Text type="secondary">{t('messages.consentHint')}</Typography.Text>
          </Card>
          {template && (
            <Card size="small" title={t('messages.preview')}>
              <TemplatePreview
                key={template.id}
                title={template.title}
                body={template.body}
                values={values?.variables ?? {}}
                testId="crm-msg-campaign-preview"
              />
            </Card>
          )}
          {sends.map((send) => (
            <SendProgress key={send.id} send={send} onShowLog={onShowLog} />
          ))}
        </Flex>
      </Col>
    </Row>
  );
}

/** 发送记录: every message, newest first, by sending and by customer; exported as .xlsx. */
function DeliveryLog({ templates, sendId, onSendId }: { templates: MessageTemplate[]; sendId: string; onSendId: (value: string) => void }) {
  const { t } = useTranslation('crm');
  const path = useCrmPath();
  const client = useApolloClient();
  const hospitalTime = useHospitalTime();
  const [sendText, setSendText] = useState(sendId);
  const [customerId, setCustomerId] = useState<string | null>(null);
  const [onlyFailed, setOnlyFailed] = useState(false);
  const filters = { sendId: sendId || null, customerId };
  const pages = useCursorPages(JSON.stringify(filters));
  const { data, previousData, loading, error, refetch } = useQuery(MessageDeliveriesDocument, {
    variables: { ...filters, first: pageSize, after: pages.after },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.messageDeliveries;
  const templateTitle = (id: string) => templates.find((template) => template.id === id)?.title ?? '—';
  const columns: ColumnsType<MessageDelivery> = [
    { title: t('messages.createdAt'), dataIndex: 'createdAt', render: (value: string) => hospitalTime(value) },
    {
      title: t('complaints.customer'),
      dataIndex: 'customerId',
      render: (value: string) => (
        <Link to={path(`customers/${value}`)} data-testid={`crm-msg-delivery-customer-${value}`}>
          {t('messages.open360')}
        </Link>
      ),
    },
    { title: t('messages.template'), dataIndex: 'templateId', render: (value: string) => templateTitle(value) },
    { title: t('messages.channel'), dataIndex: 'channel', render: (value: MessageDelivery['channel']) => t(`messageChannels.${value}`) },
    {
      title: t('messages.body'),
      dataIndex: 'body',
      render: (value: string) => (
        <Typography.Text ellipsis={{ tooltip: value }} style={{ maxWidth: 320 }}>
          {value}
        </Typography.Text>
      ),
    },
    {
      title: t('messages.status'),
      dataIndex: 'status',
      render: (value: DeliveryStatus) => <Tag color={deliveryColors[value]}>{t(`deliveryStatus.${value}`)}</Tag>,
    },
    { title: t('messages.provider'), dataIndex: 'provider' },
    { title: t('messages.deliveredAt'), dataIndex: 'deliveredAt', render: (value: string | null) => hospitalTime(value) },
    {
      title: t('messages.receipt'),
      dataIndex: 'receipt',
      render: (value: MessageDelivery['receipt'], row: MessageDelivery) =>
        value ? (
          <Tag color={value === 'RECEIVED' ? 'green' : 'red'} title={row.receiptError ?? undefined}>
            {t(`receiptStatus.${value}`)}
          </Tag>
        ) : (
          '—'
        ),
    },
    {
      title: t('messages.error'),
      dataIndex: 'error',
      render: (value: string | null, row: MessageDelivery) =>
        row.status === 'THROTTLED' && row.nextAttemptAt ? t('messages.retryAt', { time: hospitalTime(row.nextAttemptAt) }) : (value ?? '—'),
    },
  ];
  const runExport = async () => {
    const { rows, truncated } = await fetchAllPages(client, MessageDeliveriesDocument, filters, (result) => result.messageDeliveries);
    const chosen = onlyFailed ? rows.filter((row) => row.status !== 'DELIVERED') : rows;
    await exportXlsx(`message-deliveries-${hospitalToday()}.xlsx`, [
      {
        name: t('messages.log'),
        columns: [
          { header: t('messages.createdAt'), key: 'createdAt', width: 22 },
          { header: t('messages.customerId'), key: 'customerId', width: 38 },
          { header: t('messages.template'), key: 'template', width: 22 },
          { header: t('messages.channel'), key: 'channel' },
          { header: t('messages.body'), key: 'body', width: 60 },
          { header: t('messages.status'), key: 'status' },
          { header: t('messages.provider'), key: 'provider' },
          { header: t('messages.deliveredAt'), key: 'deliveredAt', width: 22 },
          { header: t('messages.error'), key: 'error', width: 30 },
        ],
        rows: chosen.map((row) => ({
          createdAt: hospitalTime(row.createdAt),
          customerId: row.customerId,
          template: templateTitle(row.templateId),
          channel: t(`messageChannels.${row.channel}`),
          body: row.body,
          status: t(`deliveryStatus.${row.status}`),
          provider: row.provider,
          deliveredAt: hospitalTime(row.deliveredAt, ''),
          error: row.error,
        })),
      },
    ]);
    return { rows: chosen.length, truncated };
  };
  const body = (
    <PagedTable
      connection={connection}
      error={error}
      onRetry={() => void refetch()}
      errorTitle={t('messages.logError')}
      empty={t('messages.logEmpty')}
      paging={pages}
      pageSize={pageSize}
      testId="crm-msg-log"
    >
      {(nodes) => (
        <Table<MessageDelivery>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={onlyFailed ? nodes.filter((row) => row.status !== 'DELIVERED') : nodes}
          loading={loading}
          pagination={false}
          scroll={{ x: 'max-content' }}
          data-testid="crm-msg-log"
        />
      )}
    </PagedTable>
  );
  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap="wrap" align="center">
        <Input.Search
          allowClear
          style={{ width: 340 }}
          placeholder={t('messages.sendIdPlaceholder')}
          value={sendText}
          onChange={(event) => setSendText(event.target.value)}
          onSearch={(value) => onSendId(value.trim())}
          data-testid="crm-msg-log-send"
        />
        <div style={{ width: 260 }}>
          <CustomerPicker value={customerId} onChange={setCustomerId} testId="crm-msg-log-customer" />
        </div>
        <Flex gap={4} align="center">
          <Switch size="small" checked={onlyFailed} onChange={setOnlyFailed} />
          <Typography.Text>{t('messages.onlyUndelivered')}</Typography.Text>
        </Flex>
        <div style={{ marginLeft: 'auto' }}>
          <ExportButton run={runExport} testId="crm-msg-log-export" disabled={!connection || connection.totalCount === 0} />
        </div>
      </Flex>
      {body}
    </Flex>
  );
}

/** 短信 / 微信: templates with variables and preview, campaigns to a consenting segment, the delivery log. */
export function MessagesPage() {
  const { t } = useTranslation('crm');
  const permissions = useCrmPermissions();
  const [tab, setTab] = useState('templates');
  const [sendId, setSendId] = useState('');
  const { data, error, refetch } = useQuery(MessageTemplatesDocument, { skip: !permissions.messages });
  const { data: providerData } = useQuery(MessagingProvidersDocument, { skip: !permissions.messages });
  if (!permissions.messages)
    return <Alert type="warning" showIcon message={t('forbidden', { ns: 'common' })} data-testid="crm-msg-forbidden" />;
  // no templates (null: crm could not answer) is the error, or still loading
  if (error && !data?.messageTemplates)
    return <QueryError error={error} title={t('messages.templatesError')} onRetry={() => void refetch()} testId="crm-msg-error" />;
  if (!data?.messageTemplates) return <PageLoading testId="crm-msg-loading" />;
  const templates = data.messageTemplates;
  const providers = providerData?.messagingProviders;
  const demoChannels = providers ? (['sms', 'wechat'] as const).filter((channel) => providers[channel] === 'RECORDING') : [];
  const showLog = (id: string) => {
    setSendId(id);
    setTab('log');
  };
  return (
    <Card
      title={t('pages.messages')}
      data-testid="crm-msg-page"
      extra={
        providers && (
          <Typography.Text type="secondary" data-testid="crm-msg-providers">
            {t('messages.providersLine', {
              sms: t(`messageProviderKinds.${providers.sms}`),
              wechat: t(`messageProviderKinds.${providers.wechat}`),
            })}
          </Typography.Text>
        )
      }
    >
      {demoChannels.length > 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message={t('messages.demoProvider')}
          description={t('messages.demoProviderChannels', {
            channels: demoChannels
              .map((channel) => t(`messageChannels.${channel === 'sms' ? 'SMS' : 'WECHAT'}`))
              .join(t('messages.listSeparator')),
          })}
          data-testid="crm-msg-demo-provider"
        />
      )}
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          {
            key: 'templates',
            label: <span data-testid="crm-msg-tab-templates">{t('messages.templates')}</span>,
            children: <Templates templates={templates} />,
          },
          {
            key: 'campaign',
            label: <span data-testid="crm-msg-tab-campaign">{t('messages.campaign')}</span>,
            children: <Campaign templates={templates} onShowLog={showLog} />,
          },
          {
            key: 'log',
            label: <span data-testid="crm-msg-tab-log">{t('messages.log')}</span>,
            children: <DeliveryLog key={sendId} templates={templates} sendId={sendId} onSendId={setSendId} />,
          },
          ...(permissions.setsReminderRules
            ? [
                {
                  key: 'reminders',
                  label: <span data-testid="crm-msg-tab-reminders">{t('reminders.tab')}</span>,
                  children: <ReminderRules templates={templates} />,
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
