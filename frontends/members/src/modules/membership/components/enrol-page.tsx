import { UserAddOutlined } from '@ant-design/icons';
import { PageEmpty, PageLoading } from '@careline/frontend-shared';
import { Alert, Button, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CursorPager } from '../../common/components/cursor-pager.js';
import { QueryError } from '../../common/components/query-error.js';
import { useCursorPages } from '../../common/hooks/use-cursor-pages.js';
import type { MemberCustomer } from '../graphql/membership.documents.js';
import { useCustomersWithMembership } from '../hooks/use-customers-with-membership.js';
import { EnrolModal } from './enrol-modal.js';
import { MembersTable } from './members-table.js';

const pageSize = 20;

/** 入会: find the customer in crm by name or phone; those who are not members yet can be enrolled. */
export function EnrolPage() {
  const { t } = useTranslation('members');
  const [search, setSearch] = useState('');
  const [enrolling, setEnrolling] = useState<MemberCustomer | null>(null);
  const pages = useCursorPages(search);
  const { connection, loading, error, refetch } = useCustomersWithMembership({ search, first: pageSize, after: pages.after });

  let body;
  if (search === '') {
    body = <Alert type="info" showIcon title={t('enrol.hint')} data-testid="members-enrol-hint" />;
  } else if (error && !connection) {
    body = <QueryError error={error} title={t('enrol.errorTitle')} onRetry={() => void refetch()} testId="members-enrol-list-error" />;
  } else if (!connection) {
    body = <PageLoading testId="members-enrol-loading" />;
  } else if (connection.totalCount === 0) {
    body = <PageEmpty testId="members-enrol-empty" description={t('enrol.empty', { search })} />;
  } else {
    body = (
      <>
        <MembersTable
          testId="members-enrol-table"
          loading={loading}
          rows={connection.nodes.map((customer) => ({ key: customer.id, customer, membership: customer.membership }))}
          action={{
            title: t('columns.actions'),
            render: (row) =>
              row.membership ? null : (
                <Button
                  size="small"
                  type="primary"
                  icon={<UserAddOutlined />}
                  onClick={() => setEnrolling(row.customer)}
                  data-testid={`members-enrol-${row.customer.id}`}
                >
                  {t('enrol.action')}
                </Button>
              ),
          }}
        />
        <CursorPager
          testId="members-enrol-pager"
          page={pages.page}
          pageSize={pageSize}
          totalCount={connection.totalCount}
          hasNextPage={connection.pageInfo.hasNextPage}
          onPrevious={pages.previous}
          onNext={() => pages.next(connection.pageInfo.endCursor)}
        />
      </>
    );
  }

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Input.Search
        allowClear
        enterButton
        placeholder={t('enrol.search')}
        aria-label={t('enrol.search')}
        style={{ width: 320 }}
        onSearch={(value) => setSearch(value.trim())}
        data-testid="members-enrol-search"
      />
      {body}
      <EnrolModal customer={enrolling} onClose={() => setEnrolling(null)} />
    </Space>
  );
}
