import { useApolloClient, useQuery } from '@apollo/client/react';
import { exportXlsx, useCursorPages, useHospitalTime, PagedTable, hospitalToday } from '@careline/frontend-shared';
import { Button, Card, Flex, Input, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useCrmPath } from '../../../app/use-crm-path.js';
import { useCrmPermissions } from '../../../app/use-crm-permissions.js';
import { StaffName } from '../../common/components/staff-name.js';
import { ExportButton } from '../../exports/export-button.js';
import { fetchAllPages } from '../../exports/fetch-all-pages.js';
import type { KeyAccountRowFragment as KeyAccountRow } from '../../../gql/graphql';
import { KeyAccountsDocument } from '../graphql/key-accounts.documents.js';
import { KeyAccountFormModal } from './key-account-forms.js';
import { RiskLevelTag, RiskWarningTag } from './risk-level-tag.js';

const pageSize = 20;

/** The latest assessment raised a warning (the level worsened). */
const warned = (row: KeyAccountRow) => row.riskAssessments[0]?.warningRaised === true;

/** 大客户: institutions and VIPs, newest first, by name; score, risk level and warnings at a glance. */
export function KeyAccountsPage() {
  const { t } = useTranslation('crm');
  const path = useCrmPath();
  const navigate = useNavigate();
  const client = useApolloClient();
  const hospitalTime = useHospitalTime();
  const permissions = useCrmPermissions();
  const [searchText, setSearchText] = useState('');
  const [search, setSearch] = useState('');
  const [creating, setCreating] = useState(false);
  const pages = useCursorPages(search);
  const { data, previousData, loading, error, refetch } = useQuery(KeyAccountsDocument, {
    variables: { search: search || null, first: pageSize, after: pages.after },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.keyAccounts;

  const columns: ColumnsType<KeyAccountRow> = [
    {
      title: t('keyAccounts.name'),
      dataIndex: 'name',
      render: (_, row) => (
        <Link to={path(`key-accounts/${row.id}`)} data-testid={`crm-ka-link-${row.id}`}>
          {row.name}
        </Link>
      ),
    },
    { title: t('keyAccounts.kind'), dataIndex: 'kind', render: (value: KeyAccountRow['kind']) => t(`keyAccountKinds.${value}`) },
    { title: t('keyAccounts.scoreColumn'), dataIndex: 'score', align: 'right', render: (value: number | null) => value ?? '—' },
    { title: t('keyAccounts.riskScore'), dataIndex: 'riskScore', align: 'right', render: (value: number | null) => value ?? '—' },
    {
      title: t('keyAccounts.riskLevel'),
      dataIndex: 'riskLevel',
      render: (value: KeyAccountRow['riskLevel'], row) => (
        <Flex gap={4}>
          <RiskLevelTag value={value} testId={`crm-ka-risk-${row.id}`} />
          {warned(row) && <RiskWarningTag testId={`crm-ka-warning-${row.id}`} />}
        </Flex>
      ),
    },
    { title: t('keyAccounts.accountManager'), dataIndex: 'accountManagerId', render: (value: string | null) => <StaffName id={value} /> },
    {
      title: t('keyAccounts.contacts'),
      dataIndex: 'contacts',
      render: (contacts: KeyAccountRow['contacts']) => (contacts.length ? contacts.map((contact) => contact.name).join('、') : '—'),
    },
    { title: t('keyAccounts.createdAt'), dataIndex: 'createdAt', render: (value: string) => hospitalTime(value) },
  ];

  const runExport = async () => {
    const { rows, truncated } = await fetchAllPages(
      client,
      KeyAccountsDocument,
      { search: search || null },
      (result) => result.keyAccounts,
    );
    await exportXlsx(`key-accounts-${hospitalToday()}.xlsx`, [
      {
        name: t('pages.key-accounts'),
        columns: [
          { header: t('keyAccounts.name'), key: 'name', width: 28 },
          { header: t('keyAccounts.kind'), key: 'kind' },
          { header: t('keyAccounts.scoreColumn'), key: 'score' },
          { header: t('keyAccounts.riskScore'), key: 'riskScore' },
          { header: t('keyAccounts.riskLevel'), key: 'riskLevel' },
          { header: t('keyAccounts.warning'), key: 'warning' },
          { header: t('keyAccounts.contacts'), key: 'contacts', width: 40 },
          { header: t('keyAccounts.createdAt'), key: 'createdAt', width: 22 },
        ],
        rows: rows.map((row) => ({
          name: row.name,
          kind: t(`keyAccountKinds.${row.kind}`),
          score: row.score,
          riskScore: row.riskScore,
          riskLevel: row.riskLevel ? t(`riskLevels.${row.riskLevel}`) : '',
          warning: warned(row) ? t('yes') : t('no'),
          contacts: row.contacts.map((contact) => [contact.name, contact.title, contact.phone].filter(Boolean).join(' ')).join('；'),
          createdAt: hospitalTime(row.createdAt),
        })),
      },
    ]);
    return { rows: rows.length, truncated };
  };

  const body = (
    <PagedTable
      connection={connection}
      error={error}
      onRetry={() => void refetch()}
      errorTitle={t('keyAccounts.errorTitle')}
      empty={t(search ? 'keyAccounts.noMatch' : 'keyAccounts.empty')}
      paging={pages}
      pageSize={pageSize}
      testId="crm-ka"
      testIds={{ error: 'crm-ka-list-error', loading: 'crm-ka-list-loading', empty: 'crm-ka-list-empty' }}
    >
      {(nodes) => (
        <Table<KeyAccountRow>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={nodes}
          loading={loading}
          pagination={false}
          scroll={{ x: 'max-content' }}
          data-testid="crm-ka-table"
        />
      )}
    </PagedTable>
  );

  return (
    <Card
      title={t('pages.key-accounts')}
      data-testid="crm-ka-page"
      extra={
        <Flex gap={8}>
          <ExportButton run={runExport} testId="crm-ka-export" disabled={!connection || connection.totalCount === 0} />
          {permissions.keyAccounts && (
            <Button type="primary" onClick={() => setCreating(true)} data-testid="crm-ka-create">
              {t('keyAccounts.create')}
            </Button>
          )}
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        <Flex gap={8} align="center" wrap="wrap">
          <Input.Search
            allowClear
            style={{ width: 280 }}
            placeholder={t('keyAccounts.searchPlaceholder')}
            value={searchText}
            onChange={(event) => setSearchText(event.target.value)}
            onSearch={(value) => setSearch(value.trim())}
            data-testid="crm-ka-search"
          />
          <Typography.Text type="secondary">{t('keyAccounts.listHint')}</Typography.Text>
        </Flex>
        {body}
      </Flex>
      <KeyAccountFormModal
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(id) => {
          setCreating(false);
          void navigate(path(`key-accounts/${id}`));
        }}
      />
    </Card>
  );
}
