import { useQuery } from '@apollo/client/react';
import { skipToken } from '@apollo/client/react';
import { readGraphqlError, useLanguage } from '@careline/frontend-shared';
import { Alert, Form, InputNumber, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DepartmentFieldsFragment, MonthlyTargetFieldsFragment, TargetMetric } from '../../../gql/graphql';
import { TargetStaffDocument } from '../graphql/targets.documents.js';
import { useSetMonthlyTarget } from '../hooks/use-monthly-targets.js';
import { targetMetrics } from '../utils/target-metrics.js';

interface TargetForm {
  metric: TargetMetric;
  departmentCode: string;
  staffId?: string;
  amountYuan: number;
}

/** the hospital's own target is kept under the empty department code */
const hospitalCode = '';

/**
 * Enter or change one month's target (revenue, member spend or phone-to-sale) for the hospital, a
 * department or one of its staff. Amounts are typed in yuan and sent in fen; the server upserts, so
 * saving twice keeps one target.
 */
export function SetTargetModal({
  open,
  month,
  departments,
  initial,
  onClose,
}: {
  open: boolean;
  month: string;
  departments: DepartmentFieldsFragment[];
  /** the target being changed, or undefined for a new one */
  initial: MonthlyTargetFieldsFragment | undefined;
  onClose: (saved: boolean) => void;
}) {
  const { t } = useTranslation('kpi');
  const { language } = useLanguage();
  const [form] = Form.useForm<TargetForm>();
  const [setTarget, { loading }] = useSetMonthlyTarget();
  const [failure, setFailure] = useState<string>();
  const departmentCode = Form.useWatch('departmentCode', form);
  const staff = useQuery(TargetStaffDocument, departmentCode ? { variables: { departmentCode } } : skipToken);

  useEffect(() => {
    if (!open) return;
    setFailure(undefined);
    form.setFieldsValue(
      initial
        ? {
            metric: initial.metric,
            departmentCode: initial.departmentCode,
            staffId: initial.staffId ?? undefined,
            amountYuan: initial.amountFen / 100,
          }
        : { metric: 'REVENUE', departmentCode: hospitalCode, staffId: undefined, amountYuan: undefined },
    );
  }, [open, initial, form]);

  const submit = async (values: TargetForm) => {
    setFailure(undefined);
    try {
      await setTarget({
        variables: {
          input: {
            month,
            metric: values.metric,
            departmentCode: values.departmentCode,
            staffId: values.staffId ?? null,
            amountFen: Math.round(values.amountYuan * 100),
          },
        },
      });
      onClose(true);
    } catch (error) {
      setFailure(readGraphqlError(error).message);
    }
  };

  return (
    <Modal
      open={open}
      title={t(initial ? 'targets.editTitle' : 'targets.newTitle', { month })}
      okText={t('targets.save')}
      okButtonProps={{ loading, ...({ 'data-testid': 'kpi-target-save' } as Record<`data-${string}`, string>) }}
      onOk={() => form.submit()}
      onCancel={() => onClose(false)}
      destroyOnHidden
    >
      <Form<TargetForm> form={form} layout="vertical" onFinish={(values) => void submit(values)} data-testid="kpi-target-form">
        <Form.Item name="metric" label={t('targets.metric')} rules={[{ required: true }]}>
          <Select
            disabled={initial !== undefined}
            options={targetMetrics.map((metric) => ({ value: metric, label: t(`targets.metrics.${metric}`) }))}
          />
        </Form.Item>
        <Form.Item name="departmentCode" label={t('targets.scope')}>
          <Select
            disabled={initial !== undefined}
            data-testid="kpi-target-department"
            onChange={() => form.setFieldValue('staffId', undefined)}
            options={[
              { value: hospitalCode, label: t('dashboard.wholeHospital') },
              ...departments.map((department) => ({
                value: department.code,
                label: language === 'en' ? department.nameEn : department.name,
              })),
            ]}
          />
        </Form.Item>
        {departmentCode ? (
          <Form.Item name="staffId" label={t('targets.staff')} extra={t('targets.staffHint')}>
            <Select
              allowClear
              disabled={initial !== undefined}
              loading={staff.loading}
              showSearch={{ optionFilterProp: 'label' }}
              options={(staff.data?.staffMembers?.nodes ?? []).map((member) => ({ value: member.id, label: member.name }))}
            />
          </Form.Item>
        ) : null}
        <Form.Item name="amountYuan" label={t('targets.amount')} rules={[{ required: true, message: t('targets.amountRequired') }]}>
          <InputNumber<number> min={0} precision={2} step={1000} prefix="¥" style={{ width: '100%' }} data-testid="kpi-target-amount" />
        </Form.Item>
        {failure ? <Alert type="error" showIcon title={failure} data-testid="kpi-target-error" /> : null}
      </Form>
    </Modal>
  );
}
