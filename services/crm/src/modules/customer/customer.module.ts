import type { FeatureModule } from '@careline/service-kit';
import { Customer } from './customer.entity.js';
import { CustomerClassChange, CustomerDeal, CustomerImport, CustomerMerge } from './customer-history.entity.js';
import { CustomerResolver } from './customer.resolver.js';
import { CustomerCareResolver } from './customer-care.resolver.js';
import { CustomerTimelineResolver, CustomerTimelineStaffFields } from './customer-timeline.resolver.js';
import { customerReference } from './customer.reference.js';
import { backfillPinyin, subscribeCustomerEvents } from './customer.consumers.js';

/** 客户档案: records, classes, deals, merges and imports; the Customer entity other subgraphs extend. */
export const customerModule: FeatureModule = {
  name: 'customer',
  entities: [Customer, CustomerClassChange, CustomerDeal, CustomerMerge, CustomerImport],
  resolvers: [CustomerResolver, CustomerCareResolver, CustomerTimelineResolver, CustomerTimelineStaffFields],
  references: customerReference,
  subscribe: subscribeCustomerEvents,
  bootstrap: ({ orm }) => backfillPinyin(orm),
};
