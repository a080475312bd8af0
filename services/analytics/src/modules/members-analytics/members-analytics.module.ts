import type { AnalyticsModule } from '../facts/fact-dispatcher.js';
import { membersAnalyticsFacts } from './members-analytics.appliers.js';
import { MEMBERS_ANALYTICS_ENTITIES } from './members-facts.entity.js';
import { Customer, KeyAccount } from './dto/members-analytics.types.js';
import {
  CustomerStatsResolver,
  KeyAccountReportResolver,
  MembersAnalyticsResolver,
  membersAnalyticsReferences,
} from './members-analytics.resolver.js';

/** Membership analytics (issue 6): RFM, retention, tiers, points liability, gift cost, Customer.stats, KeyAccount.report. */
export const membersAnalyticsModule: AnalyticsModule = {
  name: 'members-analytics',
  entities: MEMBERS_ANALYTICS_ENTITIES,
  resolvers: [MembersAnalyticsResolver, CustomerStatsResolver, KeyAccountReportResolver],
  orphanedTypes: [Customer, KeyAccount],
  references: membersAnalyticsReferences,
  facts: membersAnalyticsFacts,
};
