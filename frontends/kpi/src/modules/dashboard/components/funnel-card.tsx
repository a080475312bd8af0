import { PageError, readGraphqlError } from '@careline/frontend-shared';
import { Card, Empty, Flex, Skeleton, Statistic } from 'antd';
import { Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FunnelQuery } from '../../../gql/graphql';
import { buildFunnelOption } from '../utils/kpi-chart-option.js';
import { LazyKpiChart } from './lazy-kpi-chart.js';

const stages = ['consultations', 'bookings', 'arrivals', 'deals'] as const;

/** 咨询 → 预约 → 到院 → 成交 for the period (and department), as an ECharts funnel with the counts beside it. */
export function FunnelCard({
  funnel,
  loading,
  error,
  onRetry,
}: {
  funnel: FunnelQuery['funnel'] | undefined;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
}) {
  const { t } = useTranslation('kpi');
  const names = useMemo(
    () => Object.fromEntries(stages.map((stage) => [stage, t(`dashboard.funnel.${stage}`)])) as Record<(typeof stages)[number], string>,
    [t],
  );
  const option = useMemo(() => (funnel ? buildFunnelOption({ funnel, names }) : undefined), [funnel, names]);

  let body;
  if (error && !loading) {
    body = (
      <PageError
        testId="kpi-funnel-error"
        title={t('dashboard.funnelError')}
        description={readGraphqlError(error).message}
        onRetry={onRetry}
      />
    );
  } else if (!funnel || !option) {
    body = <Skeleton active paragraph={{ rows: 6 }} />;
  } else if (stages.every((stage) => funnel[stage] === 0)) {
    body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard.funnelEmpty')} data-testid="kpi-funnel-empty" />;
  } else {
    body = (
      <Flex vertical gap={8}>
        <Suspense fallback={<Skeleton active paragraph={{ rows: 6 }} />}>
          <LazyKpiChart option={option} testId="kpi-funnel-chart" height={260} />
        </Suspense>
        <Flex justify="space-around" wrap gap={8}>
          {stages.map((stage) => (
            <Statistic
              key={stage}
              title={names[stage]}
              value={funnel[stage]}
              formatter={(value) => <span data-testid={`kpi-funnel-${stage}`}>{value}</span>}
            />
          ))}
        </Flex>
      </Flex>
    );
  }
  return (
    <Card size="small" title={t('dashboard.funnelTitle')} data-testid="kpi-funnel">
      {body}
    </Card>
  );
}
