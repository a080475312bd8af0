import type { AnalyticsModule } from '../facts/fact-dispatcher.js';
import { CustomerFact } from './customer-fact.entity.js';
import { MembershipFact } from './membership-fact.entity.js';
import { DailyNewCustomers } from './daily-new-customers.entity.js';
import { newCustomersFacts } from './new-customers.facts.js';
import { NewCustomersResolver } from './new-customers.resolver.js';

/** 新增客户: registrations and enrolments per day and channel. */
export const newCustomersModule: AnalyticsModule = {
  name: 'new-customers',
  entities: [CustomerFact, MembershipFact, DailyNewCustomers],
  resolvers: [NewCustomersResolver],
  facts: newCustomersFacts,
};
