import type { FeatureModule } from '@careline/service-kit';
import { PartnerOrganisation } from './partner-organisation.entity.js';
import { ApiKey } from './api-key.entity.js';
import { ApiKeyResolver, PartnerOrganisationResolver } from './partner.resolver.js';

/** Partner organisations and their API keys. */
export const partnerModule: FeatureModule = {
  name: 'partner',
  entities: [PartnerOrganisation, ApiKey],
  resolvers: [PartnerOrganisationResolver, ApiKeyResolver],
};
