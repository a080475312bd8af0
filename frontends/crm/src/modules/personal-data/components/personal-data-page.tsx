import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  downloadBlob,
  exportXlsx,
  PagedTable,
  readGraphqlError,
  useCursorPages,
  useHospitalTime,
  useIdempotentSubmit,
  useSession,
} from '@careline/frontend-shared';
import { Alert, Button, Card, Flex, Form, Input, Popconfirm, Radio, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCrmPermissions } from '../../../app/use-crm-permissions.js';
import type { CrmPersonalDataRequestFragment as PersonalDataRequest, PersonalDataRequestKind } from '../../../gql/graphql';
import { CustomerPicker } from '../../customers/components/customer-picker.js';
import {
  DecidePersonalDataRequestDocument,
  PersonalDataExportDocument,
  PersonalDataRequestsDocument,
  personalDataRequestKinds,
  ProposePersonalDataRequestDocument,
} from '../graphql/personal-data.documents.js';
import { exportSheets } from '../utils/export-sheets.js';

const pageSize = 20;
const statusColors: Record<PersonalDataRequest['status'], string> = { PROPOSED: 'blue', APPROVED: 'green', REJECTED: 'default' };
/** how long an approved export may be downloaded (crm: personal-data.service.ts) */
const EXPORT_VALID_MS = 7 * 24 * 3600 * 1000;

interface ProposeValues {
  customerId: string;
  kind: PersonalDataRequestKind;
  reason: string;
}

/** 申请: customer service proposes an export or an erasure of one person. */
function ProposeForm({ onProposed }: { onProposed: () => void }) {
  const { t } = useTranslation('crm');
  const [form] = Form.useForm<ProposeValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<PersonalDataRequestKind | null>(null);
  const [propose] = useMutation(ProposePersonalDataRequestDocument);
  const { submit, submitting, changed } = useIdempotentSubmit(async (values: ProposeValues) => {
    setFailure(null);
    setDone(null);
    try {
      const { data } = await propose({
        variables: { input: { customerId: values.customerId, kind: values.kind, reason: values.reason.trim() } },
      });
      if (!data) return false;
      setDone(values.kind);
      form.resetFields();
      onProposed();
      return true;
    } catch (error) {
      setFailure(readGraphqlError(error).message);
      return false;
    }
  });
  return (
    <Card size="small" title={t('personalData.propose')} data-testid="crm-pd-propose">
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} data-testid="crm-pd-propose-failure" />}
      {done && (
        <Alert
          type="success"
          showIcon
          message={t(done === 'EXPORT' ? 'personalData.proposedExport' : 'personalData.proposedErasure')}
          style={{ marginBottom: 12 }}
          data-testid="crm-pd-proposed"
        />
      )}
      <Form<ProposeValues>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'EXPORT' }}
        onValuesChange={changed}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item name="customerId" label={t('personalData.customer')} rules={[{ required: true, message: t('form.required') }]}>
          <CustomerPicker testId="crm-pd-customer" />
        </Form.Item>
        <Form.Item name="kind" label={t('personalData.kind')}>
          <Radio.Group
            options={personalDataRequestKinds.map((kind) => ({ value: kind, label: t(`personalData.kinds.${kind}`) }))}
            data-testid="crm-pd-kind"
          />
        </Form.Item>
        <Form.Item noStyle shouldUpdate={(a, b) => a.kind !== b.kind}>
          {() =>
            form.getFieldValue('kind') === 'ERASURE' && (
              <Alert type="warning" showIcon message={t('personalData.erasureWarning')} style={{ marginBottom: 12 }} />
            )
          }
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('personalData.reason')}
          rules={[
            { required: true, whitespace: true, message: t('form.required') },
            { max: 500, message: t('personalData.reasonTooLong') },
          ]}
        >
          <Input.TextArea rows={2} placeholder={t('personalData.reasonPlaceholder')} data-testid="crm-pd-reason" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={submitting} data-testid="crm-pd-submit">
          {t('personalData.submit')}
        </Button>
      </Form>
    </Card>
  );
}

/** 个人信息权利: requests to export or erase one person's data, their decisions and the export's download. */
export function PersonalDataPage() {
  const { t } = useTranslation('crm');
  const hospitalTime = useHospitalTime();
  const { staff } = useSession();
  const { proposesPersonalData, decidesExports, decidesErasures } = useCrmPermissions();
  const client = useApolloClient();
  const pages = useCursorPages('all');
  const { data, previousData, loading, error, refetch } = useQuery(PersonalDataRequestsDocument, {
    variables: { first: pageSize, after: pages.after },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.personalDataRequests;
  const [decide] = useMutation(DecidePersonalDataRequestDocument);
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const onDecide = async (request: PersonalDataRequest, approve: boolean) => {
    setFailure(null);
    setBusy(request.id);
    try {
      await decide({ variables: { input: { id: request.id, approve } } });
      await refetch();
    } catch (e) {
      setFailure(readGraphqlError(e).message);
    } finally {
      setBusy(null);
    }
  };

  const onDownload = async (request: PersonalDataRequest, format: 'xlsx' | 'json') => {
    setFailure(null);
    setBusy(request.id);
    try {
      const { data: answer } = await client.query({
        query: PersonalDataExportDocument,
        variables: { requestId: request.id },
        fetchPolicy: 'network-only',
      });
      const exported = answer?.personalDataExport;
      if (!exported) return;
      const stamp = exported.generatedAt.slice(0, 10);
      const filename = `personal-data-${request.customer?.name ?? ''}-${stamp}`;
      if (format === 'json') {
        downloadBlob(new Blob([JSON.stringify(exported, null, 2)], { type: 'application/json' }), `${filename}.json`);
      } else {
        const sections = [...exported.crm, ...exported.members, ...exported.analytics, ...exported.audit];
        await exportXlsx(
          `${filename}.xlsx`,
          exportSheets(sections, {
            service: t('personalData.sheet.service'),
            table: t('personalData.sheet.table'),
            rows: t('personalData.sheet.rows'),
          }),
        );
      }
    } catch (e) {
      setFailure(readGraphqlError(e).message);
    } finally {
      setBusy(null);
    }
  };

  const mayDecide = (request: PersonalDataRequest) =>
    request.status === 'PROPOSED' && (request.kind === 'EXPORT' ? decidesExports : decidesErasures && request.proposedBy !== staff?.id);
  const mayDownload = (request: PersonalDataRequest) =>
    request.kind === 'EXPORT' &&
    request.status === 'APPROVED' &&
    (staff?.role === 'OPS_DIRECTOR' || request.proposedBy === staff?.id) &&
    request.decidedAt !== null &&
    request.decidedAt !== undefined &&
    Date.now() - new Date(request.decidedAt).getTime() < EXPORT_VALID_MS;

  const columns: ColumnsType<PersonalDataRequest> = [
    { title: t('personalData.proposedAt'), dataIndex: 'proposedAt', render: (value: string) => hospitalTime(value) },
    {
      title: t('personalData.kind'),
      dataIndex: 'kind',
      render: (value: PersonalDataRequestKind) => (
        <Tag color={value === 'ERASURE' ? 'red' : 'blue'}>{t(`personalData.kinds.${value}`)}</Tag>
      ),
    },
    { title: t('personalData.customer'), key: 'customer', render: (_, row) => row.customer?.name ?? t('personalData.unknownCustomer') },
    {
      title: t('personalData.reason'),
      dataIndex: 'reason',
      render: (value: string) => (
        <Typography.Text ellipsis={{ tooltip: value }} style={{ maxWidth: 240 }}>
          {value}
        </Typography.Text>
      ),
    },
    { title: t('personalData.proposedBy'), dataIndex: 'proposedByName', render: (value: string | null) => value ?? '—' },
    {
      title: t('personalData.status'),
      dataIndex: 'status',
      render: (value: PersonalDataRequest['status'], row) => (
        <Tag color={statusColors[value]} data-testid={`crm-pd-status-${row.id}`}>
          {t(`personalData.statuses.${row.kind}.${value}`)}
        </Tag>
      ),
    },
    {
      title: t('personalData.decidedBy'),
      key: 'decided',
      render: (_, row) => (row.decidedAt ? `${row.decidedByName ?? '—'} · ${hospitalTime(row.decidedAt)}` : '—'),
    },
    {
      title: '',
      key: 'actions',
      render: (_, row) => (
        <Flex gap={4} wrap="wrap">
          {mayDecide(row) && (
            <>
              <Popconfirm
                title={t(row.kind === 'ERASURE' ? 'personalData.confirmErasure' : 'personalData.confirmExport')}
                okText={t('personalData.approve')}
                cancelText={t('personalData.cancel')}
                onConfirm={() => onDecide(row, true)}
                okButtonProps={{ danger: row.kind === 'ERASURE', ...{ 'data-testid': `crm-pd-confirm-${row.id}` } }}
              >
                <Button
                  size="small"
                  type="primary"
                  danger={row.kind === 'ERASURE'}
                  loading={busy === row.id}
                  data-testid={`crm-pd-approve-${row.id}`}
                >
                  {t('personalData.approve')}
                </Button>
              </Popconfirm>
              <Button
                size="small"
                onClick={() => void onDecide(row, false)}
                disabled={busy === row.id}
                data-testid={`crm-pd-reject-${row.id}`}
              >
                {t('personalData.reject')}
              </Button>
            </>
          )}
          {row.status === 'PROPOSED' && row.kind === 'ERASURE' && row.proposedBy === staff?.id && (
            <Typography.Text type="secondary">{t('personalData.awaitingSecondPerson')}</Typography.Text>
          )}
          {mayDownload(row) && (
            <>
              <Button
                size="small"
                onClick={() => void onDownload(row, 'xlsx')}
                loading={busy === row.id}
                data-testid={`crm-pd-xlsx-${row.id}`}
              >
                {t('personalData.downloadXlsx')}
              </Button>
              <Button
                size="small"
                onClick={() => void onDownload(row, 'json')}
                disabled={busy === row.id}
                data-testid={`crm-pd-json-${row.id}`}
              >
                {t('personalData.downloadJson')}
              </Button>
            </>
          )}
        </Flex>
      ),
    },
  ];

  return (
    <Flex vertical gap={16} data-testid="crm-pd-page">
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t('personalData.intro')}
      </Typography.Paragraph>
      {proposesPersonalData && <ProposeForm onProposed={() => void refetch()} />}
      {failure && <Alert type="error" showIcon message={failure} closable onClose={() => setFailure(null)} data-testid="crm-pd-failure" />}
      <PagedTable
        connection={connection}
        error={error}
        onRetry={() => void refetch()}
        errorTitle={t('personalData.errorTitle')}
        empty={t('personalData.empty')}
        paging={pages}
        pageSize={pageSize}
        testId="crm-pd-requests"
      >
        {(nodes) => (
          <Table<PersonalDataRequest>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={nodes}
            loading={loading}
            pagination={false}
            scroll={{ x: 'max-content' }}
          />
        )}
      </PagedTable>
    </Flex>
  );
}
