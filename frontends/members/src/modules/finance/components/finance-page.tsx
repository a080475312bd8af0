import { Space } from 'antd';
import { GiftCostCard } from './gift-cost-card.js';
import { PointsLiabilityCard } from './points-liability-card.js';

/** 财务: the points liability now and the gift cost of a period (finance and the director). */
export function FinancePage() {
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <PointsLiabilityCard />
      <GiftCostCard />
    </Space>
  );
}
