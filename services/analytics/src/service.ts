import type { ServiceDefinition } from '@careline/service-kit';
import { ANALYTICS, createAnalyticsLoaders, type AnalyticsLoaders } from './context.js';
import { analyticsEnv } from './env.js';
import { CustomerFact } from './modules/facts/customer-fact.entity.js';
import { DailyNewCustomers } from './modules/facts/daily-new-customers.entity.js';
import { subscribeFactConsumers } from './modules/facts/facts.consumers.js';
import { MembershipFact } from './modules/facts/membership-fact.entity.js';
import { ProcessedEvent } from './modules/facts/processed-event.entity.js';
import { EventLog } from './modules/facts/event-log.entity.js';
import { StaffDim } from './modules/care/staff-dim.entity.js';
import { CareFact } from './modules/care/care-fact.entity.js';
import { KpiDaily } from './modules/care/kpi-daily.entity.js';
import { MonthlyTargetRow } from './modules/targets/monthly-target.entity.js';
import { NewCustomersResolver } from './modules/new-customers/new-customers.resolver.js';
import { kpiResolvers } from './modules/kpi/kpi.resolver.js';
import { migrations } from './migrations/index.js';
import { membersAnalyticsModule } from './modules/members-analytics/members-analytics.module.js';
import { scorecardsModule } from './modules/scorecards/scorecards.module.js';

export const analyticsService: ServiceDefinition<AnalyticsLoaders> = {
  name: ANALYTICS,
  entities: [
    ProcessedEvent,
    EventLog,
    CustomerFact,
    MembershipFact,
    DailyNewCustomers,
    StaffDim,
    CareFact,
    KpiDaily,
    MonthlyTargetRow,
    ...membersAnalyticsModule.entities,
    ...scorecardsModule.entities,
  ],
  migrations,
  resolvers: [NewCustomersResolver, ...membersAnalyticsModule.resolvers, ...scorecardsModule.resolvers, ...kpiResolvers],
  orphanedTypes: [...membersAnalyticsModule.orphanedTypes],
  referenceResolvers: { ...membersAnalyticsModule.referenceResolvers },
  createLoaders: createAnalyticsLoaders,
  subscribe: (scope) => subscribeFactConsumers(scope, analyticsEnv().HOSPITAL_TIME_ZONE),
};
