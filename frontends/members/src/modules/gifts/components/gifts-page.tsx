import { PlusOutlined } from '@ant-design/icons';
import { useCursorPages, formatFen, PagedTable } from '@careline/frontend-shared';
import { Button, Flex, Input, Select, Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMemberPermissions } from '../../../app/use-member-permissions.js';
import { formatPoints } from '../../common/utils/format-points.js';
import type { GiftKind } from '../../../gql/graphql';
import { giftKinds } from '../graphql/gifts.documents.js';
import { useGifts, type CatalogueGift as Gift } from '../hooks/use-gifts.js';
import { CreateGiftModal } from './create-gift-modal.js';
import { GiftKindTag } from './gift-kind-tag.js';
import { RestockGiftModal } from './restock-gift-modal.js';
import { UnitCostModal } from './unit-cost-modal.js';

const pageSize = 20;

/** 礼品目录: the catalogue with points price and stock; create, restock, and (finance) unit cost. */
export function GiftsPage() {
  const { t } = useTranslation('members');
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState<GiftKind | undefined>();
  const [creating, setCreating] = useState(false);
  const [restocking, setRestocking] = useState<Gift | null>(null);
  const [costing, setCosting] = useState<Gift | null>(null);
  const pages = useCursorPages(`${search}|${kind ?? ''}`);
  const permissions = useMemberPermissions();
  const setsCost = permissions.setsCosts;
  const { connection, loading, error, refetch, withCost } = useGifts({
    search: search || null,
    kind: kind ?? null,
    first: pageSize,
    after: pages.after,
  });

  const columns: ColumnsType<Gift> = [
    { key: 'name', title: t('gifts.columns.name'), dataIndex: 'name' },
    { key: 'kind', title: t('gifts.columns.kind'), render: (_, gift) => <GiftKindTag kind={gift.kind} /> },
    { key: 'pointsPrice', title: t('gifts.columns.pointsPrice'), align: 'right', render: (_, gift) => formatPoints(gift.pointsPrice) },
    {
      key: 'stock',
      title: t('gifts.columns.stock'),
      align: 'right',
      render: (_, gift) => <span data-testid={`members-gift-stock-${gift.id}`}>{gift.stock}</span>,
    },
    ...(withCost
      ? [
          {
            key: 'unitCost',
            title: t('gifts.columns.unitCost'),
            align: 'right' as const,
            render: (_: unknown, gift: Gift) => formatFen(gift.unitCostFen),
          },
        ]
      : []),
    {
      key: 'actions',
      title: t('columns.actions'),
      render: (_, gift) => (
        <Space size={0}>
          {permissions.managesCatalogue && (
            <Button type="link" size="small" onClick={() => setRestocking(gift)} data-testid={`members-gift-restock-${gift.id}`}>
              {t('gifts.restock')}
            </Button>
          )}
          {setsCost && (
            <Button type="link" size="small" onClick={() => setCosting(gift)} data-testid={`members-gift-cost-${gift.id}`}>
              {t('gifts.setUnitCost')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  const body = (
    <PagedTable
      connection={connection}
      error={error}
      onRetry={() => void refetch()}
      errorTitle={t('gifts.errorTitle')}
      empty={t('gifts.empty')}
      paging={pages}
      pageSize={pageSize}
      testId="members-gifts"
    >
      {(nodes) => (
        <Table<Gift>
          data-testid="members-gifts-table"
          size="middle"
          rowKey="id"
          columns={columns}
          dataSource={nodes}
          loading={loading}
          pagination={false}
        />
      )}
    </PagedTable>
  );

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Flex justify="space-between" wrap gap={12}>
        <Flex gap={12} wrap>
          <Input.Search
            allowClear
            placeholder={t('gifts.search')}
            aria-label={t('gifts.search')}
            style={{ width: 240 }}
            onSearch={(value) => setSearch(value.trim())}
            data-testid="members-gifts-search"
          />
          <Select<GiftKind>
            allowClear
            value={kind}
            placeholder={t('gifts.allKinds')}
            aria-label={t('gifts.columns.kind')}
            style={{ width: 160 }}
            onChange={setKind}
            options={giftKinds.map((value) => ({ value, label: t(`gifts.kinds.${value}`) }))}
            data-testid="members-gifts-kind"
          />
        </Flex>
        {permissions.managesCatalogue && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="members-gift-create">
            {t('gifts.create')}
          </Button>
        )}
      </Flex>
      {body}
      <CreateGiftModal open={creating} withCost={setsCost} onClose={() => setCreating(false)} />
      <RestockGiftModal gift={restocking} onClose={() => setRestocking(null)} />
      <UnitCostModal gift={costing} onClose={() => setCosting(null)} />
    </Space>
  );
}
