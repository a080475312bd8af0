import { Events, type CustomerBirthDateChangedData, type CustomerRegisteredData, type FeatureModule } from '@careline/service-kit';
import { KnownCustomer } from './known-customer.entity.js';
import { recordCustomerBirthDateChanged, recordCustomerRegistered } from './known-customer.consumer.js';

/** members' own copy of the customers crm registered (CustomerRegistered), birth dates kept current (CustomerBirthDateChanged). */
export const knownCustomerModule: FeatureModule = {
  name: 'known-customer',
  entities: [KnownCustomer],
  subscribe: async ({ bus, orm }) => {
    await bus.subscribe<CustomerRegisteredData>('members', Events.CustomerRegistered, async (event) => {
      await recordCustomerRegistered(orm.em, event);
    });
    await bus.subscribe<CustomerBirthDateChangedData>('members', Events.CustomerBirthDateChanged, async (event) => {
      await recordCustomerBirthDateChanged(orm.em, event);
    });
  },
};
