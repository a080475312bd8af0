import { staffFieldsResolver, type FeatureModule } from '@careline/service-kit';
import { Staff } from '../../common/staff.stub.js';
import { MonthlyTarget } from './dto/kpi.types.js';
import { MonthlyTargetRow } from './monthly-target.entity.js';
import { KpiResolver, KpiSummaryResolver } from './kpi.resolver.js';

/** The KPI registry measured from the rollups, and the monthly targets. */
export const kpiModule: FeatureModule = {
  name: 'kpi',
  entities: [MonthlyTargetRow],
  // a staff target's person and who last set it, resolved in identity (docs/staff-names.md)
  resolvers: [
    KpiResolver,
    KpiSummaryResolver,
    staffFieldsResolver(MonthlyTarget, Staff, { staff: 'staffId', updatedByStaff: 'updatedBy' }),
  ],
  orphanedTypes: [Staff],
};
