import type { ServiceDefinition } from '@careline/service-kit';
import { ANALYTICS, createAnalyticsLoaders, type AnalyticsLoaders } from './context.js';
import { migrations } from './migrations/index.js';
import { FactDispatcher, type AnalyticsModule } from './modules/facts/fact-dispatcher.js';
import { createFactsModule } from './modules/facts/facts.module.js';
import { newCustomersModule } from './modules/new-customers/new-customers.module.js';
import { membersAnalyticsModule } from './modules/members-analytics/members-analytics.module.js';
import { careModule } from './modules/care/care.module.js';
import { kpiModule } from './modules/kpi/kpi.module.js';
import { scorecardsModule } from './modules/scorecards/scorecards.module.js';
import { personalDataModule } from './modules/personal-data/personal-data.module.js';

/** The feature modules; those that record facts bring their appliers (run in this order). */
const features: AnalyticsModule[] = [newCustomersModule, membersAnalyticsModule, careModule, kpiModule, scorecardsModule];

/** The facts dispatcher, given the appliers of the feature modules (the consumers, the replay and the seed's bulk path use it). */
export const analyticsFacts = FactDispatcher.of(features);

export const analyticsService: ServiceDefinition<AnalyticsLoaders> = {
  name: ANALYTICS,
  migrations,
  modules: [createFactsModule(analyticsFacts), ...features, personalDataModule],
  createLoaders: createAnalyticsLoaders,
};
