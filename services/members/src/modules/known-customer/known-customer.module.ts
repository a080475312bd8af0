import { Events, type CustomerRegisteredData, type FeatureModule } from '@careline/service-kit';
import { KnownCustomer } from './known-customer.entity.js';
import { recordCustomerRegistered } from './known-customer.consumer.js';

/** members' own copy of the customers crm registered (CustomerRegistered). */
export const knownCustomerModule: FeatureModule = {
  name: 'known-customer',
  entities: [KnownCustomer],
  subscribe: ({ bus, orm }) =>
    bus.subscribe<CustomerRegisteredData>('members', Events.CustomerRegistered, async (event) => {
      await recordCustomerRegistered(orm.em, event);
    }),
};
