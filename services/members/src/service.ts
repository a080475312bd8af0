import { Events, type CustomerRegisteredData, type ServiceDefinition } from '@careline/service-kit';
import { createMembersLoaders, type MembersLoaders } from './context.js';
import { Customer } from './federation/customer.stub.js';
import { KnownCustomer } from './modules/known-customer/known-customer.entity.js';
import { recordCustomerRegistered } from './modules/known-customer/known-customer.consumer.js';
import { Membership } from './modules/membership/membership.entity.js';
import { MembershipResolver } from './modules/membership/membership.resolver.js';
import { CustomerMembershipResolver } from './modules/membership/customer-membership.resolver.js';
import { membershipReferences } from './modules/membership/membership.reference.js';
import { migrations } from './migrations/index.js';

export const membersService: ServiceDefinition<MembersLoaders> = {
  name: 'members',
  entities: [Membership, KnownCustomer],
  migrations,
  resolvers: [MembershipResolver, CustomerMembershipResolver],
  orphanedTypes: [Customer],
  referenceResolvers: { ...membershipReferences },
  createLoaders: createMembersLoaders,
  subscribe: async ({ bus, orm }) => {
    await bus.subscribe<CustomerRegisteredData>('members', Events.CustomerRegistered, async (event) => {
      await recordCustomerRegistered(orm.em, event);
    });
  },
};
