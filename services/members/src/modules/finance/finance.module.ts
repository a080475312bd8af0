import type { FeatureModule } from '@careline/service-kit';
import { FinanceResolver } from './finance.resolver.js';

/** 财务: gift cost per period and the points liability (finance and the director). */
export const financeModule: FeatureModule = {
  name: 'finance',
  resolvers: [FinanceResolver],
};
