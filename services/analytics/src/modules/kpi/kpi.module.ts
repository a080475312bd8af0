import type { FeatureModule } from '@careline/service-kit';
import { MonthlyTargetRow } from './monthly-target.entity.js';
import { KpiResolver, KpiSummaryResolver } from './kpi.resolver.js';

/** The KPI registry measured from the rollups, and the monthly targets. */
export const kpiModule: FeatureModule = {
  name: 'kpi',
  entities: [MonthlyTargetRow],
  resolvers: [KpiResolver, KpiSummaryResolver],
};
