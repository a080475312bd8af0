import { Events, type CustomerRegisteredData, type ServiceDefinition } from '@careline/service-kit';
import { createMembersLoaders, type MembersLoaders } from './context.js';
import { Customer } from './federation/customer.stub.js';
import { KnownCustomer } from './modules/known-customer/known-customer.entity.js';
import { recordCustomerRegistered } from './modules/known-customer/known-customer.consumer.js';
import { Membership } from './modules/membership/membership.entity.js';
import { MembershipResolver } from './modules/membership/membership.resolver.js';
import { CustomerMembershipResolver } from './modules/membership/customer-membership.resolver.js';
import { membershipReferences } from './modules/membership/membership.reference.js';
import { pointsModule } from './modules/points/points.module.js';
import { migrations } from './migrations/index.js';

export const membersService: ServiceDefinition<MembersLoaders> = {
  name: 'members',
  entities: [Membership, KnownCustomer, ...pointsModule.entities],
  migrations,
  resolvers: [MembershipResolver, CustomerMembershipResolver, ...pointsModule.resolvers],
  orphanedTypes: [Customer],
  referenceResolvers: { ...membershipReferences },
  createLoaders: createMembersLoaders,
  subscribe: async (scope) => {
    const { bus, orm } = scope;
    await bus.subscribe<CustomerRegisteredData>('members', Events.CustomerRegistered, async (event) => {
      await recordCustomerRegistered(orm.em, event);
    });
    await pointsModule.subscribe(scope);
  },
};
