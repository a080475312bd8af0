import { WarningOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RiskLevel } from '../../../gql/graphql';

const colors: Record<RiskLevel, string> = { LOW: 'green', MEDIUM: 'gold', HIGH: 'orange', CRITICAL: 'red' };

/** 低 / 中 / 高 / 极高, or "not assessed". */
export function RiskLevelTag({ value, testId }: { value: RiskLevel | null; testId?: string }) {
  const { t } = useTranslation('crm');
  if (!value) return <Tag data-testid={testId}>{t('keyAccounts.notAssessed')}</Tag>;
  return (
    <Tag color={colors[value]} data-testid={testId} data-level={value}>
      {t(`riskLevels.${value}`)}
    </Tag>
  );
}

/** The latest assessment made the level worse: a risk warning. */
export function RiskWarningTag({ testId }: { testId?: string }) {
  const { t } = useTranslation('crm');
  return (
    <Tag color="red" icon={<WarningOutlined />} data-testid={testId}>
      {t('keyAccounts.warning')}
    </Tag>
  );
}
