import { PageEmpty, PageLoading, QueryError } from '@careline/frontend-shared';
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DepartmentsQuery } from '../../../gql/graphql';
import { useDepartments } from '../hooks/use-departments.js';

/** 科室: the hospital's departments, with their codes (what staff, rules and reports refer to). */
export function DepartmentsTab() {
  const { t } = useTranslation('admin');
  const { departments, loading, error, refetch } = useDepartments();
  if (error && !departments) {
    return <QueryError error={error} title={t('departments.errorTitle')} onRetry={() => void refetch()} testId="admin-departments-error" />;
  }
  if (!departments) return <PageLoading testId="admin-departments-loading" />;
  if (departments.length === 0) return <PageEmpty testId="admin-departments-empty" description={t('departments.empty')} />;
  return (
    <Table<NonNullable<DepartmentsQuery['departments']>[number]>
      data-testid="admin-departments-table"
      size="middle"
      rowKey="code"
      loading={loading}
      dataSource={departments}
      pagination={false}
      columns={[
        { key: 'name', title: t('departments.columns.name'), dataIndex: 'name' },
        { key: 'nameEn', title: t('departments.columns.nameEn'), dataIndex: 'nameEn' },
      ]}
    />
  );
}
