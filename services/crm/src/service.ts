import type { ServiceDefinition } from '@careline/service-kit';
import { createCrmLoaders, type CrmLoaders } from './context.js';
import { Customer } from './modules/customer/customer.entity.js';
import { CustomerResolver } from './modules/customer/customer.resolver.js';
import { customerReference } from './modules/customer/customer.reference.js';
import { migrations } from './migrations/index.js';

export const crmService: ServiceDefinition<CrmLoaders> = {
  name: 'crm',
  entities: [Customer],
  migrations,
  resolvers: [CustomerResolver],
  referenceResolvers: { ...customerReference },
  createLoaders: createCrmLoaders,
};
