import {
  PageEmpty,
  PageError,
  PageLoading,
  QueryError,
  readGraphqlError,
  useLanguage,
  hospitalTimeZone,
  useDepartmentName,
} from '@careline/frontend-shared';
import { Breadcrumb, Col, Flex, Row, Space, Typography } from 'antd';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { KpiDefinitionFieldsFragment, KpiDimension } from '../../../gql/graphql';
import { useDashboardFilters } from '../hooks/use-dashboard-filters.js';
import { useDepartments, useFunnel, useKpiDetail, useKpis, useStaffNames } from '../hooks/use-dashboard-data.js';
import { BreakdownCard } from './breakdown-card.js';
import { DepartmentSwitch } from './department-switch.js';
import { FunnelCard } from './funnel-card.js';
import { KpiCard } from './kpi-card.js';
import { PeriodPicker } from './period-picker.js';
import { TrendCard } from './trend-card.js';

/**
 * The breakdown a KPI opens with: by department for the whole hospital, by staff inside a
 * department, else the first the registry allows. A dimension from the URL wins when the KPI has it.
 */
function dimensionFor(
  definition: KpiDefinitionFieldsFragment,
  wanted: KpiDimension | undefined,
  inDepartment: boolean,
): KpiDimension | undefined {
  if (wanted && definition.dimensions.includes(wanted)) return wanted;
  const preferred: KpiDimension = inDepartment ? 'STAFF' : 'DEPARTMENT';
  return definition.dimensions.includes(preferred) ? preferred : definition.dimensions[0];
}

/**
 * 经营看板: every KPI of the registry for a period, the selected KPI's trend and breakdown, and the
 * consultation funnel. The director sees the whole hospital and may switch or drill into a
 * department; a department admin (`lockedDepartment`) sees their own department only, with no
 * switch (the server refuses any other department anyway).
 */
export function DashboardPage({ lockedDepartment }: { lockedDepartment: string | undefined }) {
  const { t } = useTranslation('kpi');
  const clinicalDepartmentName = useDepartmentName();
  const { language } = useLanguage();
  const { filters, update } = useDashboardFilters();
  const departmentCode = lockedDepartment ?? filters.departmentCode;
  const { kpis, loading, error, refetch } = useKpis(filters.period, departmentCode);
  const { departments } = useDepartments();
  const departmentName = useCallback(
    (code: string) => {
      const department = departments.find((candidate) => candidate.code === code);
      return department ? (language === 'en' ? department.nameEn : department.name) : clinicalDepartmentName(code);
    },
    [departments, language, clinicalDepartmentName],
  );

  const selected = useMemo(() => kpis?.find((kpi) => kpi.code === filters.kpiCode) ?? kpis?.[0], [kpis, filters.kpiCode]);
  const dimension = selected ? dimensionFor(selected.definition, filters.dimension, departmentCode !== undefined) : undefined;
  const detail = useKpiDetail(selected?.code, filters.period, departmentCode, dimension);
  const staffNames = useStaffNames(dimension === 'STAFF' ? departmentCode : undefined);
  const staffName = useCallback((id: string) => staffNames.get(id.toLowerCase()), [staffNames]);
  const funnel = useFunnel(filters.period, departmentCode);
  // the figures on screen may be the previous filters' while new ones load: the period label is theirs
  const shownPeriod = kpis?.[0]?.period;
  const drill =
    lockedDepartment === undefined && departmentCode === undefined
      ? (code: string) => update({ departmentCode: code, dimension: 'STAFF' })
      : undefined;

  let body;
  if (error && !loading) {
    body = (
      <QueryError
        error={error}
        title={t('dashboard.errorTitle')}
        forbidden={t('forbidden')}
        onRetry={() => void refetch()}
        testId="kpi-dashboard-error"
      />
    );
  } else if (!kpis) {
    body = <PageLoading testId="kpi-dashboard-loading" />;
  } else if (kpis.length === 0) {
    body = <PageEmpty testId="kpi-dashboard-empty" description={t('dashboard.empty')} />;
  } else {
    body = (
      <>
        <Row gutter={[12, 12]} data-testid="kpi-cards" style={{ opacity: loading ? 0.6 : 1 }}>
          {kpis.map((kpi) => (
            <Col key={kpi.code} xs={24} sm={12} md={8} xl={6} xxl={4}>
              <KpiCard kpi={kpi} selected={kpi.code === selected?.code} onSelect={() => update({ kpiCode: kpi.code })} />
            </Col>
          ))}
        </Row>
        {detail.error && !detail.loading ? (
          <PageError
            testId="kpi-detail-error"
            title={t('dashboard.detailError')}
            description={readGraphqlError(detail.error).message}
            onRetry={() => void detail.refetch()}
          />
        ) : selected && dimension && detail.detail ? (
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={12}>
              <TrendCard definition={selected.definition} points={detail.detail.code === selected.code ? detail.detail.trend : []} />
            </Col>
            <Col xs={24} xl={12}>
              <FunnelCard funnel={funnel.funnel} loading={funnel.loading} error={funnel.error} onRetry={() => void funnel.refetch()} />
            </Col>
            <Col span={24}>
              <BreakdownCard
                definition={selected.definition}
                rows={detail.detail.breakdown}
                dimension={dimension}
                loading={detail.loading}
                onDimensionChange={(next) => update({ dimension: next })}
                onDrill={drill}
                departmentName={departmentName}
                staffName={staffName}
              />
            </Col>
          </Row>
        ) : (
          <PageLoading testId="kpi-detail-loading" />
        )}
      </>
    );
  }

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="kpi-dashboard">
      <Flex justify="space-between" align="flex-end" wrap gap={12}>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('dashboard.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('dashboard.subtitle', { timeZone: hospitalTimeZone })}</Typography.Text>
        </div>
        <Flex gap={12} wrap align="flex-start">
          {lockedDepartment === undefined ? (
            <DepartmentSwitch departments={departments} value={departmentCode} onChange={(code) => update({ departmentCode: code })} />
          ) : null}
          <PeriodPicker value={filters.period} shown={shownPeriod} onChange={(period) => update({ period })} />
        </Flex>
      </Flex>
      <Breadcrumb
        data-testid="kpi-scope"
        items={
          lockedDepartment !== undefined
            ? [{ title: <span data-testid="kpi-scope-department">{departmentName(lockedDepartment)}</span> }]
            : [
                {
                  title:
                    departmentCode === undefined ? (
                      t('dashboard.wholeHospital')
                    ) : (
                      <a data-testid="kpi-scope-hospital" onClick={() => update({ departmentCode: null, dimension: 'DEPARTMENT' })}>
                        {t('dashboard.wholeHospital')}
                      </a>
                    ),
                },
                ...(departmentCode !== undefined
                  ? [{ title: <span data-testid="kpi-scope-department">{departmentName(departmentCode)}</span> }]
                  : []),
              ]
        }
      />
      {body}
    </Space>
  );
}
