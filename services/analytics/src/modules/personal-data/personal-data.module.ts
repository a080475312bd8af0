import type { GraphQLResolveInfo } from 'graphql';
import { authorizeReference, PrivacyEvents, type CustomerPseudonymisedData, type FeatureModule } from '@careline/service-kit';
import { ANALYTICS, type AnalyticsContext } from '../../context.js';
import { PersonalDataExport } from './personal-data-export.stub.js';
import { EXPORT_READERS, PersonalDataExportResolver } from './personal-data.resolver.js';
import { applyPseudonymisation } from './personal-data.service.js';

/** The person's rights in analytics: its sections of an export, and the erasure (CustomerPseudonymised). */
export const personalDataModule: FeatureModule = {
  name: 'personal-data',
  resolvers: [PersonalDataExportResolver],
  // reachable only through crm's personalDataExport, so no root field of this subgraph brings it
  orphanedTypes: [PersonalDataExport],
  references: {
    PersonalDataExport: {
      __resolveReference: (reference: PersonalDataExport, ctx: AnalyticsContext, info: GraphQLResolveInfo): PersonalDataExport => {
        authorizeReference(ctx, info, EXPORT_READERS);
        return { id: reference.id, customerId: reference.customerId };
      },
    },
  },
  subscribe: ({ bus, orm }) =>
    bus.subscribe<CustomerPseudonymisedData>(ANALYTICS, PrivacyEvents.CustomerPseudonymised, async (event) => {
      await applyPseudonymisation(orm.em, bus, event);
    }),
};
