import { DownloadOutlined, EditOutlined, PlusOutlined, SettingOutlined } from '@ant-design/icons';
import { PageError, readGraphqlError, useLanguage, hospitalToday } from '@careline/frontend-shared';
import { Alert, App, Button, Card, DatePicker, Flex, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useDepartments } from '../../dashboard/hooks/use-dashboard-data.js';
import type { ScorecardRowFieldsFragment as ScorecardRow } from '../../../gql/graphql';
import { useExportMonthlyAnalysis, useScorecardTemplates, useScorecards } from '../hooks/use-scorecards.js';
import { ItemBreakdown } from './item-breakdown.js';
import { JudgedScoreModal } from './judged-score-modal.js';
import { TemplateEditorModal } from './template-editor-modal.js';

const monthPattern = /^\d{4}-\d{2}$/;

/**
 * 绩效考核: a position's scorecards for a month — rank, weighted total and each item's figure,
 * target, score and weight (the weights normalised when a template's add up to something else than
 * 100, and said so). Managers enter the judged items (a department admin for their own department,
 * the director for any); the director also downloads the month's 月度经营分析 workbook.
 * Month and position are kept in the URL (`?month=YYYY-MM&position=CODE`).
 */
export function ScorecardsPage({ isDirector, lockedDepartment }: { isDirector: boolean; lockedDepartment: string | undefined }) {
  const { t } = useTranslation('kpi');
  const { language } = useLanguage();
  const { message } = App.useApp();
  const [searchParams, setSearchParams] = useSearchParams();
  const monthParam = searchParams.get('month');
  const month = monthParam && monthPattern.test(monthParam) ? monthParam : hospitalToday().slice(0, 7);
  const { templates, error: templatesError, loading: templatesLoading, refetch: refetchTemplates } = useScorecardTemplates();
  const positionCode = searchParams.get('position') ?? templates?.[0]?.positionCode;
  const [chosenDepartment, setChosenDepartment] = useState<string | undefined>();
  const departmentCode = lockedDepartment ?? chosenDepartment;
  const { report, loading, error, refetch } = useScorecards(month, positionCode, departmentCode);
  const { departments } = useDepartments();
  const { exportMonth, exporting } = useExportMonthlyAnalysis();
  const [judging, setJudging] = useState<{ row: ScorecardRow | undefined } | null>(null);
  const [editingTemplate, setEditingTemplate] = useState(false);
  const template = report?.template ?? templates?.find((candidate) => candidate.positionCode === positionCode);
  const setParam = (key: string, value: string) =>
    setSearchParams((current) => ({ ...Object.fromEntries(current), [key]: value }), { replace: true });
  const departmentName = (code: string) => {
    const department = departments.find((candidate) => candidate.code === code);
    return department ? (language === 'en' ? department.nameEn : department.name) : code;
  };

  const columns: ColumnsType<ScorecardRow> = [
    {
      key: 'rank',
      title: t('scorecards.rank'),
      width: 72,
      render: (_, row) => <span data-testid="kpi-scorecard-rank">{row.rank}</span>,
    },
    { key: 'staff', title: t('scorecards.staff'), render: (_, row) => row.staffName ?? row.staffId.slice(0, 8) },
    { key: 'department', title: t('scorecards.department'), render: (_, row) => departmentName(row.departmentCode) },
    {
      key: 'total',
      title: t('scorecards.total'),
      align: 'right',
      sorter: (a, b) => a.total - b.total,
      render: (_, row) => (
        <Typography.Text strong data-testid="kpi-scorecard-total">
          {row.total.toFixed(2)}
        </Typography.Text>
      ),
    },
    {
      key: 'judged',
      title: t('scorecards.judged'),
      render: (_, row) =>
        row.judgedComplete ? (
          <Tag color="green">{t('scorecards.judgedDone')}</Tag>
        ) : (
          <Tag color="gold">{t('scorecards.judgedPending')}</Tag>
        ),
    },
    {
      key: 'assigned',
      title: t('scorecards.assignedMonth'),
      render: (_, row) => (row.assignedMonth === month ? month : t('scorecards.carriedOver', { month: row.assignedMonth })),
    },
    {
      key: 'edit',
      title: '',
      width: 64,
      render: (_, row) => (
        <Button
          size="small"
          type="text"
          icon={<EditOutlined />}
          aria-label={t('scorecards.judge')}
          onClick={() => setJudging({ row })}
          data-testid="kpi-scorecard-judge"
        />
      ),
    },
  ];

  if (templatesError && !templatesLoading) {
    return (
      <PageError
        testId="kpi-scorecards-error"
        title={t('scorecards.errorTitle')}
        description={readGraphqlError(templatesError).message}
        onRetry={() => void refetchTemplates()}
      />
    );
  }

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="kpi-scorecards">
      <Flex justify="space-between" align="flex-end" wrap gap={12}>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('scorecards.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('scorecards.subtitle')}</Typography.Text>
        </div>
        <Flex gap={8} wrap>
          <Select
            style={{ minWidth: 200 }}
            aria-label={t('scorecards.position')}
            data-testid="kpi-scorecards-position"
            loading={templatesLoading}
            value={positionCode}
            onChange={(value: string) => setParam('position', value)}
            options={(templates ?? []).map((candidate) => ({
              value: candidate.positionCode,
              label: language === 'en' ? candidate.nameEn : candidate.nameZh,
            }))}
          />
          <DatePicker
            picker="month"
            allowClear={false}
            aria-label={t('scorecards.month')}
            data-testid="kpi-scorecards-month"
            value={dayjs(`${month}-01`)}
            onChange={(value) => {
              if (value) setParam('month', value.format('YYYY-MM'));
            }}
          />
          {lockedDepartment === undefined ? (
            <Select
              allowClear
              style={{ minWidth: 160 }}
              placeholder={t('dashboard.wholeHospital')}
              aria-label={t('scorecards.department')}
              data-testid="kpi-scorecards-department"
              value={chosenDepartment}
              onChange={(value: string | undefined) => setChosenDepartment(value)}
              options={departments.map((department) => ({
                value: department.code,
                label: language === 'en' ? department.nameEn : department.name,
              }))}
            />
          ) : null}
          <Button
            icon={<PlusOutlined />}
            disabled={!template}
            onClick={() => setJudging({ row: undefined })}
            data-testid="kpi-scorecards-judge-new"
          >
            {t('scorecards.judgeNew')}
          </Button>
          {isDirector ? (
            <Button
              icon={<SettingOutlined />}
              disabled={!template}
              onClick={() => setEditingTemplate(true)}
              data-testid="kpi-scorecards-edit-template"
            >
              {t('scorecards.editTemplate')}
            </Button>
          ) : null}
          {isDirector ? (
            <Button
              type="primary"
              icon={<DownloadOutlined />}
              loading={exporting}
              onClick={() => void exportMonth(month)}
              data-testid="kpi-scorecards-export"
            >
              {t('scorecards.export')}
            </Button>
          ) : null}
        </Flex>
      </Flex>
      {template?.normalised ? (
        <Alert
          type="warning"
          showIcon
          data-testid="kpi-scorecards-normalised"
          title={t('scorecards.normalised', { total: template.weightTotal })}
        />
      ) : null}
      {template ? (
        <Flex wrap gap={6} data-testid="kpi-scorecards-weights">
          <Typography.Text type="secondary">{t('scorecards.templateItems')}</Typography.Text>
          {template.items.map((item) => (
            <Tag key={item.code} color={item.kind === 'JUDGED' ? 'purple' : 'blue'}>
              {language === 'en' ? item.nameEn : item.nameZh} {item.weight}%
              {template.normalised ? ` → ${item.normalisedWeight.toFixed(2)}%` : ''}
            </Tag>
          ))}
        </Flex>
      ) : null}
      <Card size="small">
        {error && !loading ? (
          <PageError
            testId="kpi-scorecards-error"
            title={t('scorecards.errorTitle')}
            description={readGraphqlError(error).message}
            onRetry={() => void refetch()}
          />
        ) : (
          <Table<ScorecardRow>
            size="small"
            data-testid="kpi-scorecards-table"
            rowKey="staffId"
            columns={columns}
            dataSource={report?.rows ?? []}
            loading={loading || (!report && Boolean(positionCode))}
            expandable={{ expandedRowRender: (row) => <ItemBreakdown items={row.items} /> }}
            locale={{ emptyText: t('scorecards.empty', { month }) }}
            pagination={(report?.rows.length ?? 0) > 20 ? { pageSize: 20, showSizeChanger: false } : false}
          />
        )}
      </Card>
      {template && isDirector ? (
        <TemplateEditorModal
          open={editingTemplate}
          template={template}
          onClose={(saved) => {
            setEditingTemplate(false);
            if (saved) void message.success(t('scorecards.templateSaved'));
          }}
        />
      ) : null}
      {template ? (
        <JudgedScoreModal
          open={judging !== null}
          month={month}
          template={template}
          row={judging?.row}
          departments={departments}
          lockedDepartment={lockedDepartment}
          onClose={(saved) => {
            setJudging(null);
            if (saved) void message.success(t('scorecards.saved'));
          }}
        />
      ) : null}
    </Space>
  );
}
