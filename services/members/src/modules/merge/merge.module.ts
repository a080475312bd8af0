import { Events, type CustomersMergedData, type FeatureModule } from '@careline/service-kit';
import { recordCustomersMerged } from './merge.consumer.js';

/** A customer merge in crm (CustomersMerged) merges the memberships and their ledgers. */
export const mergeModule: FeatureModule = {
  name: 'merge',
  subscribe: ({ bus, orm }) =>
    bus.subscribe<CustomersMergedData>('members', Events.CustomersMerged, async (event) => {
      await recordCustomersMerged(orm.em, bus, event);
    }),
};
