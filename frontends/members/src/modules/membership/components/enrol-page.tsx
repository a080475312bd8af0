import { UserAddOutlined } from '@ant-design/icons';
import { PagedTable, useCursorPages } from '@careline/frontend-shared';
import { Alert, Button, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCustomersWithMembership } from '../hooks/use-customers-with-membership.js';
import type { MemberCustomer } from '../utils/member-row.js';
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

  const body =
    search === '' ? (
      <Alert type="info" showIcon title={t('enrol.hint')} data-testid="members-enrol-hint" />
    ) : (
      <PagedTable
        connection={connection}
        error={error}
        onRetry={() => void refetch()}
        errorTitle={t('enrol.errorTitle')}
        empty={t('enrol.empty', { search })}
        paging={pages}
        pageSize={pageSize}
        testId="members-enrol"
        testIds={{ error: 'members-enrol-list-error' }}
      >
        {(nodes) => (
          <MembersTable
            testId="members-enrol-table"
            loading={loading}
            rows={nodes.map((customer) => ({ key: customer.id, customer, membership: customer.membership }))}
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
        )}
      </PagedTable>
    );

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
