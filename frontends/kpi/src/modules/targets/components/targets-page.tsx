import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { PageError, formatFen, readGraphqlError, useLanguage, hospitalToday } from '@careline/frontend-shared';
import { App, Button, Card, DatePicker, Flex, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useDepartments } from '../../dashboard/hooks/use-dashboard-data.js';
import type { MonthlyTargetFieldsFragment as MonthlyTarget } from '../../../gql/graphql';
import { useMonthlyTargets } from '../hooks/use-monthly-targets.js';
import { SetTargetModal } from './set-target-modal.js';
import { StaffName } from './staff-name.js';

const monthPattern = /^\d{4}-\d{2}$/;

/**
 * 月度目标: the month's targets (revenue, member spend, phone-to-sale) for the hospital, each
 * department and staff member. The director enters and changes them (`canEdit`); a department admin
 * reads their own department's. The month is kept in the URL (`?month=YYYY-MM`).
 */
export function TargetsPage({ canEdit, lockedDepartment }: { canEdit: boolean; lockedDepartment: string | undefined }) {
  const { t } = useTranslation('kpi');
  const { language } = useLanguage();
  const { message } = App.useApp();
  const [searchParams, setSearchParams] = useSearchParams();
  const monthParam = searchParams.get('month');
  const month = monthParam && monthPattern.test(monthParam) ? monthParam : hospitalToday().slice(0, 7);
  const { targets, loading, error, refetch } = useMonthlyTargets(month, lockedDepartment);
  const { departments } = useDepartments();
  const [editing, setEditing] = useState<{ target: MonthlyTarget | undefined } | null>(null);
  const departmentName = (code: string) => {
    if (code === '') return t('dashboard.wholeHospital');
    const department = departments.find((candidate) => candidate.code === code);
    return department ? (language === 'en' ? department.nameEn : department.name) : code;
  };

  const columns: ColumnsType<MonthlyTarget> = [
    { key: 'metric', title: t('targets.metric'), render: (_, row) => t(`targets.metrics.${row.metric}`, { defaultValue: row.metric }) },
    { key: 'department', title: t('targets.scope'), render: (_, row) => departmentName(row.departmentCode) },
    { key: 'staff', title: t('targets.staff'), render: (_, row) => (row.staffId ? <StaffName id={row.staffId} /> : '—') },
    {
      key: 'amount',
      title: t('targets.amount'),
      align: 'right',
      render: (_, row) => <span data-testid="kpi-target-amount-cell">{formatFen(row.amountFen)}</span>,
      sorter: (a, b) => a.amountFen - b.amountFen,
    },
    {
      key: 'updatedAt',
      title: t('targets.updatedAt'),
      render: (_, row) => new Date(row.updatedAt).toLocaleString(language === 'en' ? 'en-GB' : 'zh-CN', { timeZone: 'Asia/Shanghai' }),
    },
    ...(canEdit
      ? [
          {
            key: 'edit',
            title: '',
            width: 64,
            render: (_: unknown, row: MonthlyTarget) => (
              <Button
                size="small"
                type="text"
                icon={<EditOutlined />}
                aria-label={t('targets.edit')}
                onClick={() => setEditing({ target: row })}
              />
            ),
          },
        ]
      : []),
  ];

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="kpi-targets">
      <Flex justify="space-between" align="flex-end" wrap gap={12}>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('targets.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t(canEdit ? 'targets.subtitle' : 'targets.subtitleReadOnly')}</Typography.Text>
        </div>
        <Flex gap={8} wrap>
          <DatePicker
            picker="month"
            allowClear={false}
            aria-label={t('targets.month')}
            data-testid="kpi-targets-month"
            value={dayjs(`${month}-01`)}
            onChange={(value) => {
              if (value)
                setSearchParams((current) => ({ ...Object.fromEntries(current), month: value.format('YYYY-MM') }), { replace: true });
            }}
          />
          {canEdit ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ target: undefined })} data-testid="kpi-target-new">
              {t('targets.new')}
            </Button>
          ) : null}
        </Flex>
      </Flex>
      <Card size="small">
        {error && !loading ? (
          <PageError
            testId="kpi-targets-error"
            title={t('targets.errorTitle')}
            description={readGraphqlError(error).message}
            onRetry={() => void refetch()}
          />
        ) : (
          <Table<MonthlyTarget>
            size="small"
            data-testid="kpi-targets-table"
            rowKey={(row) => `${row.metric}/${row.departmentCode}/${row.staffId ?? ''}`}
            columns={columns}
            dataSource={targets ?? []}
            loading={loading || !targets}
            locale={{ emptyText: t('targets.empty', { month }) }}
            pagination={(targets?.length ?? 0) > 20 ? { pageSize: 20, showSizeChanger: false } : false}
          />
        )}
      </Card>
      {canEdit ? (
        <SetTargetModal
          open={editing !== null}
          month={month}
          departments={departments}
          initial={editing?.target}
          onClose={(saved) => {
            setEditing(null);
            if (saved) void message.success(t('targets.saved'));
          }}
        />
      ) : null}
    </Space>
  );
}
