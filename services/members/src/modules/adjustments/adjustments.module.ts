import type { FeatureModule } from '@careline/service-kit';
import { PointsAdjustment } from './points-adjustment.entity.js';
import { AdjustmentsResolver } from './adjustments.resolver.js';

/** 积分调整: manual corrections, written to the ledger once someone else approves them. */
export const adjustmentsModule: FeatureModule = {
  name: 'adjustments',
  entities: [PointsAdjustment],
  resolvers: [AdjustmentsResolver],
};
