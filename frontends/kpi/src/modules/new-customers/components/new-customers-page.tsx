import { PageEmpty, PageError, PageLoading, hospitalTimeZone } from '@careline/frontend-shared';
import { Card, Flex, Skeleton, Space, Typography } from 'antd';
import { Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNewCustomersFilters } from '../hooks/use-new-customers-filters.js';
import { useNewCustomers } from '../hooks/use-new-customers.js';
import { useRowLabel } from '../hooks/use-row-label.js';
import { buildChartOption } from '../utils/build-chart-option.js';
import { LazyNewCustomersChart } from './lazy-new-customers-chart.js';
import { NewCustomersFilters } from './new-customers-filters.js';
import { NewCustomersTable } from './new-customers-table.js';
import { NewCustomersTotals } from './new-customers-totals.js';

/** 新增客户: the new-customer KPI for a period, as totals, a chart and a table. */
export function NewCustomersPage() {
  const { t } = useTranslation('kpi');
  const { period, groupBy, setPeriod, setGroupBy } = useNewCustomersFilters();
  const { figures, loading, error, refetch } = useNewCustomers(period, groupBy);
  // figures of the previous filters may still be on screen while new ones load: label them as they were fetched
  const shownGroupBy = figures?.groupBy ?? groupBy;
  const label = useRowLabel(shownGroupBy);
  const rows = useMemo(() => figures?.rows ?? [], [figures]);
  const option = useMemo(
    () =>
      buildChartOption({
        rows,
        groupBy: shownGroupBy,
        label,
        names: { newCustomers: t('newCustomers.columnNewCustomers'), newMembers: t('newCustomers.columnNewMembers') },
      }),
    [rows, shownGroupBy, label, t],
  );

  let body;
  // null figures without an error cannot happen through the gateway, but must not show as "no data"
  if ((error || figures === null) && !loading) {
    body = (
      <PageError
        testId="kpi-new-customers-error"
        title={t('newCustomers.errorTitle')}
        description={error?.message}
        onRetry={() => void refetch()}
      />
    );
  } else if (!figures) {
    body = <PageLoading testId="kpi-new-customers-loading" />;
  } else if (figures.totalNewCustomers === 0 && figures.totalNewMembers === 0) {
    body = (
      <>
        <NewCustomersTotals newCustomers={0} newMembers={figures.totalNewMembers} />
        <Card>
          <PageEmpty testId="kpi-new-customers-empty" description={t('newCustomers.empty')} />
        </Card>
      </>
    );
  } else {
    body = (
      <>
        <NewCustomersTotals newCustomers={figures.totalNewCustomers} newMembers={figures.totalNewMembers} />
        <Card size="small" title={shownGroupBy === 'DAY' ? t('newCustomers.chartTitle') : t('newCustomers.chartTitleByChannel')}>
          <Suspense fallback={<Skeleton active paragraph={{ rows: 7 }} />}>
            <LazyNewCustomersChart option={option} />
          </Suspense>
        </Card>
        <Card size="small" title={t('newCustomers.tableTitle')}>
          <NewCustomersTable
            rows={rows}
            groupBy={shownGroupBy}
            label={label}
            totals={{ newCustomers: figures.totalNewCustomers, newMembers: figures.totalNewMembers }}
            loading={loading}
          />
        </Card>
      </>
    );
  }

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Flex justify="space-between" align="flex-end" wrap gap={12}>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('newCustomers.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('newCustomers.subtitle', { timeZone: hospitalTimeZone })}</Typography.Text>
        </div>
        <NewCustomersFilters period={period} groupBy={groupBy} onPeriodChange={setPeriod} onGroupByChange={setGroupBy} />
      </Flex>
      {body}
    </Space>
  );
}
