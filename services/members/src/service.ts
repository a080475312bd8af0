import { Events, type CustomerRegisteredData, type ServiceDefinition } from '@careline/service-kit';
import { createMembersLoaders, type MembersLoaders } from './context.js';
import { Customer } from './federation/customer.stub.js';
import { KnownCustomer } from './modules/known-customer/known-customer.entity.js';
import { recordCustomerRegistered } from './modules/known-customer/known-customer.consumer.js';
import { membershipModule } from './modules/membership/membership.module.js';
import { membershipReferences } from './modules/membership/membership.reference.js';
import { pointsModule } from './modules/points/points.module.js';
import { migrations } from './migrations/index.js';

export const membersService: ServiceDefinition<MembersLoaders> = {
  name: 'members',
  entities: [...membershipModule.entities, ...pointsModule.entities, KnownCustomer],
  migrations,
  resolvers: [...membershipModule.resolvers, ...pointsModule.resolvers],
  orphanedTypes: [Customer],
  referenceResolvers: { ...membershipReferences },
  createLoaders: createMembersLoaders,
  subscribe: async (scope) => {
    const { bus, orm } = scope;
    await bus.subscribe<CustomerRegisteredData>('members', Events.CustomerRegistered, async (event) => {
      await recordCustomerRegistered(orm.em, event);
    });
    await membershipModule.subscribe(scope);
    await pointsModule.subscribe(scope);
  },
};
