import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import {
  exportXlsx,
  hospitalToday,
  PageEmpty,
  PageLoading,
  QueryError,
  useDepartmentName,
  type XlsxSheet,
} from '@careline/frontend-shared';
import { Button, Card, Col, DatePicker, Flex, Progress, Row, Space, Statistic, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ExportButton } from '../../exports/export-button.js';
import { useCrmPath } from '../../../app/use-crm-path.js';
import type { CrmWeeklyOpinionReportQuery } from '../../../gql/graphql';
import { WeeklyOpinionReportDocument } from '../graphql/opinion-report.documents.js';
import { addDays, mondayOf } from '../utils/hospital-week.js';

type Report = CrmWeeklyOpinionReportQuery['weeklyOpinionReport'];
type Breakdown = 'byCategory' | 'bySeverity' | 'byDepartment' | 'byStatus';
const breakdowns: readonly Breakdown[] = ['byCategory', 'bySeverity', 'byDepartment', 'byStatus'];
const figures = ['total', 'complaints', 'suggestions', 'emergencies', 'overdue', 'overdueInWeek'] as const;

/** A breakdown key as a name: categories, severities, departments and statuses in the reader's language, NONE as "not named". */
function useKeyName() {
  const { t } = useTranslation('crm');
  const departmentName = useDepartmentName();
  return (breakdown: Breakdown, key: string): string => {
    if (key === 'NONE') return t('opinionReport.none');
    switch (breakdown) {
      case 'byCategory':
        return t(`complaintCategories.${key}`, { defaultValue: key });
      case 'bySeverity':
        return t(`severities.${key}`, { defaultValue: key });
      case 'byDepartment':
        return departmentName(key);
      case 'byStatus':
        return t(`complaintStatus.${key}`, { defaultValue: key });
    }
  };
}

const share = (count: number, total: number) => (total > 0 ? Math.round((count / total) * 1000) / 10 : 0);

/**
 * 客户意见周报 (医院客户服务意见表): the week's complaints and suggestions counted by category, severity,
 * department and status, for any past hospital week (Monday to Sunday), with a spreadsheet export for the
 * weekly meeting. crm stores each finished week's report on Monday morning; this screen asks for the
 * figures as they are now, so a complaint closed since shows in its new status.
 */
export function OpinionReportPage() {
  const { t } = useTranslation('crm');
  const path = useCrmPath();
  const keyName = useKeyName();
  const [params, setParams] = useSearchParams();
  const thisWeek = mondayOf(hospitalToday());
  const asked = params.get('week');
  const week = asked && /^\d{4}-\d{2}-\d{2}$/.test(asked) ? mondayOf(asked) : thisWeek;
  const setWeek = (monday: string) => setParams(monday === thisWeek ? {} : { week: monday }, { replace: true });
  const { data, previousData, loading, error, refetch } = useQuery(WeeklyOpinionReportDocument, {
    variables: { weekOf: week },
    notifyOnNetworkStatusChange: true,
  });
  const report = (data ?? previousData)?.weeklyOpinionReport;
  const range = (monday: string) => t('opinionReport.range', { from: monday, to: addDays(monday, 6) });

  const exportReport = async (shown: Report) => {
    const sheets: XlsxSheet[] = [
      {
        name: t('opinionReport.summary'),
        columns: [
          { header: t('opinionReport.figure'), key: 'figure', width: 36 },
          { header: t('opinionReport.count'), key: 'count', width: 12 },
        ],
        rows: [
          { figure: t('opinionReport.week'), count: range(shown.weekOf) },
          ...figures.map((figure) => ({ figure: t(`opinionReport.figures.${figure}`), count: shown[figure] })),
        ],
      },
      ...breakdowns.map((breakdown) => ({
        name: t(`opinionReport.breakdowns.${breakdown}`),
        columns: [
          { header: t(`opinionReport.keys.${breakdown}`), key: 'name', width: 24 },
          { header: t('opinionReport.count'), key: 'count', width: 12 },
          { header: t('opinionReport.share'), key: 'share', width: 12, numFmt: '0.0%' },
        ],
        rows: shown[breakdown].map(({ key, count }) => ({
          name: keyName(breakdown, key),
          count,
          share: shown.total > 0 ? count / shown.total : 0,
        })),
      })),
    ];
    await exportXlsx(t('opinionReport.fileName', { week: shown.weekOf }), sheets);
    return { rows: shown.total, truncated: false };
  };

  let body;
  if (error && !report) {
    body = (
      <QueryError error={error} title={t('opinionReport.errorTitle')} onRetry={() => void refetch()} testId="crm-opinion-report-error" />
    );
  } else if (!report) {
    body = <PageLoading testId="crm-opinion-report-loading" />;
  } else if (report.total === 0 && report.overdueInWeek === 0) {
    body = <PageEmpty testId="crm-opinion-report-empty" description={t('opinionReport.empty')} />;
  } else {
    body = (
      <Flex vertical gap={16}>
        <Row gutter={[16, 16]} data-testid="crm-opinion-report-figures">
          {figures.map((figure) => (
            <Col key={figure} xs={12} md={8} xl={4}>
              <Statistic title={t(`opinionReport.figures.${figure}`)} value={report[figure]} data-testid={`crm-opinion-report-${figure}`} />
            </Col>
          ))}
        </Row>
        <Row gutter={[16, 16]}>
          {breakdowns.map((breakdown) => (
            <Col key={breakdown} xs={24} lg={12}>
              <Card size="small" title={t(`opinionReport.breakdowns.${breakdown}`)}>
                <Table
                  rowKey="key"
                  size="small"
                  pagination={false}
                  dataSource={report[breakdown]}
                  locale={{ emptyText: t('opinionReport.none') }}
                  data-testid={`crm-opinion-report-${breakdown}`}
                  columns={[
                    { title: t(`opinionReport.keys.${breakdown}`), dataIndex: 'key', render: (key: string) => keyName(breakdown, key) },
                    { title: t('opinionReport.count'), dataIndex: 'count', align: 'right', width: 80 },
                    {
                      title: t('opinionReport.share'),
                      key: 'share',
                      width: 180,
                      // the bar is the chart; the per cent beside it is the same figure as text
                      render: (_, { count }) => (
                        <Progress percent={share(count, report.total)} size="small" format={(value) => `${value}%`} />
                      ),
                    },
                  ]}
                />
              </Card>
            </Col>
          ))}
        </Row>
      </Flex>
    );
  }

  return (
    <Card
      title={t('opinionReport.title')}
      extra={
        <Space wrap>
          <Link to={path('complaints')}>{t('opinionReport.back')}</Link>
          <Button icon={<LeftOutlined />} onClick={() => setWeek(addDays(week, -7))} data-testid="crm-opinion-report-previous">
            {t('opinionReport.previous')}
          </Button>
          <DatePicker
            picker="week"
            allowClear={false}
            value={dayjs(week, 'YYYY-MM-DD')}
            // the hospital week (Monday to Sunday) of the day picked, shown as its dates whatever the locale's week
            format={(value) => range(mondayOf(value.format('YYYY-MM-DD')))}
            disabledDate={(value) => value.format('YYYY-MM-DD') > hospitalToday()}
            onChange={(value) => value && setWeek(mondayOf(value.format('YYYY-MM-DD')))}
            style={{ width: 240 }}
            data-testid="crm-opinion-report-week"
          />
          <Button
            icon={<RightOutlined />}
            iconPosition="end"
            disabled={week >= thisWeek}
            onClick={() => setWeek(addDays(week, 7))}
            data-testid="crm-opinion-report-next"
          >
            {t('opinionReport.next')}
          </Button>
          <ExportButton
            testId="crm-opinion-report-export"
            disabled={!report || loading}
            run={() => (report ? exportReport(report) : Promise.resolve({ rows: 0, truncated: false }))}
          />
        </Space>
      }
      data-testid="crm-opinion-report"
    >
      <Typography.Paragraph type="secondary" data-testid="crm-opinion-report-range">
        {t('opinionReport.showing', { range: range(week) })}
      </Typography.Paragraph>
      {body}
    </Card>
  );
}
