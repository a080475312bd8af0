import { formatFen, useCursorPages, useHospitalTime, PagedTable, useDepartmentName } from '@careline/frontend-shared';
import { Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { CustomerConsultationItemFragment as ConsultationItem, CustomerVisitItemFragment as VisitItem } from '../../../gql/graphql';
import { useCustomerConsultations, useCustomerVisits } from '../hooks/use-customer-360.js';

const pageSize = 10;
const outcomeColors: Record<ConsultationItem['outcome'], string> = { BOOKED: 'green', FOLLOW_UP_LATER: 'orange', NO_INTENTION: 'default' };

/** The customer's consultations (咨询记录), newest first, paged by the API's cursors. */
export function CustomerConsultations({ customerId }: { customerId: string }) {
  const { t } = useTranslation('crm');
  const hospitalTime = useHospitalTime();
  const pages = useCursorPages(customerId);
  const { connection, loading, error, refetch } = useCustomerConsultations({ customerId, first: pageSize, after: pages.after });
  const columns: ColumnsType<ConsultationItem> = [
    { title: t('c360.consultations.consultedAt'), dataIndex: 'consultedAt', render: (value: string) => hospitalTime(value) },
    { title: t('customer.channel'), dataIndex: 'channel', render: (value: ConsultationItem['channel']) => t(`channels.${value}`) },
    {
      title: t('c360.consultations.concern'),
      dataIndex: 'concern',
      render: (value: ConsultationItem['concern']) => (value ? t(`concerns.${value}`) : '—'),
    },
    { title: t('c360.consultations.visitIntention'), dataIndex: 'visitIntention', render: (value: string | null) => value ?? '—' },
    {
      title: t('c360.consultations.outcome'),
      dataIndex: 'outcome',
      render: (value: ConsultationItem['outcome'], row) => (
        <>
          <Tag color={outcomeColors[value]}>{t(`outcomes.${value}`)}</Tag>
          {row.noIntentionReason}
        </>
      ),
    },
    { title: t('c360.consultations.notes'), dataIndex: 'notes', render: (value: string | null) => value ?? '—' },
  ];
  return (
    <PagedTable
      connection={connection}
      error={error}
      onRetry={() => void refetch()}
      errorTitle={t('c360.consultations.errorTitle')}
      empty={t('c360.consultations.empty')}
      paging={pages}
      pageSize={pageSize}
      testId="crm-360-consultations"
    >
      {(nodes) => (
        <Table<ConsultationItem>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={nodes}
          loading={loading}
          pagination={false}
          scroll={{ x: 'max-content' }}
          data-testid="crm-360-consultations"
        />
      )}
    </PagedTable>
  );
}

/** The customer's visits (到院记录) with their deal outcome, newest first. */
export function CustomerVisits({ customerId }: { customerId: string }) {
  const { t } = useTranslation('crm');
  const departmentName = useDepartmentName();
  const hospitalTime = useHospitalTime();
  const pages = useCursorPages(customerId);
  const { connection, loading, error, refetch } = useCustomerVisits({ customerId, first: pageSize, after: pages.after });
  const columns: ColumnsType<VisitItem> = [
    { title: t('c360.visits.arrivedAt'), dataIndex: 'arrivedAt', render: (value: string) => hospitalTime(value) },
    {
      title: t('c360.visits.type'),
      dataIndex: 'type',
      render: (value: VisitItem['type'], row) => (
        <>
          {t(`visitTypes.${value}`)}
          {row.walkIn && <Tag style={{ marginLeft: 8 }}>{t('c360.visits.walkIn')}</Tag>}
        </>
      ),
    },
    { title: t('c360.visits.department'), dataIndex: 'departmentCode', render: (value: string | null) => departmentName(value) },
    {
      title: t('c360.visits.deal'),
      dataIndex: 'dealt',
      render: (value: boolean | null) =>
        value === null ? (
          <Tag>{t('c360.visits.pending')}</Tag>
        ) : (
          <Tag color={value ? 'green' : 'default'}>{t(value ? 'c360.visits.dealt' : 'c360.visits.notDealt')}</Tag>
        ),
    },
    { title: t('c360.visits.items'), dataIndex: 'items', render: (items: string[]) => (items.length > 0 ? items.join('、') : '—') },
    {
      title: t('c360.visits.amount'),
      dataIndex: 'dealAmountFen',
      align: 'right',
      render: (value: number | null) => formatFen(value),
    },
  ];
  return (
    <PagedTable
      connection={connection}
      error={error}
      onRetry={() => void refetch()}
      errorTitle={t('c360.visits.errorTitle')}
      empty={t('c360.visits.empty')}
      paging={pages}
      pageSize={pageSize}
      testId="crm-360-visits"
    >
      {(nodes) => (
        <Table<VisitItem>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={nodes}
          loading={loading}
          pagination={false}
          scroll={{ x: 'max-content' }}
          data-testid="crm-360-visits"
        />
      )}
    </PagedTable>
  );
}
