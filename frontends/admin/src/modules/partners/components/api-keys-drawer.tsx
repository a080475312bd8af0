import { KeyOutlined, PlusOutlined } from '@ant-design/icons';
import { useCursorPages, useHospitalTime, PagedTable } from '@careline/frontend-shared';
import { Button, Drawer, Flex, Popconfirm, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiKeyFieldsFragment as ApiKey, PartnerOrganisationFieldsFragment as PartnerOrganisation } from '../../../gql/graphql';
import { useApiKeys } from '../hooks/use-api-keys.js';
import { useRevokeApiKey } from '../hooks/use-revoke-api-key.js';
import { apiKeyState } from '../utils/api-key-state.js';
import { ApiKeySecretModal } from './api-key-secret-modal.js';
import { CreateApiKeyModal } from './create-api-key-modal.js';

const pageSize = 20;
const stateColors = { valid: 'green', revoked: 'red', expired: 'default' } as const;

/** One partner's API keys (never their secrets): create one, revoke one. */
export function ApiKeysDrawer({ partner, onClose }: { partner: PartnerOrganisation; onClose: () => void }) {
  const { t } = useTranslation('admin');
  const time = useHospitalTime();
  const pages = useCursorPages(partner.id);
  const { connection, loading, error, refetch } = useApiKeys(partner.id, pageSize, pages.after);
  const { revoke, loading: revoking } = useRevokeApiKey();
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);

  const body = (
    <PagedTable
      connection={connection}
      error={error}
      onRetry={() => void refetch()}
      errorTitle={t('apiKeys.errorTitle')}
      empty={t('apiKeys.empty')}
      paging={pages}
      pageSize={pageSize}
      testId="admin-api-keys"
    >
      {(nodes) => (
        <Table<ApiKey>
          data-testid="admin-api-keys-table"
          size="small"
          rowKey="id"
          loading={loading}
          dataSource={nodes}
          pagination={false}
          scroll={{ x: 860 }}
          columns={[
            { key: 'name', title: t('apiKeys.columns.name'), dataIndex: 'name' },
            {
              key: 'prefix',
              title: t('apiKeys.columns.prefix'),
              render: (_, key) => <Typography.Text code>{key.prefix}…</Typography.Text>,
            },
            {
              key: 'scopes',
              title: t('apiKeys.columns.scopes'),
              render: (_, key) => key.scopes.map((scope) => <Tag key={scope}>{scope}</Tag>),
            },
            { key: 'createdAt', title: t('apiKeys.columns.createdAt'), render: (_, key) => time(key.createdAt) },
            { key: 'expiresAt', title: t('apiKeys.columns.expiresAt'), render: (_, key) => time(key.expiresAt, t('apiKeys.never')) },
            { key: 'lastUsedAt', title: t('apiKeys.columns.lastUsedAt'), render: (_, key) => time(key.lastUsedAt, t('apiKeys.unused')) },
            {
              key: 'status',
              title: t('apiKeys.columns.status'),
              render: (_, key) => {
                const state = apiKeyState(key);
                return <Tag color={stateColors[state]}>{t(`apiKeys.${state}`)}</Tag>;
              },
            },
            {
              key: 'actions',
              title: t('apiKeys.columns.actions'),
              render: (_, key) =>
                key.revokedAt ? null : (
                  <Popconfirm
                    title={t('apiKeys.revokeConfirm', { name: key.name })}
                    okText={t('apiKeys.revoke')}
                    okButtonProps={{ danger: true }}
                    cancelText={t('actions.cancel')}
                    onConfirm={() => revoke(key)}
                  >
                    <Button size="small" type="link" danger disabled={revoking} data-testid={`admin-api-key-revoke-${key.prefix}`}>
                      {t('apiKeys.revoke')}
                    </Button>
                  </Popconfirm>
                ),
            },
          ]}
        />
      )}
    </PagedTable>
  );

  return (
    <Drawer
      open
      size={960}
      title={
        <Flex align="center" gap={8}>
          <KeyOutlined />
          {t('apiKeys.title', { partner: partner.name })}
        </Flex>
      }
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="admin-api-key-create">
          {t('apiKeys.create')}
        </Button>
      }
      onClose={onClose}
      data-testid="admin-api-keys-drawer"
    >
      {body}
      <CreateApiKeyModal
        partnerId={partner.id}
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(created) => {
          setCreating(false);
          setSecret(created);
        }}
      />
      <ApiKeySecretModal secret={secret} onClose={() => setSecret(null)} />
    </Drawer>
  );
}
