import type { FeatureModule } from '@careline/service-kit';
import { PersonalDataRequest } from './personal-data-request.entity.js';
import { PersonalDataExportResolver, PersonalDataResolver } from './personal-data.resolver.js';

/** The person's rights: export and erasure requests, their two-person decisions, crm's part of both. */
export const personalDataModule: FeatureModule = {
  name: 'personal-data',
  entities: [PersonalDataRequest],
  resolvers: [PersonalDataResolver, PersonalDataExportResolver],
};
