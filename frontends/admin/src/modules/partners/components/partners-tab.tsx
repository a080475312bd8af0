import { PlusOutlined } from '@ant-design/icons';
import { useCursorPages, useHospitalTime, PagedTable } from '@careline/frontend-shared';
import { Button, Flex, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnerOrganisationFieldsFragment as PartnerOrganisation } from '../../../gql/graphql';
import { usePartnerOrganisations } from '../hooks/use-partner-organisations.js';
import { ApiKeysDrawer } from './api-keys-drawer.js';
import { CreatePartnerModal } from './create-partner-modal.js';

const pageSize = 20;

/** 合作机构与 API 密钥: partner organisations, and per partner its API keys (in a drawer). */
export function PartnersTab() {
  const { t } = useTranslation('admin');
  const time = useHospitalTime();
  const pages = useCursorPages('');
  const { connection, loading, error, refetch } = usePartnerOrganisations(pageSize, pages.after);
  const [creating, setCreating] = useState(false);
  const [keysOf, setKeysOf] = useState<PartnerOrganisation | null>(null);

  const body = (
    <PagedTable
      connection={connection}
      error={error}
      onRetry={() => void refetch()}
      errorTitle={t('partners.errorTitle')}
      empty={t('partners.empty')}
      paging={pages}
      pageSize={pageSize}
      testId="admin-partners"
    >
      {(nodes) => (
        <Table<PartnerOrganisation>
          data-testid="admin-partners-table"
          size="middle"
          rowKey="id"
          loading={loading}
          dataSource={nodes}
          pagination={false}
          columns={[
            { key: 'name', title: t('partners.columns.name'), dataIndex: 'name' },
            {
              key: 'keyAccountId',
              title: t('partners.columns.keyAccountId'),
              // the account's name through federation (crm); the id stays behind the name, copyable for support
              render: (_, partner) => (
                <Typography.Text copyable={{ text: partner.keyAccountId }}>
                  {partner.keyAccount?.name ?? t('partners.keyAccountMissing')}
                </Typography.Text>
              ),
            },
            {
              key: 'status',
              title: t('partners.columns.status'),
              render: (_, partner) => (
                <Tag color={partner.active ? 'green' : 'default'}>{partner.active ? t('partners.active') : t('partners.inactive')}</Tag>
              ),
            },
            { key: 'createdAt', title: t('partners.columns.createdAt'), render: (_, partner) => time(partner.createdAt) },
            {
              key: 'actions',
              title: t('partners.columns.actions'),
              render: (_, partner) => (
                <Button size="small" onClick={() => setKeysOf(partner)} data-testid={`admin-partner-keys-${partner.id}`}>
                  {t('partners.manageKeys')}
                </Button>
              ),
            },
          ]}
        />
      )}
    </PagedTable>
  );

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Flex justify="flex-end">
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="admin-partner-create">
          {t('partners.create')}
        </Button>
      </Flex>
      {body}
      <CreatePartnerModal open={creating} onClose={() => setCreating(false)} />
      {keysOf && <ApiKeysDrawer partner={keysOf} onClose={() => setKeysOf(null)} />}
    </Space>
  );
}
