import { PagedTable, useCursorPages, type ConnectionPage } from '@careline/frontend-shared';
import { Alert, Button, Flex, Input, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MembershipStatus } from '../../../gql/graphql';
import { membershipStatuses } from '../graphql/membership.documents.js';
import { useCustomersWithMembership } from '../hooks/use-customers-with-membership.js';
import { useMemberships } from '../hooks/use-memberships.js';
import { useTiers } from '../hooks/use-tiers.js';
import type { MemberRow } from '../utils/member-row.js';
import { guessSearchMode } from '../utils/search-mode.js';
import { MembersTable } from './members-table.js';
import { useMemberPermissions } from '../../../app/use-member-permissions.js';
import { TierPreviewDrawer } from '../../tier/components/tier-preview-drawer.js';

const pageSize = 20;

/**
 * 会员查询: by card number (members, with the tier / status / key-customer filters) or by name or
 * phone (crm's customers, each with their membership, so a person who is not a member shows as such).
 * The card number opens 会员360.
 */
export function MemberSearchPage() {
  const { t } = useTranslation('members');
  const tiers = useTiers();
  const [search, setSearch] = useState('');
  const [tier, setTier] = useState<string | undefined>();
  const [status, setStatus] = useState<MembershipStatus | undefined>();
  const [keyCustomer, setKeyCustomer] = useState<boolean | undefined>();
  const { previewsTiers } = useMemberPermissions();
  const [previewOpen, setPreviewOpen] = useState(false);
  const mode = search === '' ? 'card' : guessSearchMode(search);
  const pages = useCursorPages(`${search}|${tier ?? ''}|${status ?? ''}|${String(keyCustomer)}`);
  const memberships = useMemberships(
    {
      search: search || null,
      tier: tier ?? null,
      status: status ?? null,
      keyCustomer: keyCustomer ?? null,
      first: pageSize,
      after: pages.after,
    },
    mode !== 'card',
  );
  const people = useCustomersWithMembership({ search, first: pageSize, after: pages.after }, mode !== 'person');
  const filtered = tier !== undefined || status !== undefined || keyCustomer !== undefined;

  let rows: MemberRow[] | undefined;
  let totalCount = 0;
  let hasNextPage = false;
  let endCursor: string | null = null;
  const current = mode === 'card' ? memberships : people;
  if (mode === 'card' && memberships.connection) {
    const { connection } = memberships;
    rows = connection.nodes.map((membership) => ({ key: membership.id, customer: membership.customer, membership }));
    ({ totalCount } = connection);
    ({ hasNextPage, endCursor } = connection.pageInfo);
  } else if (mode === 'person' && people.connection) {
    const { connection } = people;
    rows = connection.nodes
      .map((customer) => ({ key: customer.id, customer, membership: customer.membership }))
      // the filters are members' to apply; found by name, they narrow the page on screen
      .filter(
        ({ membership }) =>
          !filtered ||
          (membership !== null &&
            (tier === undefined || membership.tier === tier) &&
            (status === undefined || membership.status === status) &&
            (keyCustomer === undefined || membership.isKeyCustomer === keyCustomer)),
      );
    ({ totalCount } = connection);
    ({ hasNextPage, endCursor } = connection.pageInfo);
  }

  // either search's rows as one page of a connection, for the paged table
  const page: ConnectionPage<MemberRow> | undefined = rows && { nodes: rows, totalCount, pageInfo: { hasNextPage, endCursor } };
  const body = (
    <PagedTable
      connection={page}
      error={current.error}
      onRetry={() => void current.refetch()}
      errorTitle={t('search.errorTitle')}
      empty={t(search ? 'search.emptyFor' : 'search.empty', { search })}
      paging={pages}
      pageSize={pageSize}
      testId="members-search"
    >
      {(nodes) => <MembersTable rows={nodes} loading={current.loading} testId="members-search-table" />}
    </PagedTable>
  );

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Flex gap={12} wrap>
        <Input.Search
          allowClear
          enterButton
          placeholder={t('search.placeholder')}
          aria-label={t('search.placeholder')}
          style={{ width: 320 }}
          onSearch={(value) => setSearch(value.trim())}
          data-testid="members-search-input"
        />
        <Select<string>
          allowClear
          value={tier}
          placeholder={t('search.allTiers')}
          aria-label={t('member.tier')}
          style={{ width: 140 }}
          onChange={setTier}
          options={tiers.options}
          data-testid="members-search-tier"
        />
        <Select<MembershipStatus>
          allowClear
          value={status}
          placeholder={t('search.allStatuses')}
          aria-label={t('member.status')}
          style={{ width: 140 }}
          onChange={setStatus}
          options={membershipStatuses.map((value) => ({ value, label: t(`status.${value}`) }))}
          data-testid="members-search-status"
        />
        <Select<'yes' | 'no'>
          allowClear
          value={keyCustomer === undefined ? undefined : keyCustomer ? 'yes' : 'no'}
          placeholder={t('search.keyCustomerAny')}
          aria-label={t('member.keyCustomer')}
          style={{ width: 160 }}
          onChange={(value) => setKeyCustomer(value === undefined ? undefined : value === 'yes')}
          options={[
            { value: 'yes', label: t('search.keyCustomerOnly') },
            { value: 'no', label: t('search.keyCustomerExcluded') },
          ]}
          data-testid="members-search-key-customer"
        />
        {previewsTiers && (
          <Button onClick={() => setPreviewOpen(true)} data-testid="members-tier-preview-open">
            {t('tierPreview.open')}
          </Button>
        )}
      </Flex>
      {mode === 'person' && (
        <Alert
          type="info"
          showIcon
          title={t(filtered ? 'search.byPersonFiltered' : 'search.byPerson')}
          data-testid="members-search-by-person"
        />
      )}
      {body}
      {previewsTiers && <TierPreviewDrawer open={previewOpen} onClose={() => setPreviewOpen(false)} />}
    </Space>
  );
}
