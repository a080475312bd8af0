import { FilterOutlined } from '@ant-design/icons';
import { Button, Descriptions, Flex, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { useHospitalTime } from '@careline/frontend-shared';
import type { AuditEntryFieldsFragment as AuditEntry, AuditOutcome } from '../../../gql/graphql';

const outcomeColors: Record<AuditOutcome, string> = { SUCCESS: 'green', DENIED: 'orange', FAILED: 'red' };

/** One page of audit entries, times in the hospital's zone; a row opens to show everything it recorded. */
export function AuditTable({
  rows,
  loading,
  onFilterActor,
}: {
  rows: AuditEntry[];
  loading: boolean;
  onFilterActor: (actorId: string) => void;
}) {
  const { t } = useTranslation('admin');
  const time = useHospitalTime();
  const list = (values: string[]) => (values.length ? values.join(', ') : '—');
  const columns: ColumnsType<AuditEntry> = [
    { key: 'at', title: t('audit.columns.at'), width: 170, render: (_, entry) => time(entry.at) },
    {
      key: 'actor',
      title: t('audit.columns.actor'),
      width: 220,
      render: (_, entry) => (
        <Flex align="center" gap={4} style={{ whiteSpace: 'nowrap' }}>
          <Tag>{t(`audit.actorKinds.${entry.actorKind}`, { defaultValue: entry.actorKind })}</Tag>
          <span>{entry.actorName ?? entry.actorId ?? '—'}</span>
          {entry.actorId && (
            <Tooltip title={t('audit.filterByActor')}>
              <Button
                size="small"
                type="text"
                icon={<FilterOutlined />}
                aria-label={t('audit.filterByActor')}
                onClick={() => onFilterActor(entry.actorId!)}
              />
            </Tooltip>
          )}
        </Flex>
      ),
    },
    {
      key: 'operation',
      title: t('audit.columns.operation'),
      width: 230,
      render: (_, entry) => (
        <Typography.Text code style={{ whiteSpace: 'nowrap' }}>
          {entry.operation}
        </Typography.Text>
      ),
    },
    {
      key: 'target',
      title: t('audit.columns.target'),
      width: 140,
      render: (_, entry) => (entry.targetType ? `${entry.targetType}${entry.targetIds.length ? ` × ${entry.targetIds.length}` : ''}` : '—'),
    },
    {
      key: 'customers',
      title: t('audit.columns.customers'),
      width: 110,
      render: (_, entry) => (entry.customerIds.length ? entry.customerIds.length : '—'),
    },
    {
      key: 'outcome',
      title: t('audit.columns.outcome'),
      width: 90,
      render: (_, entry) => <Tag color={outcomeColors[entry.outcome]}>{t(`audit.outcomes.${entry.outcome}`)}</Tag>,
    },
    {
      key: 'reason',
      title: t('audit.columns.reason'),
      width: 240,
      ellipsis: true,
      render: (_, entry) => entry.reason ?? '—',
    },
    { key: 'clientIp', title: t('audit.columns.clientIp'), width: 140, render: (_, entry) => entry.clientIp ?? '—' },
  ];
  return (
    <Table<AuditEntry>
      data-testid="admin-audit-table"
      size="small"
      rowKey="id"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={false}
      scroll={{ x: 1360 }}
      expandable={{
        expandedRowRender: (entry) => (
          <Descriptions size="small" column={2} bordered style={{ maxWidth: 1000 }}>
            <Descriptions.Item label={t('audit.details.service')}>{entry.service}</Descriptions.Item>
            <Descriptions.Item label={t('audit.details.requestId')}>{entry.requestId ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('audit.details.role')}>{entry.role ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('audit.details.department')}>{entry.department ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('audit.details.partnerId')}>{entry.partnerId ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('audit.details.fields')}>{list(entry.fields)}</Descriptions.Item>
            <Descriptions.Item label={t('audit.details.targetIds')} span={2}>
              {list(entry.targetIds)}
            </Descriptions.Item>
            <Descriptions.Item label={t('audit.columns.customers')} span={2}>
              {list(entry.customerIds)}
            </Descriptions.Item>
            <Descriptions.Item label={t('audit.columns.reason')} span={2}>
              {entry.reason ?? '—'}
            </Descriptions.Item>
          </Descriptions>
        ),
      }}
    />
  );
}
