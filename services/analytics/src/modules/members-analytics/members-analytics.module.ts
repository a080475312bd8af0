import { membersAppliers } from './members-analytics.appliers.js';
import { MEMBERS_ANALYTICS_ENTITIES, MEMBERS_ANALYTICS_TABLES } from './members-facts.entity.js';
import { Customer, KeyAccount } from './dto/members-analytics.types.js';
import { membersAnalyticsReferences, membersAnalyticsResolvers } from './members-analytics.resolver.js';

/** Membership analytics (issue 6): what service.ts, the dispatcher and the replay take from this module. */
export const membersAnalyticsModule = {
  entities: MEMBERS_ANALYTICS_ENTITIES,
  /** fact and rollup tables, truncated by the replay */
  tables: MEMBERS_ANALYTICS_TABLES,
  appliers: membersAppliers,
  resolvers: membersAnalyticsResolvers,
  orphanedTypes: [Customer, KeyAccount],
  referenceResolvers: membersAnalyticsReferences,
};

export { membersAppliers, MEMBERS_ANALYTICS_TABLES };
