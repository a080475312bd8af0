import { useQuery } from '@apollo/client/react';
import { hospitalToday, PageEmpty, QueryError } from '@careline/frontend-shared';
import { Card, DatePicker, Skeleton, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CohortRetentionDocument } from '../graphql/members-analytics.documents.js';
import { cohortChartOption, type CohortRow } from '../utils/members-chart-options.js';
import { addMonths, percent } from '../utils/months.js';
import { LazyMembersChart } from './lazy-members-chart.js';

// analytics answers at most 24 cohorts of at most 24 months each
const MAX_COHORTS = 24;
const MONTHS = 12;

/** 会员留存: joining months against the months after, as a heat map and as a table of rates. */
export function CohortCard() {
  const { t } = useTranslation('kpi');
  const thisMonth = hospitalToday().slice(0, 7);
  const [range, setRange] = useState<[string, string]>([addMonths(thisMonth, -5), thisMonth]);
  const { data, previousData, loading, error, refetch } = useQuery(CohortRetentionDocument, {
    variables: { fromMonth: range[0], toMonth: range[1], months: MONTHS },
    notifyOnNetworkStatusChange: true,
  });
  const rows = useMemo(() => (data ?? previousData)?.cohortRetention ?? null, [data, previousData]);
  const offsetLabel = useMemo(
    () => (offset: number) => (offset === 0 ? t('members.cohorts.joiningMonth') : t('members.cohorts.offset', { n: offset })),
    [t],
  );
  const option = useMemo(() => (rows ? cohortChartOption(rows, offsetLabel) : null), [rows, offsetLabel]);
  const width = Math.max(0, ...(rows ?? []).map((row) => row.months.length));
  const columns: ColumnsType<CohortRow> = [
    { title: t('members.cohorts.cohort'), dataIndex: 'cohort', fixed: 'left' },
    { title: t('members.cohorts.members'), dataIndex: 'members', align: 'right' },
    ...Array.from({ length: width }, (_, offset) => ({
      title: offsetLabel(offset),
      key: `m${offset}`,
      align: 'right' as const,
      render: (_: unknown, row: CohortRow) => {
        const cell = row.months.find((month) => month.monthOffset === offset);
        return cell ? `${percent(cell.rate)} (${cell.activeMembers})` : '';
      },
    })),
  ];

  let body;
  if (error && !rows) {
    body = <QueryError error={error} title={t('members.cohorts.errorTitle')} onRetry={() => void refetch()} testId="kpi-cohorts-error" />;
  } else if (!rows || !option) {
    body = <Skeleton active paragraph={{ rows: 7 }} />;
  } else if (rows.every((row) => row.members === 0)) {
    body = <PageEmpty testId="kpi-cohorts-empty" description={t('members.cohorts.empty')} />;
  } else {
    body = (
      <>
        <Suspense fallback={<Skeleton active paragraph={{ rows: 7 }} />}>
          <LazyMembersChart option={option} testId="kpi-cohorts-chart" height={Math.max(240, 40 * rows.length + 96)} />
        </Suspense>
        <Table<CohortRow>
          rowKey="cohort"
          size="small"
          pagination={false}
          loading={loading}
          dataSource={rows}
          columns={columns}
          scroll={{ x: 'max-content' }}
          data-testid="kpi-cohorts-table"
        />
      </>
    );
  }

  return (
    <Card
      size="small"
      title={t('members.cohorts.title')}
      extra={
        <DatePicker.RangePicker
          picker="month"
          allowClear={false}
          value={[dayjs(`${range[0]}-01`), dayjs(`${range[1]}-01`)]}
          disabledDate={(value: Dayjs) => value.format('YYYY-MM') > thisMonth}
          onChange={(values) => {
            const [from, to] = values ?? [];
            if (!from || !to) return;
            const toMonth = to.format('YYYY-MM');
            // at most MAX_COHORTS joining months: the earliest is moved up rather than the request refused
            const earliest = addMonths(toMonth, -(MAX_COHORTS - 1));
            const fromMonth = from.format('YYYY-MM');
            setRange([fromMonth < earliest ? earliest : fromMonth, toMonth]);
          }}
          data-testid="kpi-cohorts-range"
        />
      }
      data-testid="kpi-cohorts"
    >
      <p style={{ marginTop: 0, color: 'rgba(0,0,0,0.45)' }}>{t('members.cohorts.help')}</p>
      {body}
    </Card>
  );
}
