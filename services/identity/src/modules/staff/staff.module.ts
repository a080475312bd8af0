import type { FeatureModule } from '@careline/service-kit';
import { Staff } from './staff.entity.js';
import { StaffResolver, staffReference } from './staff.resolver.js';

/** Staff accounts (a federation entity other subgraphs reference by id). */
export const staffModule: FeatureModule = {
  name: 'staff',
  entities: [Staff],
  resolvers: [StaffResolver],
  references: staffReference,
};
