import { DownloadOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, Select } from 'antd';
import type { FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditOutcome } from '../../../gql/graphql';
import type { AuditFilterValues } from '../utils/audit-filter-values.js';
import { ActorPicker } from './actor-picker.js';

const outcomes = ['SUCCESS', 'DENIED', 'FAILED'] as const satisfies readonly AuditOutcome[];

/** Actor, customer, operation, outcome and period; search applies them, export downloads what they match. */
export function AuditFilters({
  form,
  onSearch,
  onReset,
  onExport,
  exporting,
}: {
  form: FormInstance<AuditFilterValues>;
  onSearch: (values: AuditFilterValues) => void;
  onReset: () => void;
  onExport: () => void;
  exporting: boolean;
}) {
  const { t } = useTranslation('admin');
  return (
    <Form<AuditFilterValues> form={form} layout="inline" onFinish={onSearch} style={{ rowGap: 12 }} data-testid="admin-audit-filters">
      <Form.Item name="actorId" label={t('audit.filters.actor')}>
        <ActorPicker />
      </Form.Item>
      <Form.Item name="customerId" label={t('audit.filters.customerId')}>
        <Input allowClear style={{ width: 220 }} data-testid="admin-audit-customer" />
      </Form.Item>
      <Form.Item name="operation" label={t('audit.filters.operation')}>
        <Input
          allowClear
          placeholder={t('audit.filters.operationPlaceholder')}
          style={{ width: 220 }}
          data-testid="admin-audit-operation"
        />
      </Form.Item>
      <Form.Item name="outcome" label={t('audit.filters.outcome')}>
        <Select<AuditOutcome>
          allowClear
          placeholder={t('audit.filters.anyOutcome')}
          style={{ width: 140 }}
          options={outcomes.map((outcome) => ({ value: outcome, label: t(`audit.outcomes.${outcome}`) }))}
          data-testid="admin-audit-outcome"
        />
      </Form.Item>
      <Form.Item name="period" label={t('audit.filters.period')}>
        <DatePicker.RangePicker data-testid="admin-audit-period" />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid="admin-audit-search">
          {t('actions.search')}
        </Button>
      </Form.Item>
      <Form.Item>
        <Button onClick={onReset}>{t('actions.reset')}</Button>
      </Form.Item>
      <Form.Item>
        <Button icon={<DownloadOutlined />} loading={exporting} onClick={onExport} data-testid="admin-audit-export">
          {t('audit.export')}
        </Button>
      </Form.Item>
    </Form>
  );
}
