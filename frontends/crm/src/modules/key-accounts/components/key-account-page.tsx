import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  exportXlsx,
  formatFen,
  PageEmpty,
  PageLoading,
  readGraphqlError,
  PagedTable,
  QueryError,
  useCursorPages,
  useHospitalTime,
  hospitalToday,
} from '@careline/frontend-shared';
import { ArrowLeftOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Flex,
  Popconfirm,
  Row,
  Space,
  Statistic,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCrmPath } from '../../../app/use-crm-path.js';
import type { CustomerRowFragment as CustomerRow, KeyAccountDetailFragment as KeyAccountDetail } from '../../../gql/graphql';
import { useCrmPermissions } from '../../../app/use-crm-permissions.js';
import { StaffName } from '../../common/components/staff-name.js';
import { CustomerClassTag, CustomerStageTag } from '../../customers/components/customer-tags.js';
import { ExportButton } from '../../exports/export-button.js';
import { fetchAllPages } from '../../exports/fetch-all-pages.js';
import { KeyAccountDocument, KeyAccountRosterDocument, LinkCustomerToKeyAccountDocument } from '../graphql/key-accounts.documents.js';
import { AssessRiskModal, KeyAccountFormModal, LinkCustomerModal, RecordMeetingModal, ScoreKeyAccountModal } from './key-account-forms.js';
import { RiskLevelTag, RiskWarningTag } from './risk-level-tag.js';

type KeyAccountScore = KeyAccountDetail['scores'][number];
type KeyAccountRiskAssessment = KeyAccountDetail['riskAssessments'][number];
type KeyAccountMeeting = KeyAccountDetail['meetings'][number];

const rosterPageSize = 20;

type Dialog = 'edit' | 'score' | 'risk' | 'meeting' | 'link' | null;

/** 大客户名单: the account's people, paged, each opening 客户360; key-account staff may take one off. */
function Roster({
  account,
  canEdit,
  refreshKey,
  onChanged,
}: {
  account: KeyAccountDetail;
  canEdit: boolean;
  refreshKey: number;
  onChanged: () => void;
}) {
  const { t } = useTranslation('crm');
  const path = useCrmPath();
  const client = useApolloClient();
  const { message } = App.useApp();
  const hospitalTime = useHospitalTime();
  const pages = useCursorPages(`${account.id}:${refreshKey}`);
  const { data, previousData, loading, error, refetch } = useQuery(KeyAccountRosterDocument, {
    variables: { id: account.id, first: rosterPageSize, after: pages.after },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const [unlink] = useMutation(LinkCustomerToKeyAccountDocument);
  const connection = (data ?? previousData)?.keyAccount?.customers;
  const columns: ColumnsType<CustomerRow> = [
    {
      title: t('customer.name'),
      dataIndex: 'name',
      render: (_, row) => (
        <Link to={path(`customers/${row.id}`)} data-testid={`crm-ka-roster-customer-${row.id}`}>
          {row.name}
        </Link>
      ),
    },
    { title: t('customer.phone'), dataIndex: 'phone' },
    {
      title: t('customer.class'),
      dataIndex: 'customerClass',
      render: (value: CustomerRow['customerClass']) => <CustomerClassTag value={value} />,
    },
    { title: t('customer.stage'), dataIndex: 'stage', render: (value: CustomerRow['stage']) => <CustomerStageTag value={value} /> },
    { title: t('customer.dealCount'), dataIndex: 'dealCount', align: 'right' },
    { title: t('customer.createdAt'), dataIndex: 'createdAt', render: (value: string) => hospitalTime(value) },
    ...(canEdit
      ? [
          {
            title: '',
            key: 'remove',
            render: (_: unknown, row: CustomerRow) => (
              <Popconfirm
                title={t('keyAccounts.unlinkConfirm', { name: row.name })}
                onConfirm={() =>
                  unlink({ variables: { customerId: row.id, keyAccountId: null } })
                    .then(() => onChanged())
                    .catch((failure: unknown) => void message.error(readGraphqlError(failure).message))
                }
              >
                <Button type="link" size="small" danger>
                  {t('keyAccounts.unlink')}
                </Button>
              </Popconfirm>
            ),
          },
        ]
      : []),
  ];
  const runExport = async () => {
    const { rows, truncated } = await fetchAllPages(
      client,
      KeyAccountRosterDocument,
      { id: account.id },
      (result) => result.keyAccount?.customers,
    );
    await exportXlsx(`key-account-roster-${hospitalToday()}.xlsx`, [
      {
        name: t('keyAccounts.roster'),
        columns: [
          { header: t('customer.name'), key: 'name' },
          { header: t('customer.phone'), key: 'phone' },
          { header: t('customer.class'), key: 'customerClass' },
          { header: t('customer.stage'), key: 'stage' },
          { header: t('customer.dealCount'), key: 'dealCount' },
          { header: t('customer.createdAt'), key: 'createdAt', width: 22 },
        ],
        rows: rows.map((row) => ({
          name: row.name,
          phone: row.phone,
          customerClass: row.customerClass ?? '',
          stage: t(`stages.${row.stage}`),
          dealCount: row.dealCount,
          createdAt: hospitalTime(row.createdAt),
        })),
      },
    ]);
    return { rows: rows.length, truncated };
  };
  return (
    <Flex vertical gap={8}>
      {connection && (
        <Flex justify="flex-end">
          <ExportButton run={runExport} testId="crm-ka-roster-export" disabled={connection.totalCount === 0} />
        </Flex>
      )}
      <PagedTable
        connection={connection}
        error={error}
        onRetry={() => void refetch()}
        errorTitle={t('keyAccounts.rosterError')}
        empty={t('keyAccounts.rosterEmpty')}
        paging={pages}
        pageSize={rosterPageSize}
        testId="crm-ka-roster"
      >
        {(nodes) => (
          <Table<CustomerRow>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={nodes}
            loading={loading}
            pagination={false}
            scroll={{ x: 'max-content' }}
            data-testid="crm-ka-roster"
          />
        )}
      </PagedTable>
    </Flex>
  );
}

/**
 * 大客户档案: profile and service plan, contacts, the analysis of its people, the roster (paged),
 * meetings, identification scores and risk assessments with their history; a warning when the latest
 * assessment made the level worse. Key-account staff record scores, risk, meetings and roster changes.
 */
export function KeyAccountPage() {
  const { t } = useTranslation('crm');
  const path = useCrmPath();
  const hospitalTime = useHospitalTime();
  const { message } = App.useApp();
  const permissions = useCrmPermissions();
  const keyAccountId = useParams()['keyAccountId'] ?? '';
  const { data, error, refetch } = useQuery(KeyAccountDocument, { variables: { id: keyAccountId }, fetchPolicy: 'cache-and-network' });
  const [dialog, setDialog] = useState<Dialog>(null);
  const [rosterKey, setRosterKey] = useState(0);
  const account = data?.keyAccount;
  const back = (
    <Link to={path('key-accounts')} data-testid="crm-ka-back">
      <Button type="link" icon={<ArrowLeftOutlined />}>
        {t('keyAccounts.back')}
      </Button>
    </Link>
  );
  if (error && !account)
    return (
      <>
        {back}
        <QueryError error={error} title={t('keyAccounts.errorTitle')} onRetry={() => void refetch()} testId="crm-ka-error" />
      </>
    );
  if (account === undefined) return <PageLoading testId="crm-ka-loading" />;
  if (account === null)
    return (
      <>
        {back}
        <PageEmpty testId="crm-ka-not-found" description={t('keyAccounts.notFound')} />
      </>
    );

  const canEdit = permissions.keyAccounts;
  const latestRisk = account.riskAssessments[0];
  const close = () => setDialog(null);
  const saved = () => {
    setDialog(null);
    void refetch();
  };
  const dash = (value: string | null | undefined) => value || '—';

  const scoreColumns: ColumnsType<KeyAccountScore> = [
    { title: t('keyAccounts.scoredOn'), dataIndex: 'scoredOn' },
    { title: t('keyAccounts.demandVolume'), dataIndex: 'demandVolume', align: 'right' },
    { title: t('keyAccounts.spendingPower'), dataIndex: 'spendingPower', align: 'right' },
    { title: t('keyAccounts.influence'), dataIndex: 'influence', align: 'right' },
    { title: t('keyAccounts.cooperationPotential'), dataIndex: 'cooperationPotential', align: 'right' },
    { title: t('keyAccounts.total'), dataIndex: 'total', align: 'right', render: (value: number) => <strong>{value}</strong> },
    { title: t('keyAccounts.by'), dataIndex: 'scoredBy', render: (value: string | null) => <StaffName id={value} /> },
  ];
  const riskColumns: ColumnsType<KeyAccountRiskAssessment> = [
    { title: t('keyAccounts.assessedAt'), dataIndex: 'assessedAt', render: (value: string) => hospitalTime(value) },
    { title: t('keyAccounts.financialStatus'), dataIndex: 'financialStatus', align: 'right' },
    { title: t('keyAccounts.operatingStability'), dataIndex: 'operatingStability', align: 'right' },
    { title: t('keyAccounts.cooperationHistory'), dataIndex: 'cooperationHistory', align: 'right' },
    { title: t('keyAccounts.riskScore'), dataIndex: 'score', align: 'right' },
    {
      title: t('keyAccounts.riskLevel'),
      dataIndex: 'level',
      render: (value: KeyAccountRiskAssessment['level'], row) => (
        <Space size={4}>
          {row.previousLevel && (
            <>
              <RiskLevelTag value={row.previousLevel} />→
            </>
          )}
          <RiskLevelTag value={value} />
          {row.warningRaised && <RiskWarningTag />}
        </Space>
      ),
    },
    { title: t('complaints.note'), dataIndex: 'note', render: (value: string | null) => dash(value) },
    { title: t('keyAccounts.by'), dataIndex: 'assessedBy', render: (value: string | null) => <StaffName id={value} /> },
  ];
  const meetingColumns: ColumnsType<KeyAccountMeeting> = [
    { title: t('keyAccounts.heldAt'), dataIndex: 'heldAt', render: (value: string) => hospitalTime(value) },
    { title: t('keyAccounts.meetingKind'), dataIndex: 'kind', render: (value: KeyAccountMeeting['kind']) => t(`meetingKinds.${value}`) },
    { title: t('keyAccounts.attendees'), dataIndex: 'attendees', render: (value: string | null) => dash(value) },
    { title: t('keyAccounts.summary'), dataIndex: 'summary' },
    { title: t('keyAccounts.by'), dataIndex: 'recordedBy', render: (value: string | null) => <StaffName id={value} /> },
  ];
  const small = <Row extends object>(rows: readonly Row[], testId: string, emptyText: string) => ({
    size: 'small' as const,
    pagination: false as const,
    scroll: { x: 'max-content' },
    locale: { emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} /> },
    'data-testid': testId,
    dataSource: rows,
  });

  return (
    <Flex vertical gap={16} data-testid="crm-ka-detail">
      <Flex align="center" gap={8} wrap="wrap">
        {back}
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="crm-ka-name">
          {account.name}
        </Typography.Title>
        <Tag color="purple">{t(`keyAccountKinds.${account.kind}`)}</Tag>
        <RiskLevelTag value={account.riskLevel} testId="crm-ka-detail-risk" />
        {canEdit && (
          <Flex gap={8} style={{ marginLeft: 'auto' }} wrap="wrap">
            <Button onClick={() => setDialog('edit')} data-testid="crm-ka-edit">
              {t('keyAccounts.edit')}
            </Button>
            <Button onClick={() => setDialog('score')} data-testid="crm-ka-score-open">
              {t('keyAccounts.score')}
            </Button>
            <Button onClick={() => setDialog('risk')} data-testid="crm-ka-risk-open">
              {t('keyAccounts.assessRisk')}
            </Button>
            <Button onClick={() => setDialog('meeting')} data-testid="crm-ka-meeting-open">
              {t('keyAccounts.recordMeeting')}
            </Button>
            <Button onClick={() => setDialog('link')} data-testid="crm-ka-link-open">
              {t('keyAccounts.linkCustomer')}
            </Button>
          </Flex>
        )}
      </Flex>
      {latestRisk?.warningRaised && (
        <Alert
          type="error"
          showIcon
          data-testid="crm-ka-warning"
          message={t('keyAccounts.warningTitle')}
          description={t('keyAccounts.warningDetail', {
            from: latestRisk.previousLevel ? t(`riskLevels.${latestRisk.previousLevel}`) : t('keyAccounts.notAssessed'),
            to: t(`riskLevels.${latestRisk.level}`),
            time: hospitalTime(latestRisk.assessedAt),
          })}
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6} xl={3}>
          <Statistic title={t('keyAccounts.scoreColumn')} value={account.score ?? '—'} />
        </Col>
        <Col xs={12} md={6} xl={3}>
          <Statistic title={t('keyAccounts.riskScore')} value={account.riskScore ?? '—'} />
        </Col>
        <Col xs={12} md={6} xl={3}>
          <Statistic title={t('keyAccounts.people')} value={account.analysis.customers} />
        </Col>
        <Col xs={12} md={6} xl={3}>
          <Statistic title={t('keyAccounts.visits')} value={account.analysis.visits} />
        </Col>
        <Col xs={12} md={6} xl={3}>
          <Statistic title={t('keyAccounts.deals')} value={account.analysis.deals} />
        </Col>
        <Col xs={12} md={6} xl={4}>
          <Statistic title={t('keyAccounts.spend')} value={formatFen(account.analysis.spendFen)} />
        </Col>
        <Col xs={12} md={6} xl={3}>
          <Statistic
            title={t('keyAccounts.satisfaction')}
            value={account.analysis.satisfaction ?? '—'}
            precision={account.analysis.satisfaction === null ? undefined : 1}
          />
        </Col>
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card size="small" title={t('keyAccounts.profile')}>
            <Descriptions column={{ xs: 1, md: 2 }} size="small">
              <Descriptions.Item label={t('keyAccounts.accountManager')}>
                <StaffName id={account.accountManagerId} />
              </Descriptions.Item>
              <Descriptions.Item label={t('keyAccounts.createdAt')}>{hospitalTime(account.createdAt)}</Descriptions.Item>
              <Descriptions.Item label={t('keyAccounts.visitProcess')} span={2}>
                {dash(account.servicePlan.visitProcess)}
              </Descriptions.Item>
              <Descriptions.Item label={t('keyAccounts.expertTeam')}>{dash(account.servicePlan.expertTeam)}</Descriptions.Item>
              <Descriptions.Item label={t('keyAccounts.discountPolicy')}>{dash(account.servicePlan.discountPolicy)}</Descriptions.Item>
              <Descriptions.Item label={t('keyAccounts.valueAddedServices')} span={2}>
                {account.servicePlan.valueAddedServices.length
                  ? account.servicePlan.valueAddedServices.map((value) => <Tag key={value}>{value}</Tag>)
                  : '—'}
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card size="small" title={t('keyAccounts.contacts')}>
            <Table<KeyAccountDetail['contacts'][number]>
              rowKey={(row) => `${row.name}:${row.phone ?? ''}`}
              columns={[
                { title: t('keyAccounts.contactName'), dataIndex: 'name' },
                { title: t('keyAccounts.contactTitle'), dataIndex: 'title', render: (value: string | null) => dash(value) },
                { title: t('customer.phone'), dataIndex: 'phone', render: (value: string | null) => dash(value) },
              ]}
              {...small(account.contacts, 'crm-ka-contacts', t('keyAccounts.noContacts'))}
            />
            {account.analysis.diseaseTypes.length > 0 && (
              <Flex gap={4} wrap="wrap" style={{ marginTop: 12 }}>
                <Typography.Text type="secondary">{t('keyAccounts.diseaseTypes')}：</Typography.Text>
                {account.analysis.diseaseTypes.map((entry) => (
                  <Tag key={entry.diseaseType}>
                    {entry.diseaseType} × {entry.count}
                  </Tag>
                ))}
              </Flex>
            )}
          </Card>
        </Col>
      </Row>
      <Card size="small">
        <Tabs
          items={[
            {
              key: 'roster',
              label: t('keyAccounts.roster'),
              children: (
                <Roster
                  account={account}
                  canEdit={canEdit}
                  refreshKey={rosterKey}
                  onChanged={() => (setRosterKey((key) => key + 1), void refetch())}
                />
              ),
            },
            {
              key: 'meetings',
              label: `${t('keyAccounts.meetings')} (${account.meetings.length})`,
              children: (
                <Table<KeyAccountMeeting>
                  rowKey="id"
                  columns={meetingColumns}
                  {...small(account.meetings, 'crm-ka-meetings', t('keyAccounts.noMeetings'))}
                />
              ),
            },
            {
              key: 'scores',
              label: `${t('keyAccounts.scores')} (${account.scores.length})`,
              children: (
                <Table<KeyAccountScore>
                  rowKey="id"
                  columns={scoreColumns}
                  {...small(account.scores, 'crm-ka-scores', t('keyAccounts.noScores'))}
                />
              ),
            },
            {
              key: 'risk',
              label: `${t('keyAccounts.riskHistory')} (${account.riskAssessments.length})`,
              children: (
                <Table<KeyAccountRiskAssessment>
                  rowKey="id"
                  columns={riskColumns}
                  {...small(account.riskAssessments, 'crm-ka-risks', t('keyAccounts.noRisk'))}
                />
              ),
            },
          ]}
        />
      </Card>
      {canEdit && (
        <>
          <KeyAccountFormModal open={dialog === 'edit'} account={account} onClose={close} onSaved={saved} />
          <ScoreKeyAccountModal open={dialog === 'score'} keyAccountId={account.id} onClose={close} onSaved={saved} />
          <AssessRiskModal
            open={dialog === 'risk'}
            keyAccountId={account.id}
            onClose={close}
            onSaved={(outcome) => {
              if (outcome.warningRaised) void message.warning(t('keyAccounts.warningTitle'));
              saved();
            }}
          />
          <RecordMeetingModal open={dialog === 'meeting'} keyAccountId={account.id} onClose={close} onSaved={saved} />
          <LinkCustomerModal
            open={dialog === 'link'}
            keyAccountId={account.id}
            onClose={close}
            onSaved={() => {
              saved();
              setRosterKey((key) => key + 1);
            }}
          />
        </>
      )}
    </Flex>
  );
}
