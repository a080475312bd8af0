import type { ServiceDefinition } from '@careline/service-kit';
import { ANALYTICS, createAnalyticsLoaders, type AnalyticsLoaders } from './context.js';
import { analyticsEnv } from './env.js';
import { CustomerFact } from './modules/facts/customer-fact.entity.js';
import { DailyNewCustomers } from './modules/facts/daily-new-customers.entity.js';
import { subscribeFactConsumers } from './modules/facts/facts.consumers.js';
import { MembershipFact } from './modules/facts/membership-fact.entity.js';
import { ProcessedEvent } from './modules/facts/processed-event.entity.js';
import { NewCustomersResolver } from './modules/new-customers/new-customers.resolver.js';
import { migrations } from './migrations/index.js';
import { membersAnalyticsModule } from './modules/members-analytics/members-analytics.module.js';

export const analyticsService: ServiceDefinition<AnalyticsLoaders> = {
  name: ANALYTICS,
  entities: [ProcessedEvent, CustomerFact, MembershipFact, DailyNewCustomers, ...membersAnalyticsModule.entities],
  migrations,
  resolvers: [NewCustomersResolver, ...membersAnalyticsModule.resolvers],
  orphanedTypes: [...membersAnalyticsModule.orphanedTypes],
  referenceResolvers: { ...membersAnalyticsModule.referenceResolvers },
  createLoaders: createAnalyticsLoaders,
  subscribe: (scope) => subscribeFactConsumers(scope, analyticsEnv().HOSPITAL_TIME_ZONE),
};
