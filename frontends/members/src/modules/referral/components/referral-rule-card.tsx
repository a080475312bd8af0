import { useMutation, useQuery } from '@apollo/client/react';
import { QueryError, readGraphqlError, useHospitalTime } from '@careline/frontend-shared';
import { App, Button, Card, Descriptions, Form, InputNumber, Select, Space, Switch, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferralCapPeriod } from '../../../gql/graphql';
import { formatPoints } from '../../common/utils/format-points.js';
import { ReferralRuleDocument, UpdateReferralRuleDocument, referralCapPeriods } from '../graphql/referral.documents.js';

interface RuleForm {
  enabled: boolean;
  pointsPerReferral: number;
  capPerPeriod: number | null;
  capPeriod: ReferralCapPeriod;
}

/**
 * 老带新奖励规则: points the referrer earns on a referred customer's first deal, and the cap per
 * period. Everyone at the member desks reads it; the member centre's admin and the director edit it.
 */
export function ReferralRuleCard({ editable }: { editable: boolean }) {
  const { t } = useTranslation('members');
  const { message } = App.useApp();
  const time = useHospitalTime();
  const [editing, setEditing] = useState(false);
  const [form] = Form.useForm<RuleForm>();
  const { data, error, refetch } = useQuery(ReferralRuleDocument);
  // the rule has no id for the cache to match the answer with: read it again once saved
  const [update, updating] = useMutation(UpdateReferralRuleDocument, { refetchQueries: [ReferralRuleDocument], awaitRefetchQueries: true });
  const rule = data?.referralRule;

  if (error && !rule)
    return (
      <QueryError error={error} title={t('referral.rule.errorTitle')} onRetry={() => void refetch()} testId="members-referral-rule-error" />
    );
  if (!rule) return <Card loading title={t('referral.rule.title')} />;

  const save = async (values: RuleForm) => {
    try {
      await update({ variables: { input: { ...values, capPerPeriod: values.capPerPeriod ?? null } } });
      void message.success(t('referral.rule.saved'));
      setEditing(false);
    } catch (failure) {
      void message.error(readGraphqlError(failure).message);
    }
  };

  return (
    <Card
      title={t('referral.rule.title')}
      data-testid="members-referral-rule"
      extra={
        editable &&
        !editing && (
          <Button
            onClick={() => {
              form.setFieldsValue({ ...rule });
              setEditing(true);
            }}
            data-testid="members-referral-rule-edit"
          >
            {t('referral.rule.edit')}
          </Button>
        )
      }
    >
      {editing ? (
        <Form<RuleForm> form={form} layout="inline" onFinish={(values) => void save(values)} data-testid="members-referral-rule-form">
          <Form.Item name="enabled" label={t('referral.rule.enabled')} valuePropName="checked">
            <Switch data-testid="members-referral-rule-enabled" />
          </Form.Item>
          <Form.Item name="pointsPerReferral" label={t('referral.rule.points')} rules={[{ required: true, message: t('form.required') }]}>
            <InputNumber min={1} max={100000} precision={0} data-testid="members-referral-rule-points" />
          </Form.Item>
          <Form.Item name="capPerPeriod" label={t('referral.rule.cap')} tooltip={t('referral.rule.capHint')}>
            <InputNumber min={1} max={1000} precision={0} data-testid="members-referral-rule-cap" />
          </Form.Item>
          <Form.Item name="capPeriod" label={t('referral.rule.period')}>
            <Select
              style={{ width: 120 }}
              options={referralCapPeriods.map((value) => ({ value, label: t(`referral.periods.${value}`) }))}
              data-testid="members-referral-rule-period"
            />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={updating.loading} data-testid="members-referral-rule-save">
              {t('actions.save')}
            </Button>
            <Button onClick={() => setEditing(false)}>{t('actions.cancel')}</Button>
          </Space>
        </Form>
      ) : (
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('referral.rule.enabled')}>
            <Tag color={rule.enabled ? 'green' : 'default'} data-testid="members-referral-rule-state">
              {rule.enabled ? t('referral.rule.on') : t('referral.rule.off')}
            </Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('referral.rule.points')}>
            <span data-testid="members-referral-rule-points-value">{formatPoints(rule.pointsPerReferral)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('referral.rule.cap')}>
            <span data-testid="members-referral-rule-cap-value">
              {rule.capPerPeriod == null
                ? t('referral.rule.noCap')
                : t('referral.rule.capText', { count: rule.capPerPeriod, period: t(`referral.periods.${rule.capPeriod}`) })}
            </span>
          </Descriptions.Item>
          {rule.updatedAt && <Descriptions.Item label={t('referral.rule.updatedAt')}>{time(rule.updatedAt)}</Descriptions.Item>}
        </Descriptions>
      )}
    </Card>
  );
}
