import { useCursorPages, PagedTable } from '@careline/frontend-shared';
import { Form, Space } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditLogFilter } from '../../../gql/graphql';
import { useAuditLog } from '../hooks/use-audit-log.js';
import { useExportAuditLog } from '../hooks/use-export-audit-log.js';
import type { AuditFilterValues } from '../utils/audit-filter-values.js';
import { toAuditLogFilter } from '../utils/to-audit-log-filter.js';
import { AuditFilters } from './audit-filters.js';
import { AuditTable } from './audit-table.js';

const pageSize = 50;

/** 审计日志: who did or read what, when and from where, filtered, paged and exportable to Excel. */
export function AuditTab() {
  const { t } = useTranslation('admin');
  const [form] = Form.useForm<AuditFilterValues>();
  const [filter, setFilter] = useState<AuditLogFilter>({});
  const filterKey = useMemo(() => JSON.stringify(filter), [filter]);
  const pages = useCursorPages(filterKey);
  const { connection, loading, error, refetch } = useAuditLog(filter, pageSize, pages.after);
  const { exportLog, exporting } = useExportAuditLog();

  const body = (
    <PagedTable
      connection={connection}
      error={error}
      onRetry={() => void refetch()}
      errorTitle={t('audit.errorTitle')}
      empty={t('audit.empty')}
      paging={pages}
      pageSize={pageSize}
      testId="admin-audit"
    >
      {(nodes) => (
        <AuditTable
          rows={nodes}
          loading={loading}
          onFilterActor={(actorId) => {
            form.setFieldValue('actorId', actorId);
            setFilter(toAuditLogFilter(form.getFieldsValue()));
          }}
        />
      )}
    </PagedTable>
  );

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <AuditFilters
        form={form}
        onSearch={(values) => setFilter(toAuditLogFilter(values))}
        onReset={() => {
          form.resetFields();
          setFilter({});
        }}
        // the entries the table shows (the applied filter), not half-edited fields
        onExport={() => void exportLog(filter)}
        exporting={exporting}
      />
      {body}
    </Space>
  );
}
