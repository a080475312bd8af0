import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CustomerClass, CustomerStage } from '../../../gql/graphql';

const classColors: Record<CustomerClass, string> = { A: 'red', B: 'orange', C: 'default' };
const stageColors: Record<CustomerStage, string> = { POTENTIAL: 'default', ACTUAL: 'blue', LOYAL: 'gold' };

/** A / B / C, or "unclassified". */
export function CustomerClassTag({ value }: { value: CustomerClass | null }) {
  const { t } = useTranslation('crm');
  if (!value) return <Tag>{t('customer.unclassified')}</Tag>;
  return <Tag color={classColors[value]}>{t(`classes.${value}`)}</Tag>;
}

/** 潜在 / 现实 / 忠实. */
export function CustomerStageTag({ value }: { value: CustomerStage }) {
  const { t } = useTranslation('crm');
  return <Tag color={stageColors[value]}>{t(`stages.${value}`)}</Tag>;
}
