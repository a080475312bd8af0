import { Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CohortCard } from './cohort-card.js';
import { RfmCard } from './rfm-card.js';

/** 会员分析: analytics' RFM segments and joining-month cohorts (members-analytics), as charts with tables of the same figures. */
export function MembersAnalyticsPage() {
  const { t } = useTranslation('kpi');
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="kpi-members">
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('members.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('members.subtitle')}</Typography.Text>
      </div>
      <RfmCard />
      <CohortCard />
    </Space>
  );
}
