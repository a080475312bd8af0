import { Card, Empty, Skeleton } from 'antd';
import { Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { KpiDefinitionFieldsFragment, KpiTrendPointFieldsFragment } from '../../../gql/graphql';
import { useKpiName } from '../hooks/use-kpi-name.js';
import { buildTrendOption } from '../utils/kpi-chart-option.js';
import { LazyKpiChart } from './lazy-kpi-chart.js';

/** The selected KPI over the periods up to the selected one (same kind: days, weeks or months). */
export function TrendCard({ definition, points }: { definition: KpiDefinitionFieldsFragment; points: KpiTrendPointFieldsFragment[] }) {
  const { t } = useTranslation('kpi');
  const name = useKpiName();
  const option = useMemo(
    () => buildTrendOption({ points, unit: definition.unit, names: { value: name(definition), target: t('dashboard.target') } }),
    [points, definition, name, t],
  );
  return (
    <Card size="small" title={t('dashboard.trendTitle', { name: name(definition) })} data-testid="kpi-trend">
      {points.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard.trendEmpty')} />
      ) : (
        <Suspense fallback={<Skeleton active paragraph={{ rows: 6 }} />}>
          <LazyKpiChart option={option} testId="kpi-trend-chart" />
        </Suspense>
      )}
    </Card>
  );
}
