import { Button, Card, Empty, Flex, Segmented, Skeleton, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  KpiBreakdownRowFieldsFragment as KpiBreakdownRow,
  KpiDefinitionFieldsFragment as KpiDefinition,
  KpiDimension,
} from '../../../gql/graphql';
import { formatKpiAmount, formatKpiValue } from '../utils/format-kpi.js';
import { buildBreakdownOption } from '../utils/kpi-chart-option.js';
import { LazyKpiChart } from './lazy-kpi-chart.js';

/**
 * The selected KPI along one dimension (department, staff, channel, region, class, tier: those the
 * registry allows for it), as bars and as a table with numerator and denominator. A department's
 * bar or row drills down to that department's staff.
 */
export function BreakdownCard({
  definition,
  rows,
  dimension,
  loading,
  onDimensionChange,
  onDrill,
  departmentName,
  staffName,
}: {
  definition: KpiDefinition;
  rows: KpiBreakdownRow[];
  dimension: KpiDimension;
  loading: boolean;
  onDimensionChange: (dimension: KpiDimension) => void;
  /** present when a department row may be opened (the director, at the hospital level) */
  onDrill: ((departmentCode: string) => void) | undefined;
  /** identity's name of a department code (the server labels department rows by their code) */
  departmentName?: (departmentCode: string) => string;
  /** identity's name of a staff id, for the rows analytics could only label by the id */
  staffName?: (staffId: string) => string | undefined;
}) {
  const { t } = useTranslation('kpi');
  const { unit } = definition;
  const drillable = dimension === 'DEPARTMENT' && onDrill !== undefined;
  // the server names every row; channel codes get the UI language's names like the new-customers page,
  // department codes identity's names (a code identity does not know, e.g. a clinical one, stays as sent),
  // staff analytics has no name for identity's name of the department's staff
  const label = (row: KpiBreakdownRow) =>
    dimension === 'CHANNEL'
      ? t(`channel.${row.key}`, { defaultValue: row.label || row.key })
      : dimension === 'DEPARTMENT' && row.key && departmentName
        ? departmentName(row.key)
        : dimension === 'STAFF' && row.key && (!row.label || row.label === row.key)
          ? (staffName?.(row.key) ?? row.key)
          : row.label || row.key;
  const labelled = useMemo(() => rows.map((row) => ({ ...row, label: label(row) })), [rows, dimension, t, departmentName, staffName]);
  const option = useMemo(() => buildBreakdownOption({ rows: labelled, unit, name: t('dashboard.value') }), [labelled, unit, t]);

  const columns: ColumnsType<KpiBreakdownRow> = [
    {
      key: 'label',
      title: t(`dashboard.dimensions.${dimension}`),
      dataIndex: 'label',
      render: (text: string, row) =>
        drillable ? (
          <Button type="link" size="small" style={{ padding: 0 }} data-testid={`kpi-drill-${row.key}`} onClick={() => onDrill(row.key)}>
            {text}
          </Button>
        ) : (
          text
        ),
    },
    {
      key: 'numerator',
      title: t('dashboard.numerator'),
      align: 'right',
      render: (_, row) => formatKpiAmount(row.value.numerator, unit),
      sorter: (a, b) => a.value.numerator - b.value.numerator,
    },
    ...(definition.denominator
      ? [
          {
            key: 'denominator',
            title: t('dashboard.denominator'),
            align: 'right' as const,
            render: (_: unknown, row: KpiBreakdownRow) => formatKpiAmount(row.value.denominator, unit),
            sorter: (a: KpiBreakdownRow, b: KpiBreakdownRow) => (a.value.denominator ?? 0) - (b.value.denominator ?? 0),
          },
        ]
      : []),
    {
      key: 'value',
      title: t('dashboard.value'),
      align: 'right',
      render: (_, row) => <span data-testid={`kpi-breakdown-value-${row.key}`}>{formatKpiValue(row.value.value, unit)}</span>,
      sorter: (a, b) => (a.value.value ?? -Infinity) - (b.value.value ?? -Infinity),
      defaultSortOrder: 'descend',
    },
    {
      key: 'target',
      title: t('dashboard.target'),
      align: 'right',
      render: (_, row) => formatKpiValue(row.value.target, unit),
    },
  ];

  return (
    <Card
      size="small"
      title={t('dashboard.breakdownTitle')}
      data-testid="kpi-breakdown"
      data-dimension={dimension}
      extra={
        <Segmented<KpiDimension>
          size="small"
          aria-label={t('dashboard.breakdownBy')}
          value={dimension}
          options={definition.dimensions.map((candidate) => ({
            value: candidate,
            label: <span data-testid={`kpi-dimension-${candidate}`}>{t(`dashboard.dimensions.${candidate}`)}</span>,
          }))}
          onChange={onDimensionChange}
        />
      }
    >
      {rows.length === 0 && !loading ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard.breakdownEmpty')} data-testid="kpi-breakdown-empty" />
      ) : (
        <Flex vertical gap={12}>
          <Suspense fallback={<Skeleton active paragraph={{ rows: 6 }} />}>
            <LazyKpiChart
              option={option}
              testId="kpi-breakdown-chart"
              height={260}
              onItemClick={drillable ? (index) => labelled[index] && onDrill(labelled[index].key) : undefined}
            />
          </Suspense>
          {drillable ? <Typography.Text type="secondary">{t('dashboard.drillHint')}</Typography.Text> : null}
          <div data-testid="kpi-breakdown-table">
            <Table<KpiBreakdownRow>
              size="small"
              rowKey="key"
              columns={columns}
              dataSource={labelled}
              loading={loading}
              pagination={labelled.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
            />
          </div>
        </Flex>
      )}
    </Card>
  );
}
