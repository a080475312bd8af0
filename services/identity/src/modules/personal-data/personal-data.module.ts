import type { GraphQLResolveInfo } from 'graphql';
import { authorizeReference, type FeatureModule } from '@careline/service-kit';
import type { IdentityContext } from '../../context.js';
import { PersonalDataExport } from './personal-data-export.stub.js';
import { EXPORT_READERS, PersonalDataExportResolver } from './personal-data.resolver.js';

/**
 * The person's rights in identity: the audit trail's section of an export. identity holds no name,
 * phone or birth date of a customer (audit entries name them by id only), so an erasure changes
 * nothing here and the audit rows stay whole, under the pseudonym crm now shows for the id.
 */
export const personalDataModule: FeatureModule = {
  name: 'personal-data',
  resolvers: [PersonalDataExportResolver],
  // reachable only through crm's personalDataExport, so no root field of this subgraph brings it
  orphanedTypes: [PersonalDataExport],
  references: {
    PersonalDataExport: {
      __resolveReference: (reference: PersonalDataExport, ctx: IdentityContext, info: GraphQLResolveInfo): PersonalDataExport => {
        authorizeReference(ctx, info, EXPORT_READERS);
        return { id: reference.id, customerId: reference.customerId };
      },
    },
  },
};
